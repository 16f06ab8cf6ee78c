import type { EntityLabel } from '../../ingest';
import type { NeighbourSpec } from './neighbourConnection';

type Specs = Readonly<Record<string, NeighbourSpec & { label: EntityLabel | null }>>;

/**
 * Which neighbours each neighbour field lists, per type: the resolvers (neighbourFields, firstNeighbour) and the
 * translation of a selection into one statement (api/translate) read the same table.
 */
export const NEIGHBOUR_CONNECTIONS = {
  Policy: {
    issuedBy: { types: ['ISSUED_BY'], direction: 'OUT', label: 'Agency' },
    approvedBy: { types: ['APPROVED_BY'], direction: 'OUT', label: 'Agency' },
    supports: { types: ['SUPPORTS'], direction: 'OUT', label: null },
  },
  Agency: {
    policies: { types: ['ISSUED_BY', 'APPROVED_BY'], direction: 'IN', label: 'Policy' },
    projects: { types: ['IMPLEMENTS', 'APPROVED_BY'], direction: 'BOTH', label: 'Project' },
    regions: { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' },
  },
  Region: {
    children: { types: ['PART_OF'], direction: 'IN', label: 'Region' },
  },
  Project: {
    regions: { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' },
    supportedBy: { types: ['SUPPORTS'], direction: 'IN', label: 'Policy' },
    agencies: { types: ['IMPLEMENTS', 'APPROVED_BY'], direction: 'BOTH', label: 'Agency' },
    metrics: { types: ['MEASURES'], direction: 'IN', label: 'Metric' },
  },
  Metric: {},
} as const satisfies Record<EntityLabel, Specs>;

/** Fields that are the first neighbour of such a list (by name, then id), or null. */
export const FIRST_NEIGHBOURS = {
  Policy: {},
  Agency: {},
  Region: {},
  Project: { region: { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' } },
  Metric: {
    region: { types: ['MEASURES'], direction: 'OUT', label: 'Region' },
    project: { types: ['MEASURES'], direction: 'OUT', label: 'Project' },
  },
} as const satisfies Record<EntityLabel, Specs>;

/** Region.parent picks among the first page of these (see Region.ts). */
export const REGION_PARENTS = { types: ['PART_OF'], direction: 'OUT', label: 'Region' } as const satisfies NeighbourSpec;
