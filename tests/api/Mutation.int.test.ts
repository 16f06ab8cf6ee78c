import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { collectJobs, ingestFiles } from '../../src/cli/ingest';
import { SEED_REPORT_ID, testConfig } from '../support/testStore';
import { testApp, type TestApp } from '../support/testApp';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/reports/chongqing-2023-h1-plan-execution-report.txt'), 'utf8');
const TAG = `测试${process.pid}`;
const span = (needle: string) => {
  const start = seedText.indexOf(needle);
  if (start < 0) throw new Error(`not in the seed report: ${needle}`);
  return { reportId: SEED_REPORT_ID, start, end: start + needle.length };
};

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const ok = (query: string, variables: Record<string, unknown> = {}): Promise<Any> => t.ok(query, variables);
async function fails(query: string, variables: Record<string, unknown> = {}, key: string | null = 'test-key') {
  const res = await t.run(query, variables, key);
  expect(res.errors).toBeDefined();
  return res.errors![0];
}
const reingestSeed = () =>
  ok(`mutation($text: String!) { ingestReport(text: $text, meta: {id: "${SEED_REPORT_ID}"}) { changed report { id } } }`, { text: seedText });

const UPSERT_POLICY = `mutation($input: PolicyInput!) { upsertPolicy(input: $input) { id name kind curated sources { text start end } } }`;

