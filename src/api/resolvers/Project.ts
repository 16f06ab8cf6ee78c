import type { ProjectKind, ProjectResolvers, ProjectStatus } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { entityFields } from './entityFields';
import { enumValue } from './enumValue';
import { firstNeighbour, neighbourFields } from './neighbourConnection';
import { FIRST_NEIGHBOURS, NEIGHBOUR_CONNECTIONS } from './neighbourSpecs';

const KINDS = enumValues<ProjectKind>('ProjectKind');
const STATUSES = enumValues<ProjectStatus>('ProjectStatus');

export const Project: ProjectResolvers = {
  ...entityFields,
  kind: (n) => enumValue(KINDS, n.kind, 'OTHER'),
  status: (n) => enumValue(STATUSES, n.status, null),
  region: (n, _, ctx, info) => firstNeighbour(ctx, n, FIRST_NEIGHBOURS.Project.region, info),
  ...neighbourFields(NEIGHBOUR_CONNECTIONS.Project),
};
