import type { KgContext } from '../context';
import type { MetricKind, PeriodPart, PeriodStatus } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { enumValue } from './enumValue';
import { indicatorLoader } from './requireIndicators';
import type { ApiNode } from './toApiNode';

const PARTS = enumValues<PeriodPart>('PeriodPart');
const STATUSES = enumValues<PeriodStatus>('PeriodStatus');
const KINDS = enumValues<MetricKind>('MetricKind');

/**
 * The fields of Metric that comparisons need: its catalogue indicator (through the request's indicator loader, one
 * round trip per level) and its period as data (MetricIndicatorRefiner). A curated metric has none of them but
 * `measure`, which is its kind.
 */
export const metricIndicatorFields = {
  indicator: async (n: ApiNode, _args: unknown, ctx: KgContext) =>
    typeof n.indicator === 'string' ? ((await indicatorLoader(ctx).load(n.indicator)) ?? null) : null,
  periodYear: (n: ApiNode) => (typeof n.periodYear === 'number' ? n.periodYear : null),
  periodPart: (n: ApiNode) => enumValue(PARTS, n.periodPart, null),
  periodMonths: (n: ApiNode) => (Array.isArray(n.periodMonths) ? n.periodMonths.map(Number) : null),
  periodPlan: (n: ApiNode) => (typeof n.periodPlan === 'string' ? n.periodPlan : null),
  status: (n: ApiNode) => enumValue(STATUSES, n.status, null),
  measure: (n: ApiNode) => enumValue(KINDS, n.measure ?? n.kind, 'LEVEL'),
};
