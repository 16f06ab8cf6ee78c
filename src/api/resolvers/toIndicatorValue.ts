import type { IndicatorRow, IndicatorValueRow, SourceRow } from '../../store';
import type { MetricKind, PeriodPart, PeriodStatus } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { enumValue } from './enumValue';
import { toApiNode, type ApiNode } from './toApiNode';

const PARTS = enumValues<PeriodPart>('PeriodPart');
const STATUSES = enumValues<PeriodStatus>('PeriodStatus');
const KINDS = enumValues<MetricKind>('MetricKind');

/** An IndicatorValue as its type's fields read it: plain data, the region and metrics as ApiNodes. */
export interface ApiIndicatorValue {
  indicator: IndicatorRow;
  region: ApiNode;
  year: number | null;
  part: PeriodPart;
  months: number[] | null;
  plan: string | null;
  status: PeriodStatus;
  period: string | null;
  measure: MetricKind;
  value: number;
  valueMax: number | null;
  unit: string;
  kind: MetricKind;
  qualifier: string | null;
  conflict: boolean;
  metric: ApiNode;
  metrics: ApiNode[];
  source: SourceRow | null;
  sources: SourceRow[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * A value row of the store (its statements, region, sources, conflict flag) as the API shows it: the period, status,
 * measure and number of its first statement. A stored enum the schema lacks falls back (part FULL_YEAR, status
 * ACTUAL, kind LEVEL), as elsewhere. Example: 2026 上海市's 全市生产总值…增长5.4% → `{ year: 2025, part: 'FULL_YEAR',
 * status: 'ACTUAL', measure: 'YOY_GROWTH', value: 5.4, unit: '%', … }`.
 */
export function toIndicatorValue(row: IndicatorValueRow, indicator: IndicatorRow): ApiIndicatorValue {
  const metrics = row.metrics.map(toApiNode);
  const m = metrics[0];
  const kind = enumValue(KINDS, m.kind, 'LEVEL');
  return {
    indicator,
    region: toApiNode(row.region),
    year: num(m.periodYear),
    part: enumValue(PARTS, m.periodPart, 'FULL_YEAR'),
    months: Array.isArray(m.periodMonths) ? m.periodMonths.map(Number) : null,
    plan: str(m.periodPlan),
    status: enumValue(STATUSES, m.status, 'ACTUAL'),
    period: str(m.period),
    measure: enumValue(KINDS, m.measure, kind),
    value: num(m.value) ?? 0,
    valueMax: num(m.valueMax),
    unit: str(m.unit) ?? '',
    kind,
    qualifier: str(m.qualifier),
    conflict: row.conflict,
    metric: m,
    metrics,
    source: row.sources[0] ?? null,
    sources: row.sources,
  };
}
