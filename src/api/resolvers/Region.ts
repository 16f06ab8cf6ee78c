import type { RegionLevel, RegionResolvers } from '../generated/graphql';
import { listArgs } from '../args/listArgs';
import { enumValues } from '../loadTypeDefs';
import { batchedConnection } from './batchedConnection';
import { entityFields } from './entityFields';
import { enumValue } from './enumValue';
import { neighbourConnection, neighbourFields } from './neighbourConnection';
import { NEIGHBOUR_CONNECTIONS, REGION_PARENTS } from './neighbourSpecs';
import { prefetched } from '../translate/prefetched';
import { toApiNode } from './toApiNode';

const LEVELS = enumValues<RegionLevel>('RegionLevel');

export const Region: RegionResolvers = {
  ...entityFields,
  level: (n) => enumValue(LEVELS, typeof n.level === 'string' ? n.level.toUpperCase() : n.level, 'OTHER'),
  parent: async (n, _, ctx, info) => {
    // A region can be in several areas (a district in 渝西地区 and in 重庆市); the administrative parent named
    // by the gazetteer wins, then the nearest by name order.
    const conn = await neighbourConnection(ctx, n.id, REGION_PARENTS, {}, { parent: n, info });
    return conn.nodes.find((p) => p.name === n.parent) ?? conn.nodes[0] ?? null;
  },
  ancestors: async (n, _, ctx, info) => {
    const fetched = prefetched(n, info, 'nodes');
    if (fetched) return fetched.nodes.map(toApiNode);
    const found = await ctx.batch('ancestors', (ids) => ctx.store.regionAncestors(ids)).load(n.id);
    return (found ?? []).map(toApiNode);
  },
  ...neighbourFields(NEIGHBOUR_CONNECTIONS.Region),
  projects: (n, args, ctx, info) => {
    const where = { includeSubregions: args.includeSubregions ?? true };
    return batchedConnection(ctx, `regionProjects:${JSON.stringify(where)}`, n.id, args, (ids, page) =>
      ctx.store.listPerRegion('Project', ids, { where, page }),
    { parent: n, info });
  },
  policies: (n, args, ctx, info) =>
    batchedConnection(ctx, 'regionPolicies', n.id, args, (ids, page) => ctx.store.listPerRegion('Policy', ids, { where: {}, page }), {
      parent: n,
      info,
    }),
  metrics: (n, args, ctx, info) => {
    // The parent is the region: a regionId in `where` says nothing more.
    const where = { ...listArgs('Metric', args.where, []).where, includeSubregions: args.includeSubregions ?? false };
    return batchedConnection(ctx, `regionMetrics:${JSON.stringify(where)}`, n.id, args, (ids, page) =>
      ctx.store.listPerRegion('Metric', ids, { where, page }),
    { parent: n, info });
  },
};
