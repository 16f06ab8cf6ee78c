import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { queryCli } from '../../../src/cli/query';
import { loadConfig } from '../../../src/server/config';
import { startServer, type RunningServer } from '../../../src/server/main';
import { serverMounts } from '../../../src/server/mounts';
import { loadExamples, EXAMPLE_FILES } from '../../../src/server/plugins/playground/examples';
import { loadBundledReports, unloadReports } from '../../support/bundledReports';

// Indicators, series and comparisons over the whole bundled dataset (the seed and the 29 provincial 2026 work
// reports, loaded here through the real ingest and unloaded afterwards), checked against GDP growth read by hand
// (tests/fixtures/gdp-growth-by-province.json).
jest.setTimeout(900_000);

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Figure { value: number; text: string; textOffset: number }
interface FixtureRow { province: string; file: string; actual2025: Figure; target2026: Figure & { low: number; high: number | null } }
const fixture = (JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/gdp-growth-by-province.json'), 'utf8')) as { rows: FixtureRow[] }).rows;
const PROVINCES = fixture.map((r) => r.province);
const reportText = (file: string) => fs.readFileSync(path.join(__dirname, '../../../seeds/reports', file), 'utf8');

// A small report that states a different 2025 GDP growth for 上海市 than its work report (5.4%): a conflict.
const CONFLICT_ID = `test-indicator-conflict-${process.pid}`;
const CONFLICT_TEXT = ['上海市2025年国民经济和社会发展统计公报(测试)', '2025年,全市生产总值增长5.2%。'].join('\n');

let server: RunningServer;
let loaded: string[] = [];

async function run(query: string, variables: Record<string, unknown> = {}) {
  const res = await server.app.apollo.executeOperation({ query, variables }, { contextValue: server.app.contextFor() });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult as { data?: Any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}
async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Any> {
  const res = await run(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}
async function errorCode(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  return (await run(query, variables)).errors?.[0]?.extensions?.code;
}

const SERIES = `query($id: ID!, $years: [Int!], $status: PeriodStatus, $regions: [ID!], $first: Int, $after: String) {
  indicator(id: $id) {
    series(years: $years, status: $status, part: FULL_YEAR, measure: YOY_GROWTH, regions: $regions, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        region { id name } year part status measure value valueMax unit qualifier conflict
        metric { id indicator { id } periodYear status }
        source { start end text report { id } }
        sources { report { id } }
      }
    }
  }
}`;

/** Every row of a series, through its pages. */
async function allRows(variables: Record<string, unknown>): Promise<Any[]> {
  const rows: Any[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const data: Any = await ok(SERIES, { ...variables, first: 40, after });
    rows.push(...data.indicator.series.nodes);
    if (!data.indicator.series.pageInfo.hasNextPage) return rows;
    after = data.indicator.series.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

/** The row's source is a real span of its report: the text there, holding the value. */
function expectSourceSpan(row: Any): void {
  const file = `${row.source.report.id}.txt`;
  expect(reportText(file).slice(row.source.start, row.source.end)).toBe(row.source.text);
  expect(row.source.text).toContain(String(row.value));
}

beforeAll(async () => {
  server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), { mounts: serverMounts, loadSeed: true });
  loaded = await loadBundledReports(server.store);
});
afterAll(async () => {
  await server?.store.deleteReport(CONFLICT_ID);
  if (server) await unloadReports(server.store, loaded);
  await server?.stop();
});

describe('Query.indicators and Query.indicator', () => {
  it('lists the catalogue with metric counts, filtered by name and unit family, in pages', async () => {
    const data = await ok(`{ indicators(where: {nameContains: "生产总值"}, first: 3) { totalCount nodes { id nameZh nameEn unitFamily variants metricCount } pageInfo { hasNextPage endCursor } } }`);
    const gdp = data.indicators.nodes.find((i: Any) => i.id === 'gdp');
    expect(gdp).toMatchObject({ nameZh: '地区生产总值', unitFamily: 'currency' });
    expect(gdp.variants).toEqual(expect.arrayContaining(['地区生产总值', '生产总值', 'GDP']));
    // every province states its GDP (growth and level) and target: more than 29 × 2 metrics
    expect(gdp.metricCount).toBeGreaterThan(58);
    expect(data.indicators.totalCount).toBeGreaterThan(3);
    expect(data.indicators.pageInfo.hasNextPage).toBe(true);
    const next = await ok(`query($after: String) { indicators(where: {nameContains: "生产总值"}, first: 3, after: $after) { nodes { id } } }`, { after: data.indicators.pageInfo.endCursor });
    expect(next.indicators.nodes.map((i: Any) => i.id)).not.toContain('gdp');
    const english = await ok(`{ indicators(where: {nameContains: "consumer price"}) { nodes { id } } }`);
    expect(english.indicators.nodes.map((i: Any) => i.id)).toContain('cpi');
    const percent = await ok(`{ indicators(where: {unitFamily: "percent"}, first: 100) { totalCount nodes { unitFamily } } }`);
    expect(percent.indicators.totalCount).toBeGreaterThan(3);
    expect(new Set(percent.indicators.nodes.map((i: Any) => i.unitFamily))).toEqual(new Set(['percent']));
    const all = await ok(`{ indicators(first: 1) { totalCount } }`);
    expect(all.indicators.totalCount).toBeGreaterThan(240);
  });

  it('finds one indicator by id, and answers NOT_FOUND for an id the catalogue lacks', async () => {
    expect((await ok(`{ indicator(id: "cpi") { id nameZh unitFamily } }`)).indicator).toEqual({ id: 'cpi', nameZh: '居民消费价格', unitFamily: 'ratio' });
    expect(await errorCode(`{ indicator(id: "no_such_indicator") { id } }`)).toBe('NOT_FOUND');
  });

  it.each([
    '{ indicators(first: 0) { totalCount } }',
    '{ indicators(first: 101) { totalCount } }',
    '{ indicator(id: "gdp") { series(first: 0) { totalCount } } }',
    '{ indicator(id: "gdp") { series(first: 101) { totalCount } } }',
    '{ indicator(id: "gdp") { series(years: [1800]) { totalCount } } }',
    '{ indicator(id: "gdp") { series(years: []) { totalCount } } }',
    '{ compare(indicators: ["gdp"], year: 2025, first: 0) { totalCount } }',
    '{ compare(indicators: ["gdp"], year: 2025, first: 101) { totalCount } }',
    '{ compare(indicators: [], year: 2025) { totalCount } }',
    '{ compare(indicators: ["gdp"], year: 20250) { totalCount } }',
    '{ indicators(where: {nameContains: "   "}) { totalCount } }',
  ])('treats a bound it breaks as BAD_USER_INPUT: %s', async (query) => {
    expect(await errorCode(query)).toBe('BAD_USER_INPUT');
  });
});

describe('Indicator.series', () => {
  let actual: Any[];
  let target: Any[];
  beforeAll(async () => {
    actual = await allRows({ id: 'gdp', years: [2025], status: 'ACTUAL' });
    target = await allRows({ id: 'gdp', years: [2026], status: 'TARGET' });
  });

  it('gives the 2025 GDP growth and the 2026 target of at least 28 provinces, each with its source span', () => {
    const has = (rows: Any[]) => new Set(rows.filter((r) => PROVINCES.includes(r.region.name)).map((r) => r.region.name));
    const both = [...has(actual)].filter((p) => has(target).has(p));
    expect(both.length).toBeGreaterThanOrEqual(28);
    for (const row of [...actual, ...target]) {
      expect(row).toMatchObject({ part: 'FULL_YEAR', measure: 'YOY_GROWTH', unit: '%' });
      expect(row.metric.indicator.id).toBe('gdp');
      expectSourceSpan(row);
    }
    expect(actual.every((r) => r.year === 2025 && r.status === 'ACTUAL')).toBe(true);
    expect(target.every((r) => r.year === 2026 && r.status === 'TARGET')).toBe(true);
  });

  it('matches the hand-read figures of the fixture, value and span', () => {
    let checked = 0;
    for (const f of fixture) {
      // A province the series has must have the hand-read value (a conflicting second value would be a second row).
      const stated = actual.filter((r) => r.region.name === f.province);
      if (stated.length > 0) expect(stated.map((r) => r.value)).toContain(f.actual2025.value);
      const a = stated.find((r) => r.value === f.actual2025.value);
      const t = target.find((r) => r.region.name === f.province);
      if (a) {
        const file = `${a.source.report.id}.txt`;
        expect(file).toBe(f.file);
        // the span of the series row covers the figure as written
        expect(a.source.start).toBeLessThanOrEqual(f.actual2025.textOffset);
        expect(a.source.end).toBeGreaterThanOrEqual(f.actual2025.textOffset + f.actual2025.text.length);
      }
      if (t) {
        expect(t.value).toBe(f.target2026.low);
        expect(t.valueMax).toBe(f.target2026.high === f.target2026.low ? null : f.target2026.high);
        expect(t.source.start).toBeLessThanOrEqual(f.target2026.textOffset);
        expect(t.source.end).toBeGreaterThanOrEqual(f.target2026.textOffset + f.target2026.text.length);
      }
      if (a && t) checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(27);
  });

  it('keeps to the regions asked for, pages with cursors, and answers NOT_FOUND for an unknown region', async () => {
    const two = await allRows({ id: 'gdp', years: [2025, 2026], regions: ['region:上海市', 'region:北京市'] });
    expect(new Set(two.map((r) => r.region.name))).toEqual(new Set(['上海市', '北京市']));
    expect(two.find((r) => r.region.name === '北京市' && r.year === 2025)?.value).toBe(5.4);
    const firstPage = await ok(SERIES, { id: 'gdp', years: [2025], status: 'ACTUAL', first: 10 });
    expect(firstPage.indicator.series.totalCount).toBe(actual.length);
    expect(firstPage.indicator.series.nodes.map((r: Any) => r.region.id)).toEqual(actual.slice(0, 10).map((r) => r.region.id));
    expect(await errorCode(SERIES, { id: 'gdp', regions: ['region:不存在'] })).toBe('NOT_FOUND');
    expect(await errorCode(SERIES, { id: 'gdp', regions: ['policy:不存在'] })).toBe('NOT_FOUND');
  });

  it('gives a metric its indicator and its period as data', async () => {
    const data = await ok(`{ metrics(where: {reportId: "2026-北京市-government-work-report", subjectEquals: "地区生产总值", kind: [YOY_GROWTH]}, first: 5) {
      nodes { value indicator { id } measure periodYear periodPart periodMonths periodPlan status } } }`);
    expect(data.metrics.nodes).toContainEqual({
      value: 5.4, indicator: { id: 'gdp' }, measure: 'YOY_GROWTH', periodYear: 2025, periodPart: 'FULL_YEAR', periodMonths: null, periodPlan: null, status: 'ACTUAL',
    });
    const seed = await ok(`{ metrics(where: {reportId: "chongqing-2023-h1-plan-execution-report", subjectEquals: "地区生产总值", kind: [YOY_GROWTH]}, first: 1) {
      nodes { indicator { id } periodYear periodPart periodMonths status } } }`);
    expect(seed.metrics.nodes[0]).toEqual({ indicator: { id: 'gdp' }, periodYear: 2023, periodPart: 'H1', periodMonths: [1, 6], status: 'ACTUAL' });
  });
});

describe('Query.compare', () => {
  const COMPARE = `query($indicators: [ID!]!, $regions: [ID!], $year: Int!, $status: PeriodStatus, $measure: MetricKind, $first: Int) {
    compare(indicators: $indicators, regions: $regions, year: $year, status: $status, measure: $measure, first: $first) {
      indicators { id } year part status measure totalCount pageInfo { hasNextPage }
      rows { region { id name } cells { indicator { id } conflict values { value valueMax unit status conflict metric { id } source { text start end report { id } } sources { report { id } } } } }
    }
  }`;

  it('lays out a region × indicator table, one cell per indicator in the order asked', async () => {
    const data = await ok(COMPARE, { indicators: ['cpi', 'gdp'], year: 2026, status: 'TARGET', measure: 'YOY_GROWTH', first: 100 });
    const table = data.compare;
    expect(table.indicators.map((i: Any) => i.id)).toEqual(['cpi', 'gdp']);
    expect(table).toMatchObject({ year: 2026, part: 'FULL_YEAR', status: 'TARGET', measure: 'YOY_GROWTH' });
    const provinces = table.rows.filter((r: Any) => PROVINCES.includes(r.region.name));
    expect(provinces.length).toBeGreaterThanOrEqual(28);
    for (const row of table.rows) expect(row.cells.map((c: Any) => c.indicator.id)).toEqual(['cpi', 'gdp']);
    const beijing = table.rows.find((r: Any) => r.region.name === '北京市');
    expect(beijing.cells[1].values[0]).toMatchObject({ value: 5, unit: '%', status: 'TARGET', conflict: false });
    expect(beijing.cells[0].values[0]).toMatchObject({ value: 2, unit: '%' });
    const names = table.rows.map((r: Any) => r.region.name);
    expect(names).toEqual([...names].sort());
  });

  it('shows the regions asked for in their order, empty cells included', async () => {
    const data = await ok(COMPARE, { indicators: ['gdp'], regions: ['region:北京市', 'region:黔江区', 'region:上海市'], year: 2025, status: 'ACTUAL', measure: 'YOY_GROWTH' });
    expect(data.compare.totalCount).toBe(3);
    expect(data.compare.rows.map((r: Any) => r.region.name)).toEqual(['北京市', '黔江区', '上海市']);
    expect(data.compare.rows[1].cells[0].values).toEqual([]);
    expect(data.compare.rows[2].cells[0].values.map((v: Any) => v.value)).toEqual([5.4]);
  });

  it('shows two reports that disagree side by side, each with its source, until one is deleted', async () => {
    await server.store.ingestReport(CONFLICT_TEXT, { id: CONFLICT_ID, region: '上海市', year: 2026, publishDate: '2026-03-01' });
    const vars = { indicators: ['gdp'], regions: ['region:上海市', 'region:北京市'], year: 2025, status: 'ACTUAL', measure: 'YOY_GROWTH' };
    const [shanghai, beijing] = (await ok(COMPARE, vars)).compare.rows;
    const cell = shanghai.cells[0];
    expect(cell.conflict).toBe(true);
    expect(cell.values.map((v: Any) => v.value)).toEqual([5.2, 5.4]);
    expect(cell.values.every((v: Any) => v.conflict)).toBe(true);
    expect(cell.values.map((v: Any) => v.source.report.id)).toEqual([CONFLICT_ID, '2026-上海市-government-work-report']);
    expect(cell.values[0].source.text).toContain('5.2%');
    expect(CONFLICT_TEXT.slice(cell.values[0].source.start, cell.values[0].source.end)).toBe(cell.values[0].source.text);
    expect(beijing.cells[0].conflict).toBe(false);
    // The series shows the same two rows, both flagged.
    const series = await allRows({ id: 'gdp', years: [2025], status: 'ACTUAL', regions: ['region:上海市'] });
    expect(series.map((r) => [r.value, r.conflict])).toEqual([[5.2, true], [5.4, true]]);

    expect(await server.store.deleteReport(CONFLICT_ID)).toBe(true);
    const after = (await ok(COMPARE, vars)).compare.rows[0].cells[0];
    expect(after.conflict).toBe(false);
    expect(after.values.map((v: Any) => v.value)).toEqual([5.4]);
  });

  it('answers NOT_FOUND for an unknown indicator or region', async () => {
    expect(await errorCode(COMPARE, { indicators: ['gdp', 'no_such_indicator'], year: 2025 })).toBe('NOT_FOUND');
    expect(await errorCode(COMPARE, { indicators: ['gdp'], regions: ['region:不存在'], year: 2025 })).toBe('NOT_FOUND');
  });

  it('runs the playground examples of indicators with their variables', async () => {
    const examples = loadExamples();
    for (const name of ['indicator-comparison', 'indicator-series'] as const) {
      const example = examples[EXAMPLE_FILES.indexOf(name)];
      const data = await ok(example.query, JSON.parse(example.variables) as Record<string, unknown>);
      expect(JSON.stringify(data)).toContain('重庆市');
    }
  });
});

describe('GET /export/indicator-series.csv and the query CLI', () => {
  const get = (query: string) => fetch(`${server.url}/export/indicator-series.csv?${query}`);

  it('streams a series as CSV with a BOM on request, the rows of Indicator.series', async () => {
    const res = await get('indicator=gdp&year=2025&status=ACTUAL&part=FULL_YEAR&measure=YOY_GROWTH&bom=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('indicator,indicatorName,regionId,region,year,part,months,plan,status,measure,period,value,valueMax,unit,kind,qualifier,conflict,statements,metricId,report,start,end,text');
    const shanghai = lines.find((l) => l.includes(',上海市,'))!.split(',');
    expect(shanghai.slice(0, 12)).toEqual(['gdp', '地区生产总值', 'region:上海市', '上海市', '2025', 'FULL_YEAR', '', '', 'ACTUAL', 'YOY_GROWTH', '2025年', '5.4']);
    expect(lines.length - 1).toBeGreaterThanOrEqual(28);
  });

  it.each([
    ['year=2025', 400, 'indicator'],
    ['indicator=gdp&year=abc', 400, 'year'],
    ['indicator=gdp&year=1800', 400, 'year'],
    ['indicator=gdp&status=DONE', 400, 'status'],
    ['indicator=gdp&part=H3', 400, 'part'],
    ['indicator=gdp&regionId=', 400, 'regionId'],
    ['indicator=gdp&colour=red', 400, 'colour'],
    ['indicator=no_such_indicator', 404, 'indicator'],
    [`indicator=gdp&regionId=${encodeURIComponent('region:不存在')}`, 404, 'regionId'],
  ])('answers ?%s with %d naming %s', async (query, status, parameter) => {
    const res = await get(query);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
  });

  it('prints a series query as CSV from the command line, one row per value', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-series-'));
    try {
      const file = path.join(dir, 'series.graphql');
      await fsp.writeFile(file, `{ indicator(id: "gdp") { id variants series(years: [2026], status: TARGET, measure: YOY_GROWTH) {
        totalCount nodes { region { name } year value valueMax unit source { report { id } start end text } } } } }`);
      const csv = await queryCli([file, '--format', 'csv', '--url', `${server.url}/graphql`]);
      const lines = csv.trimEnd().split('\n');
      expect(lines[0]).toBe('region.name,year,value,valueMax,unit,source.report.id,source.start,source.end,source.text');
      expect(lines.find((l) => l.startsWith('北京市,'))).toMatch(/^北京市,2026,5,,%,2026-北京市-government-work-report,\d+,\d+,/);
      expect(lines.length - 1).toBeGreaterThanOrEqual(28);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});
