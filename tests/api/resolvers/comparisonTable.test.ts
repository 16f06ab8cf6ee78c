import { comparisonTable } from '../../../src/api/resolvers/comparisonTable';
import { toIndicatorValue } from '../../../src/api/resolvers/toIndicatorValue';
import type { ComparisonFilter, ComparisonRowData, GraphNode, IndicatorRow, IndicatorValueRow, SourceRow } from '../../../src/store';

const indicator = (id: string, nameZh: string): IndicatorRow => ({ id, nameZh, nameEn: id, unitFamily: 'currency', variants: [nameZh], metricCount: 1 });
const GDP = indicator('gdp', '地区生产总值');
const CPI = indicator('cpi', '居民消费价格');
const region = (name: string): GraphNode => ({ id: `region:${name}`, label: 'Region', props: { id: `region:${name}`, name, level: 'province' } });
const source = (reportId: string, start: number, text: string): SourceRow => ({ reportId, passageId: `${reportId}:p1`, start, end: start + text.length, rule: 'metric.change', text, derived: false });

/** A value row as the store reads it: one metric, with its properties as MetricIndicatorRefiner sets them. */
function value(name: string, reportId: string, props: Record<string, unknown>, conflict = false): IndicatorValueRow {
  const metric: GraphNode = {
    id: `metric:${reportId}:${String(props.value)}`,
    label: 'Metric',
    props: { subject: '地区生产总值', unit: '%', kind: 'YOY_GROWTH', period: '2025年', periodYear: 2025, periodPart: 'FULL_YEAR', status: 'ACTUAL', reportId, ...props },
  };
  return { region: region(name), metrics: [metric], sources: [source(reportId, 474, `增长${String(props.value)}%`)], conflict };
}

describe('toIndicatorValue', () => {
  it('reads the period, status, measure and number of the first statement', () => {
    const v = toIndicatorValue(value('上海市', 'sh', { value: 5.4 }), GDP);
    expect(v).toMatchObject({
      indicator: GDP,
      year: 2025,
      part: 'FULL_YEAR',
      months: null,
      plan: null,
      status: 'ACTUAL',
      period: '2025年',
      measure: 'YOY_GROWTH',
      value: 5.4,
      valueMax: null,
      unit: '%',
      kind: 'YOY_GROWTH',
      qualifier: null,
      conflict: false,
    });
    expect(v.region).toMatchObject({ id: 'region:上海市', name: '上海市', __label: 'Region' });
    expect(v.metric.__label).toBe('Metric');
    expect(v.source?.text).toBe('增长5.4%');
  });

  it('gives a target the measure it targets, a range its high end, a part of the year its months', () => {
    const target = toIndicatorValue(value('广东省', 'gd', { value: 4.5, valueMax: 5, kind: 'TARGET', measure: 'YOY_GROWTH', status: 'TARGET', periodYear: 2026 }), GDP);
    expect(target).toMatchObject({ kind: 'TARGET', measure: 'YOY_GROWTH', status: 'TARGET', year: 2026, value: 4.5, valueMax: 5 });
    const h1 = toIndicatorValue(value('重庆市', 'cq', { value: 4.6, periodPart: 'H1', periodMonths: [1, 6], period: '2023年1—6月', periodYear: 2023 }), GDP);
    expect(h1).toMatchObject({ part: 'H1', months: [1, 6], year: 2023 });
    const plan = toIndicatorValue(value('上海市', 'sh', { value: 5.67, unit: '万亿元', kind: 'LEVEL', periodPart: 'PLAN_PERIOD', periodPlan: '十四五', periodYear: null }), GDP);
    expect(plan).toMatchObject({ part: 'PLAN_PERIOD', plan: '十四五', year: null, measure: 'LEVEL' });
  });

  it('falls back for stored values the schema lacks, as the other enums do', () => {
    expect(toIndicatorValue(value('上海市', 'sh', { value: 1, kind: 'ODD', status: 'ODD', periodPart: 'ODD' }), GDP)).toMatchObject({
      kind: 'LEVEL',
      measure: 'LEVEL',
      status: 'ACTUAL',
      part: 'FULL_YEAR',
    });
  });
});

describe('comparisonTable', () => {
  const filter: ComparisonFilter = { indicatorIds: ['gdp', 'cpi'], regionIds: null, year: 2025, part: 'FULL_YEAR', status: 'ACTUAL', measure: null };
  const rows: ComparisonRowData[] = [
    { region: region('上海市'), cells: [{ indicatorId: 'gdp', values: [value('上海市', 'stat', { value: 5.2 }, true), value('上海市', 'sh', { value: 5.4 }, true)] }] },
    { region: region('北京市'), cells: [{ indicatorId: 'cpi', values: [value('北京市', 'bj', { value: 0.1 })] }, { indicatorId: 'gdp', values: [value('北京市', 'bj', { value: 5.4 })] }] },
  ];

  it('gives every row one cell per indicator in the order asked, empty when there is no value, conflicts flagged', () => {
    const t = comparisonTable(filter, [GDP, CPI], null, { total: 5, offset: 2, items: rows }, { offset: 2, first: 2 });
    expect(t).toMatchObject({ year: 2025, part: 'FULL_YEAR', status: 'ACTUAL', measure: null, totalCount: 5 });
    expect(t.indicators.map((i) => i.id)).toEqual(['gdp', 'cpi']);
    expect(t.rows.map((r) => r.region.name)).toEqual(['上海市', '北京市']);
    expect(t.rows[0].cells.map((c) => [c.indicator.id, c.values.map((v) => v.value), c.conflict])).toEqual([
      ['gdp', [5.2, 5.4], true],
      ['cpi', [], false],
    ]);
    expect(t.rows[1].cells.map((c) => [c.indicator.id, c.values.map((v) => v.value), c.conflict])).toEqual([
      ['gdp', [5.4], false],
      ['cpi', [0.1], false],
    ]);
    expect(t.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: t.rows[0].cursor, endCursor: t.rows[1].cursor });
    expect(t.rows[0].cursor).not.toBe(t.rows[1].cursor);
  });

  it('with regions asked for, has exactly those rows in that order (paged here), empty ones included', () => {
    const asked = [region('北京市'), region('黔江区'), region('上海市')];
    const all = { total: 2, offset: 0, items: rows };
    const first = comparisonTable({ ...filter, regionIds: asked.map((r) => r.id) }, [GDP], asked, all, { offset: 0, first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.rows.map((r) => [r.region.name, r.cells[0].values.length])).toEqual([['北京市', 1], ['黔江区', 0]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = comparisonTable({ ...filter, regionIds: asked.map((r) => r.id) }, [GDP], asked, all, { offset: 2, first: 2 });
    expect(rest.rows.map((r) => [r.region.name, r.cells[0].values.length])).toEqual([['上海市', 2]]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});
