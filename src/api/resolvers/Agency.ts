import type { AgencyKind, AgencyResolvers } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { entityFields } from './entityFields';
import { enumValue } from './enumValue';
import { neighbourFields } from './neighbourConnection';
import { NEIGHBOUR_CONNECTIONS } from './neighbourSpecs';

const KINDS = enumValues<AgencyKind>('AgencyKind');

export const Agency: AgencyResolvers = {
  ...entityFields,
  kind: (n) => enumValue(KINDS, n.kind, 'OTHER'),
  ...neighbourFields(NEIGHBOUR_CONNECTIONS.Agency),
};
