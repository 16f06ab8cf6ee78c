import { read } from '../../src/store/queries';
import type { Store } from '../../src/store';
import { testStore } from '../support/testStore';

// The anchored statements (from a given policy, to a given region) walk one length at a time; they must give the
// rows of the open statement, which walks every path, on the seed report's graph.
let store: Store;
beforeAll(() => {
  store = testStore();
});
afterAll(() => store.close());

type Row = { nodes: { props: Record<string, unknown> }[]; rels: { type: string }[]; length: number };
const key = (r: Row) => `${r.length} ${r.nodes.map((n) => n.props.id).join('>')} ${r.rels.map((x) => x.type).join(',')}`;
/** What the order fixes: length, then policy and region name (paths tied on all three may come in any order). */
const order = (r: Row) => `${r.length} ${String(r.nodes[0].props.name)} ${String(r.nodes[r.nodes.length - 1].props.name)}`;

async function both(args: { policyId: string | null; regionId: string | null; maxHops: number; first: number }) {
  const params = { ...args, minConfidence: 0 };
  const open = (await store.db.run(read.policyRegionLinks, params)) as Row[];
  const anchored = (await store.db.run(args.policyId ? read.policyRegionLinksFromPolicy : read.policyRegionLinksToRegion, params)) as Row[];
  return { open, anchored };
}

const REGIONS = ['region:重庆市', 'region:中华人民共和国', 'region:成渝地区双城经济圈', 'region:万州区'];
const POLICY = 'policy:重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)';

describe('policyRegionLinks from a given end', () => {
  it.each(REGIONS.flatMap((regionId) => [1, 2, 3, 4].map((maxHops) => [regionId, maxHops] as const)))(
    'to %s within %i hops: every path the open statement finds',
    async (regionId, maxHops) => {
      const { open, anchored } = await both({ policyId: null, regionId, maxHops, first: 1000 });
      expect(open.length).toBeLessThan(1000);
      expect(anchored.map(key).sort()).toEqual(open.map(key).sort());
      expect(anchored.map(order)).toEqual(open.map(order));
    },
  );

  it.each([1, 5, 20])('to 重庆市, the first %i paths in the same order', async (first) => {
    const { open, anchored } = await both({ policyId: null, regionId: 'region:重庆市', maxHops: 4, first });
    expect(open.length).toBe(first);
    expect(anchored.map(order)).toEqual(open.map(order));
  });

  it.each([1, 2, 3, 4])('from the 成渝 action plan within %i hops, alone and to one region', async (maxHops) => {
    const all = await both({ policyId: POLICY, regionId: null, maxHops, first: 1000 });
    expect(all.open.length).toBeGreaterThan(0);
    expect(all.anchored.map(key).sort()).toEqual(all.open.map(key).sort());
    expect(all.anchored.map(order)).toEqual(all.open.map(order));
    const one = await both({ policyId: POLICY, regionId: 'region:中华人民共和国', maxHops, first: 1000 });
    expect(one.anchored.map(key).sort()).toEqual(one.open.map(key).sort());
  });

  it('finds nothing for an unknown region or policy', async () => {
    expect((await both({ policyId: null, regionId: 'region:不存在', maxHops: 4, first: 20 })).anchored).toEqual([]);
    expect((await both({ policyId: 'policy:不存在', regionId: null, maxHops: 4, first: 20 })).anchored).toEqual([]);
  });
});
