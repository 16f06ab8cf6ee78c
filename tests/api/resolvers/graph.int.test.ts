import { SEED_REPORT_ID } from '../../support/testStore';
import { testApp, type TestApp } from '../../support/testApp';

const CORRIDOR_PLAN = 'policy:重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ok = (query: string, variables: Record<string, unknown> = {}): Promise<Any> => t.ok(query, variables);

describe('Relationship.reportIds', () => {
  it('names the seed report for the corridor plan supporting 重庆市', async () => {
    const data = await ok(`query($id: ID!) { neighborhood(id: $id) { relationships { type from to reportIds } } }`, { id: CORRIDOR_PLAN });
    expect(data.neighborhood.relationships).toContainEqual({
      type: 'SUPPORTS',
      from: CORRIDOR_PLAN,
      to: 'region:重庆市',
      reportIds: [SEED_REPORT_ID],
    });
  });

  it('lists exactly the distinct reports of its sources', async () => {
    const data = await ok(`{ neighborhood(id: "region:重庆市", first: 40) {
      relationships { reportIds sources(first: 100) { report { id } } } } }`);
    const rels = data.neighborhood.relationships;
    expect(rels.length).toBeGreaterThan(20);
    for (const r of rels) {
      expect(r.reportIds).toEqual([...new Set(r.sources.map((s: Any) => s.report.id))]);
    }
    expect(rels.filter((r: Any) => r.reportIds.includes(SEED_REPORT_ID)).length).toBeGreaterThan(20);
  });
});
