import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageArgs, pageSize, toConnection } from '../../../src/api/args/pagination';

describe('pagination', () => {
  it('round-trips cursors and starts after the cursor', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(pageArgs({ first: 10, after: encodeCursor(9) }, 100)).toEqual({ first: 10, offset: 10 });
    expect(pageArgs({}, 100)).toEqual({ first: 20, offset: 0 });
  });

  it.each([
    '',
    'bm9wZQ',
    Buffer.from('o:-1').toString('base64url'),
    Buffer.from('o:1.5').toString('base64url'),
    // offsets Neo4j cannot slice with (32-bit), and one that is not even a safe integer
    Buffer.from(`o:${2 ** 31}`).toString('base64url'),
    Buffer.from('o:99999999999999999999').toString('base64url'),
  ])(
    'rejects the forged cursor %p',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(GraphQLError);
    },
  );

  it.each([101, 0, -1, 2.5])('rejects the page size %p, naming the argument', (first) => {
    expect(() => pageSize(first, 100)).toThrow(`"first" is ${first}; it must be an integer from 1 to the maximum page size 100.`);
  });

  it('takes 1 to the cap, and the default when none is given', () => {
    expect(pageSize(1, 100)).toBe(1);
    expect(pageSize(100, 100)).toBe(100);
    expect(pageSize(null, 100)).toBe(20);
    expect(pageSize(undefined, 20, 3, 'perRelationship')).toBe(3);
    expect(() => pageSize(21, 20, 3, 'perRelationship')).toThrow('"perRelationship" is 21');
  });

  it('shapes a Relay connection with cursors that continue the list', () => {
    const page = { total: 5, offset: 2, items: ['c', 'd'].map((id) => ({ id, label: 'Policy', props: {} })) };
    const conn = toConnection(page, (n) => n.id, 2);
    expect(conn.nodes).toEqual(['c', 'd']);
    expect(conn.totalCount).toBe(5);
    expect(conn.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
    expect(decodeCursor(conn.edges[1].cursor)).toBe(3);
  });
});
