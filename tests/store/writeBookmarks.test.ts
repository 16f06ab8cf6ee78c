import { writeBookmarks } from '../../src/store/writeBookmarks';

describe('writeBookmarks', () => {
  it('a read waits for the writes committed before it', async () => {
    const b = writeBookmarks();
    await b.writes.updateBookmarks([], ['FB:write-1']);
    expect([...(await b.reads.getBookmarks())]).toEqual(['FB:write-1']);
    await b.writes.updateBookmarks(['FB:write-1'], ['FB:write-2']);
    expect([...(await b.reads.getBookmarks())]).toEqual(['FB:write-2']);
  });

  it("a read's bookmark is not handed to later reads or writes", async () => {
    const b = writeBookmarks();
    await b.writes.updateBookmarks([], ['FB:write-1']);
    await b.reads.updateBookmarks(['FB:write-1'], ['FB:read-during-a-commit']);
    expect([...(await b.reads.getBookmarks())]).toEqual(['FB:write-1']);
    expect([...(await b.writes.getBookmarks())]).toEqual(['FB:write-1']);
  });
});
