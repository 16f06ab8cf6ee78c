import type { MetricKind, MetricResolvers } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { entityFields } from './entityFields';
import { enumValue } from './enumValue';
import { firstNeighbour } from './neighbourConnection';
import { FIRST_NEIGHBOURS } from './neighbourSpecs';
import { requireLoaded } from './requireLoaded';

const KINDS = enumValues<MetricKind>('MetricKind');

export const Metric: MetricResolvers = {
  ...entityFields,
  name: (n) => String(n.subject ?? n.name),
  subject: (n) => String(n.subject ?? n.name),
  kind: (n) => enumValue(KINDS, n.kind, 'LEVEL'),
  region: (n, _, ctx, info) => firstNeighbour(ctx, n, FIRST_NEIGHBOURS.Metric.region, info),
  project: (n, _, ctx, info) => firstNeighbour(ctx, n, FIRST_NEIGHBOURS.Metric.project, info),
  report: (n, _, ctx) => requireLoaded(ctx, 'report', String(n.reportId)),
};