describe('authentication', () => {
  it('refuses a mutation without an API key and writes nothing', async () => {
    const err = await fails(UPSERT_POLICY, { input: { name: `${TAG}无钥匙` } }, null);
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ok(`{ node(id: "policy:${TAG}无钥匙") { id } }`)).node).toBeNull();
  });

  it('refuses a wrong key', async () => {
    const err = await fails(UPSERT_POLICY, { input: { name: `${TAG}错钥匙` } }, 'wrong-key');
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('upserts', () => {
  it('creates a curated policy with evidence, then updates it by id', async () => {
    const evidence = span('《重庆市稳经济政策包》');
    const created = (await ok(UPSERT_POLICY, { input: { name: `${TAG}政策`, kind: 'MEASURES', evidence } })).upsertPolicy;
    expect(created).toMatchObject({ id: `policy:${TAG}政策`, kind: 'MEASURES', curated: true });
    expect(created.sources).toEqual([{ text: '《重庆市稳经济政策包》', start: evidence.start, end: evidence.end }]);
    const updated = (await ok(UPSERT_POLICY, { input: { id: created.id, name: `${TAG}政策(修订)`, kind: 'PLAN' } })).upsertPolicy;
    expect(updated).toMatchObject({ id: created.id, name: `${TAG}政策(修订)`, kind: 'PLAN' });
  });

  it('curates the extracted policy when given its title as written, 《》 and all', async () => {
    const reportId = `test-curate-${process.pid}`;
    const title = `${TAG}专项行动方案`;
    const text = `重庆市人民政府关于${TAG}的报告\n印发《${title}》，全市地区生产总值同比增长6.1%。`;
    await ok(`mutation($text: String!) { ingestReport(text: $text, meta: {id: "${reportId}"}) { changed } }`, { text });
    const curated = (await ok(UPSERT_POLICY, { input: { name: `《${title}》`, kind: 'PLAN' } })).upsertPolicy;
    expect(curated).toMatchObject({ id: `policy:${title}`, kind: 'PLAN', curated: true });
    expect(curated.sources.map((s: Any) => s.text)).toEqual([`《${title}》`]);
    await ok(`mutation { deleteReport(id: "${reportId}") }`);
    await ok(`mutation { deleteNode(id: "policy:${title}") }`);
  });

  it('resolves the curated evidence of every node of a page in the same round trip as their mentions', async () => {
    for (const [i, needle] of ['《重庆市稳经济政策包》', '渝西地区打造成渝地区双城经济圈建设先行区'].entries()) {
      await ok(UPSERT_POLICY, { input: { name: `${TAG}批量${i}`, evidence: span(needle) } });
    }
    const res = await t.run<Any>(`{ policies(where: {nameContains: "${TAG}批量"}) { nodes { name sources { text } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.policies.nodes.map((p: Any) => p.sources[0].text)).toEqual(['《重庆市稳经济政策包》', '渝西地区打造成渝地区双城经济圈建设先行区']);
    // the list, then the sources of all its nodes
    expect(res.ctx.counter.roundTrips).toBe(2);
  });

  it('says NOT_FOUND for an unknown id and CONFLICT for an id of another label', async () => {
    expect((await fails(UPSERT_POLICY, { input: { id: 'policy:不存在的政策', name: 'x' } })).extensions?.code).toBe('NOT_FOUND');
    expect((await fails(UPSERT_POLICY, { input: { id: 'region:重庆市', name: 'x' } })).extensions?.code).toBe('CONFLICT');
  });

  it('names the field of a bad input', async () => {
    const empty = await fails(UPSERT_POLICY, { input: { name: '   ' } });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const past = await fails(UPSERT_POLICY, { input: { name: `${TAG}越界`, evidence: { reportId: SEED_REPORT_ID, start: 0, end: seedText.length + 5 } } });
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence.end' });
    const noReport = await fails(UPSERT_POLICY, { input: { name: `${TAG}无报告`, evidence: { reportId: 'no-such-report', start: 0, end: 3 } } });
    expect(noReport.extensions?.code).toBe('NOT_FOUND');
  });

  it('creates a curated agency and locates it', async () => {
    const agency = (await ok(`mutation { upsertAgency(input: {name: "${TAG}研究院", kind: RESEARCH}) { id name kind curated } }`)).upsertAgency;
    expect(agency).toEqual({ id: `agency:${TAG}研究院`, name: `${TAG}研究院`, kind: 'RESEARCH', curated: true });
    await ok(`mutation { link(from: "${agency.id}", to: "region:重庆市", type: LOCATED_IN) { type } }`);
    const found = (await ok(`{ agencies(where: {regionId: "region:重庆市", nameContains: "${TAG}"}) { nodes { id } } }`)).agencies.nodes;
    expect(found).toEqual([{ id: agency.id }]);
  });

  it('creates a region under a parent, and a metric that needs its report', async () => {
    const region = (await ok(`mutation { upsertRegion(input: {name: "${TAG}新区", level: DEVELOPMENT_ZONE, parentId: "region:重庆市"}) { id level parent { name } } }`)).upsertRegion;
    expect(region).toMatchObject({ id: `region:${TAG}新区`, level: 'DEVELOPMENT_ZONE', parent: { name: '重庆市' } });
    const noReport = await fails(`mutation { upsertMetric(input: {subject: "${TAG}", value: 1, unit: "%", kind: LEVEL}) { id } }`);
    expect(noReport.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportId' });
    const metric = (await ok(`mutation { upsertMetric(input: {subject: "${TAG}指标", value: 12.5, unit: "%", kind: YOY_GROWTH, reportId: "${SEED_REPORT_ID}"}) { id value unit kind report { id } } }`)).upsertMetric;
    expect(metric).toMatchObject({ value: 12.5, unit: '%', kind: 'YOY_GROWTH', report: { id: SEED_REPORT_ID } });
  });
});

describe('link and unlink', () => {
  it('links a policy to a region with evidence, which policyRegionLinks then shows with the quote', async () => {
    const policy = (await ok(UPSERT_POLICY, { input: { name: `${TAG}链接政策`, kind: 'PROGRAM' } })).upsertPolicy;
    const evidence = span('渝西地区打造成渝地区双城经济圈建设先行区');
    const rel = (await ok(`mutation($e: EvidenceInput) { link(from: "${policy.id}", to: "region:渝西地区", type: SUPPORTS, evidence: $e) { type from to curated sources { text } } }`, { e: evidence })).link;
    expect(rel).toMatchObject({ type: 'SUPPORTS', from: policy.id, to: 'region:渝西地区', curated: true });
    expect(rel.sources[0].text).toBe('渝西地区打造成渝地区双城经济圈建设先行区');
    const links = (await ok(`{ policyRegionLinks(policyId: "${policy.id}") { length region { name } path { relationships { type } } sources { text } } }`)).policyRegionLinks;
    const names = links.map((l: Any) => l.region.name);
    expect(names).toEqual(expect.arrayContaining(['渝西地区', '主城都市区', '重庆市']));
    expect(links[0]).toMatchObject({ length: 1, region: { name: '渝西地区' } });
    const viaParent = links.find((l: Any) => l.region.name === '主城都市区');
    expect(viaParent.path.relationships.map((r: Any) => r.type)).toEqual(['SUPPORTS', 'PART_OF']);
    expect(viaParent.sources.map((s: Any) => s.text)).toContain('渝西地区打造成渝地区双城经济圈建设先行区');

    expect((await ok(`mutation { unlink(from: "${policy.id}", to: "region:渝西地区", type: SUPPORTS) }`)).unlink).toBe(true);
    expect((await ok(`{ policyRegionLinks(policyId: "${policy.id}") { length } }`)).policyRegionLinks).toEqual([]);
    expect((await ok(`mutation { unlink(from: "${policy.id}", to: "region:渝西地区", type: SUPPORTS) }`)).unlink).toBe(false);
  });

  it('says NOT_FOUND when linking an unknown node', async () => {
    expect((await fails(`mutation { link(from: "policy:不存在", to: "region:重庆市", type: SUPPORTS) { type } }`)).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('curation survives re-ingest', () => {
  it('keeps a curated link, an unlinked extracted edge stays unlinked, a deleted entity stays deleted', async () => {
    const policy = (await ok(UPSERT_POLICY, { input: { name: `${TAG}持久政策` } })).upsertPolicy;
    await ok(`mutation { link(from: "${policy.id}", to: "project:渝昆高铁", type: SUPPORTS) { type } }`);
    const located = `{ node(id: "project:万州机场T2航站楼") { ... on Project { regions { nodes { id } } } } }`;
    expect((await ok(located)).node.regions.nodes.map((r: Any) => r.id)).toContain('region:万州区');
    await ok(`mutation { unlink(from: "project:万州机场T2航站楼", to: "region:万州区", type: LOCATED_IN) }`);
    expect((await ok(`mutation { deleteNode(id: "project:东溪河特大桥") }`)).deleteNode).toBe(true);

    const result = (await reingestSeed()).ingestReport;
    expect(result).toMatchObject({ changed: false, report: { id: SEED_REPORT_ID } });

    const supported = (await ok(`{ node(id: "project:渝昆高铁") { ... on Project { supportedBy { nodes { id } } } } }`)).node;
    expect(supported.supportedBy.nodes.map((p: Any) => p.id)).toContain(policy.id);
    expect((await ok(located)).node.regions.nodes.map((r: Any) => r.id)).not.toContain('region:万州区');
    expect((await ok(`{ node(id: "project:东溪河特大桥") { id } }`)).node).toBeNull();

    // Undo: a curator can bring both back.
    await ok(`mutation { link(from: "project:万州机场T2航站楼", to: "region:万州区", type: LOCATED_IN) { type } }`);
    await ok(`mutation { upsertProject(input: {name: "东溪河特大桥", kind: BRIDGE}) { id } }`);
    await reingestSeed();
    const restored = (await ok(`{ node(id: "project:东溪河特大桥") { ... on Project { kind sources { text } } } }`)).node;
    expect(restored.kind).toBe('BRIDGE');
    expect(restored.sources.map((s: Any) => s.text)).toContain('东溪河特大桥');
  });

  it('refuses to delete a report through deleteNode', async () => {
    expect((await fails(`mutation { deleteNode(id: "${SEED_REPORT_ID}") }`)).extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('ingestReport and deleteReport', () => {
  const id = `test-posted-${process.pid}`;
  const text = '重庆市人民政府关于2023年前三季度经济运行情况的报告\n全市地区生产总值同比增长6.1%,渝昆高铁加快建设。';

  it('ingests a posted report in one go and deletes it again', async () => {
    const res = (await ok(`mutation($text: String!) { ingestReport(text: $text, meta: {id: "${id}", year: 2023}) {
      changed report { id title year chars } nodes { label count } relationships { type count } } }`, { text })).ingestReport;
    expect(res).toMatchObject({ changed: true, report: { id, year: 2023, chars: text.length } });
    expect(res.report.title).toBe('重庆市人民政府关于2023年前三季度经济运行情况的报告');
    expect(res.nodes.find((n: Any) => n.label === 'Metric').count).toBeGreaterThanOrEqual(1);
    const metrics = (await ok(`{ metrics(where: {reportId: "${id}"}) { nodes { subject value unit } } }`)).metrics.nodes;
    expect(metrics).toEqual(expect.arrayContaining([expect.objectContaining({ value: 6.1, unit: '%' })]));
    expect((await ok(`mutation { deleteReport(id: "${id}") }`)).deleteReport).toBe(true);
    expect((await ok(`{ metrics(where: {reportId: "${id}"}) { totalCount } }`)).metrics.totalCount).toBe(0);
    expect((await fails(`mutation { deleteReport(id: "${id}") }`)).extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects an empty text and a bad id with the field named', async () => {
    const empty = await fails(`mutation { ingestReport(text: "", meta: {id: "x-empty"}) { changed } }`);
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'EMPTY_INPUT' });
    const badId = await fails(`mutation { ingestReport(text: "x", meta: {id: "a b/c"}) { changed } }`);
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meta.id' });
  });
});

describe('ingestReport: one validation path with the CLI, limits, absurd numbers', () => {
  const INGEST = 'mutation($text: String!, $id: ID!) { ingestReport(text: $text, meta: {id: $id}) { changed report { id } } }';
  const line = '重庆市人民政府关于2023年前三季度经济运行情况的报告\n全市地区生产总值同比增长6.1%,渝昆高铁加快建设。\n';
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-parity-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Documents as a client would post them; the CLI reads the same text as a UTF-8 file.
  const documents: [string, string, string][] = [
    ['a NUL character', 'BINARY_INPUT', `${line}\u0000${line}`],
    ['control characters', 'BINARY_INPUT', `${line}${'\u0001\u0007\u001b'.repeat(40)}`],
    ['punctuation only', 'NOT_A_REPORT', '，。！？、；：“”《》（）…—,.!?'.repeat(40)],
    ['mojibake (GBK read as UTF-8)', 'UNSUPPORTED_ENCODING', iconv.encode(line.repeat(5), 'gbk').toString('utf8')],
    ['English prose', 'NOT_A_REPORT', 'The municipal government shall continue to promote high quality development. '.repeat(5)],
    ['whitespace only', 'EMPTY_INPUT', ' \n\t\u3000\n'],
    ['a byte order mark only', 'EMPTY_INPUT', '\uFEFF'],
    ['nothing', 'EMPTY_INPUT', ''],
  ];

  it.each(documents)('gives %s the verdict the ingest CLI gives its file: %s', async (name, reason, text) => {
    const id = `test-parity-${process.pid}-${documents.findIndex((d) => d[0] === name)}`;
    const file = path.join(dir, `${id}.txt`);
    fs.writeFileSync(file, text, 'utf8');
    const cli = await ingestFiles(t.store, collectJobs([file]));
    expect(cli.failed.map((f) => f.error.split(':')[0])).toEqual([reason]);
    const api = await fails(INGEST, { text, id });
    expect(api.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason });
    expect((await t.store.nodesByIds([id])).size).toBe(0);
  });

  it('stores no metric for a number too large to be a figure, and reads and sorts the report\'s metrics', async () => {
    const id = `test-huge-number-${process.pid}`;
    const text = `重庆市人民政府关于${TAG}的报告\n${line.repeat(12)}全市地区生产总值同比增长${'9'.repeat(400)}%。\n规模以上工业增加值增长1e308%，固定资产投资增长4.2%。\n`;
    expect((await ok(INGEST, { text, id })).ingestReport.report.id).toBe(id);
    const { records } = await t.store.db.driver.executeQuery(
      'MATCH (m:Metric {reportId: $id}) WHERE NOT abs(m.value) <= 1e15 OR NOT abs(coalesce(m.valueMax, 0)) <= 1e15 RETURN count(m) AS n',
      { id },
    );
    expect(records[0].get('n')).toBe(0);
    const sorted = (await ok(`{ metrics(where: {reportId: "${id}"}, orderBy: [{field: VALUE, direction: DESC}]) { nodes { value unit } } }`)).metrics.nodes;
    expect(sorted).toEqual(expect.arrayContaining([{ value: 4.2, unit: '%' }]));
    expect(sorted.every((m: Any) => Number.isFinite(m.value) && Math.abs(m.value) <= 1e15)).toBe(true);
    await ok(`mutation { deleteReport(id: "${id}") }`);
  });

  it('refuses a curated metric whose value is too large to be a figure', async () => {
    const err = await fails('mutation { upsertMetric(input: {subject: "x", value: 1e300, unit: "%", kind: LEVEL, reportId: "' + SEED_REPORT_ID + '"}) { id } }');
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
  });

  describe('with small limits', () => {
    let limited: TestApp;
    let hurried: TestApp;
    beforeAll(async () => {
      limited = await testApp(testConfig({ MAX_REPORT_BYTES: '1000' }));
      // 1 ms: no extraction, however small the report, answers within it
      hurried = await testApp(testConfig({ EXTRACTION_TIMEOUT_MS: '1' }));
    });
    afterAll(async () => {
      await limited.close();
      await hurried.close();
    });

    it('refuses a report over MAX_REPORT_BYTES with TOO_LARGE', async () => {
      const res = await limited.run(INGEST, { text: line.repeat(20), id: `test-too-large-${process.pid}` });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'TOO_LARGE' });
    });

    it('stops a report past EXTRACTION_TIMEOUT_MS with EXTRACTION_TIMEOUT, and writes nothing', async () => {
      const id = `test-timeout-${process.pid}`;
      const res = await hurried.run(INGEST, { text: line.repeat(8), id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'EXTRACTION_TIMEOUT', field: 'text', reason: 'EXTRACTION_TIMEOUT' });
      expect((await hurried.store.nodesByIds([id])).size).toBe(0);
    });
  });
});
