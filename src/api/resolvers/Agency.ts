import type { AgencyKind, AgencyResolvers } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { entityFields } from './entityFields';
import { enumValue } from './enumValue';
import { neighbourFields } from './neighbourConnection';

const KINDS = enumValues<AgencyKind>('AgencyKind');

export const Agency: AgencyResolvers = {
  ...entityFields,
  kind: (n) => enumValue(KINDS, n.kind, 'OTHER'),
  ...neighbourFields({
    policies: { types: ['ISSUED_BY', 'APPROVED_BY'], direction: 'IN', label: 'Policy' },
    projects: { types: ['IMPLEMENTS', 'APPROVED_BY'], direction: 'BOTH', label: 'Project' },
    regions: { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' },
  }),
};
