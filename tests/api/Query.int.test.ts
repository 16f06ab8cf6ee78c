import fs from 'node:fs';
import path from 'node:path';
import { escapeLucene } from '../../src/api/escapeLucene';
import { SEED_REPORT_ID } from '../support/testStore';
import { testApp, type TestApp } from '../support/testApp';

const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/reports/chongqing-2023-h1-plan-execution-report.txt'), 'utf8');
const ACTION_PLAN = '重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ok = (query: string, variables: Record<string, unknown> = {}): Promise<Any> => t.ok(query, variables);

async function errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  const res = await t.run(query, variables);
  return res.errors?.[0]?.extensions?.code as string | undefined;
}

describe('Query.policies', () => {
  it('finds the 2023—2027 action plan by name, with its kind, year range and exact source span', async () => {
    const data = await ok(`query($q: String!) { policies(where: {nameContains: $q}) {
      totalCount nodes { id name kind yearRange sources { start end text report { id } } } } }`, { q: '成渝地区双城经济圈建设行动方案' });
    const plan = data.policies.nodes.find((p: Any) => p.name === ACTION_PLAN);
    expect(plan).toMatchObject({ kind: 'PLAN', yearRange: '2023—2027' });
    expect(plan.sources.length).toBeGreaterThan(0);
    for (const s of plan.sources) {
      expect(s.report.id).toBe(SEED_REPORT_ID);
      expect(seedText.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toContain('成渝地区双城经济圈建设行动方案');
    }
  });

  it('pages through every policy exactly once with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const data: Any = await ok(`query($after: String) { policies(first: 7, after: $after, orderBy: [{field: NAME}]) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      total = data.policies.totalCount;
      seen.push(...data.policies.edges.map((e: Any) => e.node.id));
      if (!data.policies.pageInfo.hasNextPage) break;
      after = data.policies.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('sorts by name descending', async () => {
    const data = await ok(`{ policies(first: 10, orderBy: [{field: NAME, direction: DESC}]) { nodes { name } } }`);
    const names = data.policies.nodes.map((p: Any) => p.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it.each([
    '{ policies(first: 0) { totalCount } }',
    '{ search(query: "重庆", first: 101) { score } }',
    '{ reports(first: 0) { id } }',
    '{ neighborhood(id: "region:重庆市", first: 0) { truncated } }',
    '{ node(id: "region:重庆市") { sources(first: 0) { text } } }',
    '{ node(id: "region:重庆市") { ... on Region { children(first: 101) { totalCount } } } }',
    '{ path(from: "region:渝西地区", to: "region:重庆市") { relationships { sources(first: 1000) { text } } } }',
    '{ policyRegionLinks(regionId: "region:重庆市", first: 1) { sources(perRelationship: 21) { text } } }',
    '{ search(query: "陆海新通道", labels: ["Passage"], first: 1) { node { ... on Passage { mentions(first: 0) { id } } } } }',
  ])('treats a page size above the cap or below 1 as BAD_USER_INPUT: %s', async (query) => {
    expect(await errorCode(query)).toBe('BAD_USER_INPUT');
  });

  it('rejects a page size above the cap and a forged cursor', async () => {
    expect(await errorCode(`{ policies(first: 1000) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`{ policies(after: "bm9wZQ") { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`{ policies(where: {nameContains: ""}) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });
});

describe('policy → region links', () => {
  const planId = `policy:${ACTION_PLAN}`;

  it('links the 2023—2027 action plan to the regions its title names, quoting the title', async () => {
    const data = await ok(`query($id: ID!) { policyRegionLinks(policyId: $id) {
      length policy { id } region { name } path { nodes { id } relationships { type from to } } sources { text start end } } }`, { id: planId });
    const links = data.policyRegionLinks;
    const direct = links.filter((l: Any) => l.length === 1).map((l: Any) => l.region.name);
    expect(direct).toEqual(expect.arrayContaining(['成渝地区双城经济圈', '重庆市']));
    const lengths = links.map((l: Any) => l.length);
    expect(lengths).toEqual([...lengths].sort((a: number, b: number) => a - b));
    const toCircle = links.find((l: Any) => l.region.name === '成渝地区双城经济圈');
    expect(toCircle.path.relationships).toEqual([{ type: 'SUPPORTS', from: planId, to: 'region:成渝地区双城经济圈' }]);
    expect(toCircle.sources[0].text).toBe(`《${ACTION_PLAN}》`);
    expect(seedText.slice(toCircle.sources[0].start, toCircle.sources[0].end)).toBe(toCircle.sources[0].text);
  });

  it('given only a region, lists the policies that reach it, shortest first, within maxHops', async () => {
    const data = await ok(`{ policyRegionLinks(regionId: "region:成渝地区双城经济圈", maxHops: 2) { length policy { name } } }`);
    const names = data.policyRegionLinks.map((l: Any) => l.policy.name);
    expect(names).toContain(ACTION_PLAN);
    expect(data.policyRegionLinks.every((l: Any) => l.length <= 2)).toBe(true);
    expect(await errorCode(`{ policyRegionLinks(maxHops: 2) { length } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`{ policyRegionLinks(regionId: "region:重庆市", maxHops: 9) { length } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`{ policyRegionLinks(policyId: "policy:没有这个政策") { length } }`)).toBe('NOT_FOUND');
  });

  it('exposes the same reach through Policy.regions and Region.policies', async () => {
    const data = await ok(`query($id: ID!) { node(id: $id) { ... on Policy { regions(first: 50) { nodes { name } } } }
      region: node(id: "region:成渝地区双城经济圈") { ... on Region { policies { nodes { name } } } } }`, { id: planId });
    expect(data.node.regions.nodes.map((r: Any) => r.name)).toEqual(expect.arrayContaining(['成渝地区双城经济圈', '重庆市']));
    expect(data.region.policies.nodes.map((p: Any) => p.name)).toContain(ACTION_PLAN);
  });
});

describe('Query.agencies and entity neighbours', () => {
  it('resolves 市政府 to 重庆市人民政府, located in 重庆市', async () => {
    const data = await ok(`{ agencies(where: {nameEquals: "重庆市人民政府"}) { nodes { id kind regions { nodes { name } } sources { text } } } }`);
    const gov = data.agencies.nodes[0];
    expect(gov).toMatchObject({ id: 'agency:重庆市人民政府', kind: 'GOVERNMENT', regions: { nodes: [{ name: '重庆市' }] } });
    expect(gov.sources.map((s: Any) => s.text)).toContain('市政府');
  });

  it('filters agencies by kind and region', async () => {
    const data = await ok(`{ agencies(first: 100, where: {kind: [COMPANY, SOE], reportId: "${SEED_REPORT_ID}"}) { nodes { name kind } } }`);
    expect(data.agencies.nodes.length).toBeGreaterThan(0);
    expect(data.agencies.nodes.every((a: Any) => ['COMPANY', 'SOE'].includes(a.kind))).toBe(true);
    expect(data.agencies.nodes.map((a: Any) => a.name)).toContain('中科曙光');
  });

  it('links 中科曙光 to the data centre it runs, which is in trial operation', async () => {
    const data = await ok(`{ node(id: "project:中科曙光先进数据中心") { ... on Project { status statusText agencies { nodes { name } } } }
      agency: node(id: "agency:中科曙光") { ... on Agency { projects { nodes { name } } } } }`);
    expect(data.node).toEqual({ status: 'IN_OPERATION', statusText: '试运营', agencies: { nodes: [{ name: '中科曙光' }] } });
    expect(data.agency.projects.nodes.map((p: Any) => p.name)).toContain('中科曙光先进数据中心');
  });

  it("gives a metric its region and report, and a region its metrics", async () => {
    const data = await ok(`{ node(id: "region:重庆市") { ... on Region { metrics(first: 5, where: {kind: [YOY_GROWTH]}) { totalCount nodes { kind region { name } report { id } } } } } }`);
    const metrics = data.node.metrics;
    expect(metrics.totalCount).toBeGreaterThan(20);
    for (const m of metrics.nodes) expect(m).toEqual({ kind: 'YOY_GROWTH', region: { name: '重庆市' }, report: { id: SEED_REPORT_ID } });
  });
});

describe('Query.metrics', () => {
  it('types the GDP growth: subject 地区生产总值, 4.6 %, year-on-year, the report period, sourced to its span', async () => {
    const data = await ok(`{ metrics(where: {subjectEquals: "地区生产总值", unit: ["%"]}) {
      nodes { subject value unit kind period region { name } report { id } sources { text start end } } } }`);
    const gdp = data.metrics.nodes.find((m: Any) => m.value === 4.6);
    expect(gdp).toMatchObject({ subject: '地区生产总值', unit: '%', kind: 'YOY_GROWTH', period: '2023年1—6月', region: { name: '重庆市' } });
    expect(gdp.report.id).toBe(SEED_REPORT_ID);
    expect(seedText.slice(gdp.sources[0].start, gdp.sources[0].end)).toBe(gdp.sources[0].text);
    expect(gdp.sources[0].text).toContain('4.6%');
  });

  it('filters unit % and value > 10, sorted by value', async () => {
    const data = await ok(`{ metrics(first: 100, where: {unit: ["%"], valueGt: 10}, orderBy: [{field: VALUE, direction: DESC}]) {
      totalCount nodes { subject value unit kind } } }`);
    const values = data.metrics.nodes.map((m: Any) => m.value);
    expect(data.metrics.totalCount).toBeGreaterThan(10);
    expect(data.metrics.nodes.every((m: Any) => m.unit === '%' && m.value > 10)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(data.metrics.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: '一般公共预算收入', value: 14.4, kind: 'YOY_GROWTH' }),
        expect.objectContaining({ value: 17.3, kind: 'YOY_GROWTH' }),
      ]),
    );
  });

  it('finds the 2411 亿元 investment level and the 54.7% completion share', async () => {
    const data = await ok(`{ level: metrics(where: {valueGte: 2411, valueLte: 2411}) { nodes { subject unit kind } }
      share: metrics(where: {valueGte: 54.7, valueLte: 54.7, kind: [SHARE]}) { nodes { subject unit } } }`);
    expect(data.level.nodes[0]).toMatchObject({ unit: '亿元', kind: 'LEVEL' });
    expect(data.level.nodes[0].subject).toContain('完成投资');
    expect(data.share.nodes[0].unit).toBe('%');
  });

  it('leaves out a metric stored with a value that is not a finite number, so lists and sorts still answer', async () => {
    // Neither ingest nor curation stores one; a hand-made write through the driver can.
    const subject = `手写指标${process.pid}`;
    const ids = ['inf', 'nan', 'ok'].map((k) => `metric:test-${process.pid}-${k}`);
    await t.store.db.driver.executeQuery(
      `UNWIND $rows AS row
       CREATE (m:Entity:Metric {id: row.id, name: $subject, subject: $subject, value: row.value, unit: '%', kind: 'LEVEL',
               reportId: $reportId, start: 0, curated: true, reportIds: [$reportId]})`,
      { rows: [{ id: ids[0], value: Infinity }, { id: ids[1], value: NaN }, { id: ids[2], value: 1.5 }], subject, reportId: SEED_REPORT_ID },
    );
    try {
      for (const direction of ['ASC', 'DESC']) {
        const data = await ok(`{ metrics(where: {subjectEquals: "${subject}"}, orderBy: [{field: VALUE, direction: ${direction}}]) { totalCount nodes { id value } } }`);
        expect(data.metrics).toEqual({ totalCount: 1, nodes: [{ id: ids[2], value: 1.5 }] });
      }
      const all = await t.run(`{ metrics(first: 100, orderBy: [{field: VALUE, direction: DESC}]) { totalCount nodes { value } } }`);
      expect(all.errors).toBeUndefined();
    } finally {
      await t.store.db.driver.executeQuery('MATCH (m:Metric) WHERE m.id IN $ids DETACH DELETE m', { ids });
    }
  });
});

describe('Query.regions and projects', () => {
  it('resolves 渝西地区 as a functional area with its parent and ancestors', async () => {
    const data = await ok(`{ regions(where: {nameEquals: "渝西地区"}) { nodes { id level parent { name } ancestors { name } sources { text } } } }`);
    const r = data.regions.nodes[0];
    expect(r).toMatchObject({ id: 'region:渝西地区', level: 'FUNCTIONAL_AREA' });
    expect(r.parent.name).toBe('主城都市区');
    expect(r.ancestors.map((a: Any) => a.name)).toEqual(expect.arrayContaining(['主城都市区', '重庆市']));
    expect(r.sources.some((s: Any) => s.text === '渝西地区')).toBe(true);
  });

  it('lists districts inside 重庆市, and 渝中 inside 成渝中线 is not 渝中区', async () => {
    const data = await ok(`{ regions(first: 100, where: {withinRegionId: "region:重庆市"}) { totalCount nodes { name level } }
      yuzhong: node(id: "region:渝中区") { ... on Region { sources(first: 100) { text start end } } } }`);
    const names = data.regions.nodes.map((r: Any) => r.name);
    expect(names).toEqual(expect.arrayContaining(['万州区', '黔江区', '渝西地区', '渝中区']));
    // 渝中区 is named once in the report (渝中区、九龙坡区); the 成渝中线高铁 mentions must not count.
    const chengyu = [...seedText.matchAll(/成渝中线/g)].map((m) => m.index! + 2);
    expect(chengyu.length).toBeGreaterThan(0);
    for (const s of data.yuzhong.sources) {
      expect(s.text).toBe('渝中区');
      expect(chengyu).not.toContain(s.start);
    }
  });

  it('finds 渝昆高铁 as a railway project, and projects by status', async () => {
    const data = await ok(`{ p: projects(where: {nameEquals: "渝昆高铁"}) { nodes { id kind status sources { text } } }
      running: projects(first: 50, where: {status: [IN_OPERATION]}) { nodes { name status } } }`);
    expect(data.p.nodes[0]).toMatchObject({ id: 'project:渝昆高铁', kind: 'RAILWAY' });
    expect(data.running.nodes.map((p: Any) => p.name)).toContain('中科曙光先进数据中心');
    expect(data.running.nodes.every((p: Any) => p.status === 'IN_OPERATION')).toBe(true);
  });

  it("lists a district's projects through Region.projects", async () => {
    const data = await ok(`{ node(id: "region:万州区") { ... on Region { name projects { totalCount nodes { name } } } } }`);
    expect(data.node.projects.nodes.map((p: Any) => p.name)).toContain('万州机场T2航站楼');
  });
});

describe('Query.search', () => {
  it.each(['陆海新通道', '特高压', '新能源汽车'])('finds %s, ranked by score', async (q) => {
    const data = await ok(`query($q: String!) { search(query: $q, first: 10) { score node { __typename id name ... on Passage { text } } } }`, { q });
    const hits = data.search;
    expect(hits.length).toBeGreaterThan(0);
    const scores = hits.map((h: Any) => h.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const top = hits[0].node;
    expect(top.text ?? top.name).toContain(q);
  });

  it('restricts by label', async () => {
    const data = await ok(`{ search(query: "特高压", labels: ["Project"]) { node { __typename name } } }`);
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.search.every((h: Any) => h.node.__typename === 'Project')).toBe(true);
  });

  it('looks past the first window of matches for a label that ranks low', async () => {
    // first: 1 with a label looks through the best 10 matches first (Store.search), then widens. The expected
    // answer is read from the full-text index itself: the best Report among the best 2,000 matches of all labels.
    const ranked = await t.store.db.driver.executeQuery(
      `CALL db.index.fulltext.queryNodes('kg_fulltext', $query, {limit: 2000}) YIELD node, score
       RETURN node.id AS id, 'Report' IN labels(node) AS report, score`,
      { query: escapeLucene('重庆') },
    );
    const rank = ranked.records.findIndex((r) => r.get('report') === true);
    expect(rank).toBeGreaterThanOrEqual(10);
    const best = ranked.records[rank];
    const data = await ok(`{ search(query: "重庆", labels: ["Report"], first: 1) { score node { id } } }`);
    expect(data.search).toHaveLength(1);
    expect(data.search[0].node.id).toBe(best.get('id'));
    expect(data.search[0].score).toBeCloseTo(best.get('score'), 5);
  });

  it.each(['特高压 AND (', '"陆海', 'a:b~ *?', '\\', 'NOT', '[新能源]^2'])('treats Lucene syntax in %p as plain text', async (q) => {
    const res = await t.run(`query($q: String!) { search(query: $q) { score } }`, { q });
    expect(res.errors).toBeUndefined();
  });

  it('rejects an empty query and unknown labels', async () => {
    expect(await errorCode(`{ search(query: "  ") { score } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`{ search(query: "重庆", labels: ["Person"]) { score } }`)).toBe('BAD_USER_INPUT');
  });
});

describe('Query.node, path, neighborhood, reports, stats', () => {
  it('returns null for an unknown id and a typed node for a known one', async () => {
    const data = await ok(`{ a: node(id: "region:不存在") { id } b: node(id: "project:渝昆高铁") { __typename name } }`);
    expect(data.a).toBeNull();
    expect(data.b).toEqual({ __typename: 'Project', name: '渝昆高铁' });
  });

  it('finds the shortest path from 渝西地区 up to 重庆市', async () => {
    const data = await ok(`{ path(from: "region:渝西地区", to: "region:重庆市") { length nodes { name } relationships { type from to sources { text } } } }`);
    expect(data.path.length).toBe(2);
    expect(data.path.nodes.map((n: Any) => n.name)).toEqual(['渝西地区', '主城都市区', '重庆市']);
    expect(data.path.relationships.map((r: Any) => r.type)).toEqual(['PART_OF', 'PART_OF']);
    expect(data.path.relationships[0].sources[0].text).toBeTruthy();
  });

  it('says NOT_FOUND for a path from an unknown id', async () => {
    expect(await errorCode(`{ path(from: "region:不存在", to: "region:重庆市") { length } }`)).toBe('NOT_FOUND');
  });

  it('bounds a neighbourhood by depth and size', async () => {
    const data = await ok(`{ neighborhood(id: "region:重庆市", depth: 2, first: 15) { truncated nodes { id } relationships { type from to } } }`);
    expect(data.neighborhood.nodes.length).toBeLessThanOrEqual(15);
    expect(data.neighborhood.nodes[0].id).toBe('region:重庆市');
    const ids = new Set(data.neighborhood.nodes.map((n: Any) => n.id));
    expect(data.neighborhood.relationships.every((r: Any) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    expect(await errorCode(`{ neighborhood(id: "region:重庆市", depth: 4) { truncated } }`)).toBe('BAD_USER_INPUT');
  });

  it('follows only the relationship types asked for, named by the RelationshipType enum', async () => {
    const data = await ok(`{ neighborhood(id: "region:渝西地区", depth: 2, relationshipTypes: [PART_OF]) { nodes { id } relationships { type } } }`);
    expect(data.neighborhood.relationships.length).toBeGreaterThan(0);
    expect(new Set(data.neighborhood.relationships.map((r: Any) => r.type))).toEqual(new Set(['PART_OF']));
    expect(data.neighborhood.nodes.map((n: Any) => n.id)).toContain('region:重庆市');
    expect(await errorCode(`query($t: [RelationshipType!]) { neighborhood(id: "region:重庆市", relationshipTypes: $t) { truncated } }`, { t: ['ABOUT'] })).toBe('BAD_USER_INPUT');
  });

  it('lists the seed report with its metadata and sections', async () => {
    const data = await ok(`{ reports { id title issuer region { name } year period chars sections { number title children { number } } entityCounts { label count } } }`);
    const seed = data.reports.find((r: Any) => r.id === SEED_REPORT_ID);
    expect(seed).toMatchObject({ issuer: '重庆市人民政府', region: { name: '重庆市' }, year: 2023, chars: seedText.length });
    expect(seed.title).toContain('2023年1—6月国民经济和社会发展计划执行情况的报告');
    expect(seed.sections[0].number).toBe('一、');
    expect(seed.entityCounts.find((c: Any) => c.label === 'Metric').count).toBeGreaterThan(100);
  });

  it('counts nodes per label and relationships per type', async () => {
    const data = await ok(`{ stats { reports nodes { label count } relationships { type count } } }`);
    const nodes = Object.fromEntries(data.stats.nodes.map((n: Any) => [n.label, n.count]));
    expect(data.stats.reports).toBeGreaterThanOrEqual(1);
    expect(nodes.Passage).toBeGreaterThan(200);
    expect(data.stats.relationships.find((r: Any) => r.type === 'MEASURES').count).toBeGreaterThan(100);
  });
});

describe('query limits', () => {
  it('rejects a query nested deeper than the limit before touching the database', async () => {
    const deep = `{ regions { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }`;
    const res = await t.run(deep);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.ctx.counter.roundTrips).toBe(0);
  });

  it('rejects too many aliases or directives with the same code, and a huge document at the parser', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { reports }`).join(' ')} }`;
    expect(await errorCode(aliases)).toBe('QUERY_TOO_COMPLEX');
    expect(await errorCode(`{ stats ${'@skip(if: false) '.repeat(21)}{ reports } }`)).toBe('QUERY_TOO_COMPLEX');
    expect(await errorCode(`{ ${'__typename '.repeat(5001)}}`)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('rejects a query whose pages multiply past the cost limit, counting variables too', async () => {
    const res = await t.run(
      `query($n: Int) { regions(first: $n) { nodes { projects(first: $n) { nodes { supportedBy(first: $n) { nodes { name } } } } } } }`,
      { n: 100 },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/cost \d+ exceeds the limit/);
    expect(res.ctx.counter.roundTrips).toBe(0);
  });

  it('costs one round trip per level for a 3-level query over 20+ items (no N+1)', async () => {
    const res = await t.run(`{ projects(first: 30) { nodes { name
      regions(first: 5) { nodes { name
        parent { name } } } } } }`);
    expect(res.errors).toBeUndefined();
    const projects = (res.data as Any).projects.nodes;
    expect(projects.length).toBeGreaterThanOrEqual(20);
    expect(projects.some((p: Any) => p.regions.nodes.some((r: Any) => r.parent))).toBe(true);
    expect(res.ctx.counter.roundTrips).toBeLessThanOrEqual(3);
  });

  it('batches sources and their reports across all metrics of a page', async () => {
    const res = await t.run(`{ metrics(first: 50) { nodes { subject sources(first: 2) { text report { id } } region { name } } } }`);
    expect(res.errors).toBeUndefined();
    expect((res.data as Any).metrics.nodes).toHaveLength(50);
    // list + sources + reports + regions
    expect(res.ctx.counter.roundTrips).toBeLessThanOrEqual(4);
  });
});

describe('variables', () => {
  it('reports a missing required variable as BAD_USER_INPUT, not an internal error', async () => {
    const res = await t.run(`query($q: String!) { search(query: $q) { score } }`, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('$q');
  });
});
