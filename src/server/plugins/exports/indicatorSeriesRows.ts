import { toIndicatorValue } from '../../../api';
import type { IndicatorRow, SeriesFilter, Store } from '../../../store';

/** Columns of `/export/indicator-series.csv`, in order: one row per row of `Indicator.series`. */
export const SERIES_COLUMNS = [
  'indicator', 'indicatorName', 'regionId', 'region', 'year', 'part', 'months', 'plan', 'status', 'measure', 'period',
  'value', 'valueMax', 'unit', 'kind', 'qualifier', 'conflict', 'statements', 'metricId', 'report', 'start', 'end', 'text',
] as const;

export type SeriesRow = Record<(typeof SERIES_COLUMNS)[number], string | number | boolean | null>;

/**
 * An indicator's series as CSV rows, the rows of `Indicator.series` in its order: the value of one region, period,
 * status and measure, `conflict` when another row of the same region, period, status and measure differs,
 * `statements` how many report spans state it, and the first of them (report, offsets, text as written). Pages
 * through `read/indicatorSeries` `batch` rows at a time. Example row: `{ indicator: 'gdp', region: '上海市', year:
 * 2025, part: 'FULL_YEAR', status: 'ACTUAL', measure: 'YOY_GROWTH', value: 5.4, unit: '%', text: '增长5.4%', … }`.
 */
export async function* indicatorSeriesRows(store: Store, indicator: IndicatorRow, filter: SeriesFilter, batch: number): AsyncGenerator<SeriesRow> {
  for (let offset = 0; ; offset += batch) {
    const page = (await store.indicatorSeries([indicator.id], filter, { offset, first: batch })).get(indicator.id);
    const items = page?.items ?? [];
    for (const row of items) {
      const v = toIndicatorValue(row, indicator);
      yield {
        indicator: indicator.id,
        indicatorName: indicator.nameZh,
        regionId: v.region.id,
        region: String(v.region.name ?? v.region.id),
        year: v.year,
        part: v.part,
        months: v.months ? v.months.join('-') : null,
        plan: v.plan,
        status: v.status,
        measure: v.measure,
        period: v.period,
        value: v.value,
        valueMax: v.valueMax,
        unit: v.unit,
        kind: v.kind,
        qualifier: v.qualifier,
        conflict: v.conflict ? 'true' : 'false',
        statements: v.metrics.length,
        metricId: v.metric.id,
        report: v.source?.reportId ?? (typeof v.metric.reportId === 'string' ? v.metric.reportId : null),
        start: v.source?.start ?? null,
        end: v.source?.end ?? null,
        text: v.source?.text ?? null,
      };
    }
    if (!page || items.length < batch || offset + items.length >= page.total) return;
  }
}
