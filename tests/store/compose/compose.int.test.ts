import type { ListPlan, Store } from '../../../src/store';
import { testApp, type TestApp } from '../../support/testApp';
import { TRANSLATE_CASES, translateCase } from '../../support/translateCases';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let t: TestApp;
let store: Store;
beforeAll(async () => {
  t = await testApp();
  store = t.store;
});
afterAll(() => t.close());

describe('composed statements on real Neo4j', () => {
  it.each(Object.keys(TRANSLATE_CASES))('EXPLAINs %s', async (name) => {
    const { statement } = translateCase(name);
    await expect(store.db.readStatement({ text: `EXPLAIN ${statement.text}`, params: statement.params })).resolves.toEqual([]);
  });

  it.each(Object.keys(TRANSLATE_CASES).filter((n) => !n.startsWith('node') && !n.includes('keyset')))(
    '%s: the same page and total as the list file',
    async (name) => {
      const plan = translateCase(name).plan as ListPlan;
      const composed = await store.listTree({ ...plan, total: true });
      const listed = await store.list(plan.label, { where: plan.where, orderBy: plan.orderBy, page: plan.page });
      expect(composed.items.map((n) => n.id)).toEqual(listed.items.map((n) => n.id));
      expect(composed.total).toBe(listed.total);
    },
  );
});

describe('keyset cursors', () => {
  it.each([
    ['metrics', 'orderBy: [{field: VALUE, direction: DESC}], where: {unit: ["%"]}', 'Metric', { where: { unit: ['%'] }, orderBy: [{ field: 'VALUE', direction: 'DESC' }] }],
    ['metrics', 'orderBy: [{field: NAME}, {field: VALUE}]', 'Metric', { where: {}, orderBy: [{ field: 'NAME', direction: 'ASC' }, { field: 'VALUE', direction: 'ASC' }] }],
    ['regions', 'orderBy: [{field: NAME, direction: DESC}]', 'Region', { where: {}, orderBy: [{ field: 'NAME', direction: 'DESC' }] }],
    ['projects', 'where: {regionId: "region:重庆市"}', 'Project', { where: { regionId: 'region:重庆市' }, orderBy: [] }],
  ] as const)('page %s (%s) in the order of the list file, every item once', async (field, args, label, request) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 12; i++) {
      const res: { data?: Any; errors?: unknown } = await t.run<Any>(`query($after: String) { ${field}(first: 9, after: $after, ${args}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, { after });
      expect(res.errors).toBeUndefined();
      const conn: Any = res.data![field];
      expect(conn.pageInfo.hasPreviousPage).toBe(i > 0);
      seen.push(...conn.edges.map((e: Any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const listed = await store.list(label, { ...request, page: { offset: 0, first: seen.length } } as never);
    expect(seen).toEqual(listed.items.map((n) => n.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('still takes the offset cursors issued before', async () => {
    const offset = Buffer.from('o:4').toString('base64url');
    const res = await t.run<Any>(`{ policies(first: 3, after: "${offset}") { nodes { id } pageInfo { hasPreviousPage } } }`);
    const listed = await store.list('Policy', { where: {}, page: { offset: 5, first: 3 } });
    expect(res.data!.policies.nodes.map((n: Any) => n.id)).toEqual(listed.items.map((n) => n.id));
    expect(res.data!.policies.pageInfo.hasPreviousPage).toBe(true);
  });

  it('answers one statement per root list field, whatever it nests', async () => {
    const res = await t.run(translateCaseQuery('c 50 policies→supports→projects'));
    expect(res.errors).toBeUndefined();
    expect(res.ctx.counter.roundTrips).toBe(1);
  });
});

function translateCaseQuery(name: string): string {
  return TRANSLATE_CASES[name].query;
}
