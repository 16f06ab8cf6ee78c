import { smallNumber } from '../../../src/ingest/text/smallNumber';

describe('smallNumber', () => {
  it.each([
    ['4', 4], // 南山口、哇让、同德、德令哈4个抽水蓄能电站 (青海 2026)
    ['四', 4],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23], // 二十三条 (a policy's articles)
  ])('reads %s as %d', (s, n) => expect(smallNumber(s)).toBe(n));

  it.each(['', '百', '十十', '三四', '一百'])('reads no count in %p', (s) => expect(smallNumber(s)).toBeNull());
});
