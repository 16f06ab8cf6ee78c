import type { ProjectKind, ProjectResolvers, ProjectStatus } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { entityFields } from './entityFields';
import { enumValue } from './enumValue';
import { firstNeighbour, neighbourFields } from './neighbourConnection';

const KINDS = enumValues<ProjectKind>('ProjectKind');
const STATUSES = enumValues<ProjectStatus>('ProjectStatus');

export const Project: ProjectResolvers = {
  ...entityFields,
  kind: (n) => enumValue(KINDS, n.kind, 'OTHER'),
  status: (n) => enumValue(STATUSES, n.status, null),
  region: (n, _, ctx) => firstNeighbour(ctx, n.id, { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' }),
  ...neighbourFields({
    regions: { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' },
    supportedBy: { types: ['SUPPORTS'], direction: 'IN', label: 'Policy' },
    agencies: { types: ['IMPLEMENTS', 'APPROVED_BY'], direction: 'BOTH', label: 'Agency' },
    metrics: { types: ['MEASURES'], direction: 'IN', label: 'Metric' },
  }),
};
