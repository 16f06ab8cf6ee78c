import type { MetricWhere, Store } from '../../../store';

/** Columns of `/export/metrics.csv`, in order. */
export const METRIC_COLUMNS = [
  'id', 'subject', 'value', 'valueMax', 'unit', 'kind', 'period', 'region', 'regionId', 'report', 'start', 'end', 'text',
] as const;

export type MetricRow = Record<(typeof METRIC_COLUMNS)[number], string | number | null>;

const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The metrics that match a validated filter, as CSV rows: the metric's own fields, the region it MEASURES and
 * its first source (report offsets and the text as written). Pages through `read/metrics` `batch` rows at a
 * time (three round trips per page), so memory holds one page whatever the graph size.
 * Example row: `{ subject: '地区生产总值', value: 4.6, unit: '%', kind: 'YOY_GROWTH', region: '重庆市', … }`.
 */
export async function* metricRows(store: Store, where: MetricWhere, batch: number): AsyncGenerator<MetricRow> {
  for (let offset = 0; ; offset += batch) {
    const page = await store.list('Metric', { where, page: { offset, first: batch } });
    const items = page.items;
    if (items.length === 0) return;
    const ids = items.map((m) => m.id);
    const [sources, regions] = await Promise.all([
      store.entitySources(ids, 1),
      store.neighbours(ids, { types: ['MEASURES'], direction: 'OUT', label: 'Region' }, { offset: 0, first: 1 }),
    ]);
    for (const m of items) {
      const p = m.props;
      const source = sources.get(m.id)?.[0];
      const region = regions.get(m.id)?.items[0];
      yield {
        id: m.id,
        subject: str(p.subject ?? p.name),
        value: num(p.value),
        valueMax: num(p.valueMax),
        unit: str(p.unit),
        kind: str(p.kind),
        period: str(p.period),
        region: str(region?.props.name),
        regionId: region?.id ?? null,
        report: str(source?.reportId ?? p.reportId),
        start: source?.start ?? num(p.start),
        end: source?.end ?? num(p.end),
        text: source?.text ?? str(p.valueText),
      };
    }
    if (items.length < batch || offset + items.length >= page.total) return;
  }
}
