import type { PolicyKind, PolicyResolvers } from '../generated/graphql';
import { enumValues } from '../loadTypeDefs';
import { batchedConnection } from './batchedConnection';
import { entityFields } from './entityFields';
import { enumValue } from './enumValue';
import { neighbourFields } from './neighbourConnection';
import { NEIGHBOUR_CONNECTIONS } from './neighbourSpecs';
import { toApiNode } from './toApiNode';

const KINDS = enumValues<PolicyKind>('PolicyKind');

export const Policy: PolicyResolvers = {
  ...entityFields,
  kind: (n) => enumValue(KINDS, n.kind, 'OTHER'),
  ...neighbourFields(NEIGHBOUR_CONNECTIONS.Policy),
  regions: (n, args, ctx, info) =>
    batchedConnection(ctx, 'policyRegions', n.id, args, (ids, page) => ctx.store.policyRegions(ids, page), { parent: n, info }),
  reports: async (n, _, ctx) => {
    const ids = Array.isArray(n.reportIds) ? (n.reportIds as string[]).slice(0, ctx.limits.maxPageSize) : [];
    const found = await ctx.nodes.loadMany(ids);
    return found.flatMap((r) => (r && !(r instanceof Error) ? [toApiNode(r)] : []));
  },
};
