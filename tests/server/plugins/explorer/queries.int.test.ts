import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED_REPORT_ID } from '../../../support/testStore';
import { testApp, type TestApp } from '../../../support/testApp';

/**
 * The explorer's GraphQL operations (assets/queries.js, a browser module) run through the real app, query
 * limits included, against the seed report: a schema change that breaks the page fails here, not in a browser.
 */
const queriesFile = path.join(__dirname, '../../../../src/server/plugins/explorer/assets/queries.js');
// An ES module: read it the way the browser does, in a Node process of its own.
const Q: Record<string, string> = JSON.parse(
  execFileSync(process.execPath, ['--input-type=module', '-e', `import * as q from ${JSON.stringify(pathToFileURL(queriesFile).href)}; process.stdout.write(JSON.stringify(q));`], {
    encoding: 'utf8',
  }),
);
const seedText = fs.readFileSync(path.join(__dirname, '../../../../seeds/reports', `${SEED_REPORT_ID}.txt`), 'utf8');

const CORRIDOR_PLAN = 'policy:重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)';
const ACTION_PLAN = 'policy:重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function ok(query: string, variables: Record<string, unknown>): Promise<Any> {
  // Anonymous, as the page is when the server needs no key.
  const res = await t.run<Any>(query, variables, null);
  expect(res.errors).toBeUndefined();
  return res.data;
}

describe('explorer queries', () => {
  it('are the ones the page uses', () => {
    expect(Object.keys(Q).sort()).toEqual(['INDICATOR', 'NEIGHBOURHOOD', 'NODE', 'PATH', 'POLICY_REGIONS', 'REPORTS', 'REPORT_TEXT', 'SEARCH']);
  });

  it('SEARCH finds the corridor plan for 陆海新通道', async () => {
    const data = await ok(Q.SEARCH, { q: '陆海新通道', labels: null });
    expect(data.search.map((h: Any) => h.node.id)).toContain(CORRIDOR_PLAN);
  });

  it('NEIGHBOURHOOD brings each relationship with its reports and marked passages', async () => {
    const data = await ok(Q.NEIGHBOURHOOD, { id: CORRIDOR_PLAN, depth: 1, types: null, first: 50 });
    const rel = data.neighborhood.relationships.find((r: Any) => r.to === 'region:重庆市');
    expect(rel).toMatchObject({ type: 'SUPPORTS', reportIds: [SEED_REPORT_ID] });
    const s = rel.sources[0];
    expect(s.text).toBe('《重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)》');
    expect(s.passage.text.slice(s.start - s.passage.start, s.end - s.passage.start)).toBe(s.text);
    expect(seedText.slice(s.start, s.end)).toBe(s.text);
  });

  it('POLICY_REGIONS names the policy and the regions it reaches, each step with its words', async () => {
    const data = await ok(Q.POLICY_REGIONS, { id: ACTION_PLAN, maxHops: 4 });
    expect(data.policy).toEqual({ __typename: 'Policy', id: ACTION_PLAN, name: '重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)' });
    expect(data.policyRegionLinks.map((l: Any) => l.region.id)).toEqual(expect.arrayContaining(['region:成渝地区双城经济圈', 'region:重庆市']));
    for (const l of data.policyRegionLinks) expect(l.path.relationships).toHaveLength(l.length);
  });

  it('PATH joins 万州区 and the corridor plan through 重庆市', async () => {
    const data = await ok(Q.PATH, { from: 'region:万州区', to: CORRIDOR_PLAN, maxHops: 6 });
    expect(data.fromNode.name).toBe('万州区');
    expect(data.path.nodes.map((n: Any) => n.id)).toContain('region:重庆市');
    expect(data.path.relationships).toHaveLength(data.path.length);
  });

  it('NODE gives a region its metrics and a policy its kind', async () => {
    const city = (await ok(Q.NODE, { id: 'region:重庆市' })).node;
    expect(city.metrics.totalCount).toBeGreaterThan(100);
    expect(city.metrics.nodes).toContainEqual(expect.objectContaining({ subject: '地区生产总值', value: 4.6, unit: '%', kind: 'YOY_GROWTH' }));
    expect((await ok(Q.NODE, { id: ACTION_PLAN })).node).toMatchObject({ policyKind: 'PLAN', yearRange: '2023—2027' });
    const passage = (await ok(Q.NODE, { id: `${SEED_REPORT_ID}/p197` })).node;
    expect(seedText.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('INDICATOR finds 地区生产总值 in % for 重庆市', async () => {
    const data = await ok(Q.INDICATOR, { subject: '地区生产总值', unit: '%' });
    expect(data.metrics.nodes).toContainEqual(expect.objectContaining({ value: 4.6, region: { name: '重庆市' } }));
  });

  it('REPORTS and REPORT_TEXT give the seed report and its exact text', async () => {
    expect((await ok(Q.REPORTS, {})).reports.map((r: Any) => r.id)).toContain(SEED_REPORT_ID);
    const report = (await ok(Q.REPORT_TEXT, { id: SEED_REPORT_ID })).node;
    expect(report.text).toBe(seedText);
    expect(report.chars).toBe(seedText.length);
  });
});
