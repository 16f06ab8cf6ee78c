import fs from 'node:fs';
import path from 'node:path';
import { testApp, type TestApp } from '../support/testApp';

// The seed report, as globalSetup loaded it: derived facts say so, stated ones name their thing, and confidence
// filters what a neighbourhood or a policy's links show.
const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/reports/chongqing-2023-h1-plan-execution-report.txt'), 'utf8');

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const ok = (query: string, variables: Record<string, unknown> = {}): Promise<Any> => t.ok(query, variables);

const NEIGHBOURHOOD = `query($id: ID!, $min: Float) { neighborhood(id: $id, first: 100, minConfidence: $min) {
  relationships { type from to basis derived confidence sources(first: 5) { start end text derived rule } } } }`;

describe('provenance through the API', () => {
  it('says a parent region from the gazetteer is derived, with its basis and confidence, and flags its sources', async () => {
    const data = await ok(NEIGHBOURHOOD, { id: 'region:万州区' });
    const partOf = data.neighborhood.relationships.find((r: Any) => r.type === 'PART_OF' && r.from === 'region:万州区' && r.to === 'region:重庆市');
    expect(partOf).toMatchObject({ basis: 'gazetteer', derived: true, confidence: 0.95 });
    expect(partOf.sources.length).toBeGreaterThan(0);
    for (const s of partOf.sources) {
      expect(s.derived).toBe(true);
      expect(seedText.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('gives a designation stated in a clause its places, stated, with sources that name both ends', async () => {
    const data = await ok(NEIGHBOURHOOD, { id: 'region:南岸区' });
    const supports = data.neighborhood.relationships.find((r: Any) => r.type === 'SUPPORTS' && r.to === 'region:南岸区');
    expect(supports).toMatchObject({ basis: 'clause', derived: false, confidence: 0.9 });
    expect(supports.sources[0]).toMatchObject({ derived: false, rule: 'relation.designation' });
    expect(supports.sources[0].text).toContain('南岸区');
    expect(supports.sources[0].text).toContain('先行创建区');
  });

  it('leaves out relationships below minConfidence, and refuses a minConfidence outside 0–1', async () => {
    const all = (await ok(NEIGHBOURHOOD, { id: 'region:重庆市' })).neighborhood.relationships as Any[];
    const sure = (await ok(NEIGHBOURHOOD, { id: 'region:重庆市', min: 0.9 })).neighborhood.relationships as Any[];
    expect(all.some((r) => r.confidence < 0.9)).toBe(true);
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.every((r) => r.confidence >= 0.9)).toBe(true);
    const res = await t.run(NEIGHBOURHOOD, { id: 'region:重庆市', min: 1.5 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps only paths whose every step is sure enough in policyRegionLinks', async () => {
    const q = `query($min: Float) { policyRegionLinks(regionId: "region:重庆市", first: 50, minConfidence: $min) {
      path { relationships { confidence } } } }`;
    const all = (await ok(q)).policyRegionLinks as Any[];
    const sure = (await ok(q, { min: 0.9 })).policyRegionLinks as Any[];
    expect(sure.length).toBeLessThan(all.length);
    for (const link of sure) for (const r of link.path.relationships) expect(r.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
