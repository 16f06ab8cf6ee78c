import { enumValues } from '../loadTypeDefs';
import type { KgContext } from '../context';
import { listArgs } from '../args/listArgs';
import {
  type ApiNode,
  type ConnArgs,
  batchedConnection,
  entitySources,
  enumValue,
  firstNeighbour,
  neighbourConnection,
  toApiNode,
} from './shared';

const POLICY_KINDS = enumValues('PolicyKind');
const AGENCY_KINDS = enumValues('AgencyKind');
const REGION_LEVELS = enumValues('RegionLevel');
const PROJECT_KINDS = enumValues('ProjectKind');
const PROJECT_STATUSES = enumValues('ProjectStatus');
const METRIC_KINDS = enumValues('MetricKind');

type Ctx = KgContext;
type First = { first?: number | null };

/** Fields every entity type shares. */
const entityFields = {
  sources: (n: ApiNode, args: First, ctx: Ctx) => entitySources(ctx, n, args.first),
  curated: (n: ApiNode) => n.curated === true,
};

export const Policy = {
  ...entityFields,
  kind: (n: ApiNode) => enumValue(POLICY_KINDS, n.kind, 'OTHER'),
  issuedBy: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['ISSUED_BY'], direction: 'OUT', label: 'Agency' }, args),
  approvedBy: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['APPROVED_BY'], direction: 'OUT', label: 'Agency' }, args),
  supports: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['SUPPORTS'], direction: 'OUT', label: null }, args),
  regions: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    batchedConnection(ctx, 'policyRegions', n.id, args, (ids, page) => ctx.store.policyRegions(ids, page)),
  reports: async (n: ApiNode, _: unknown, ctx: Ctx) => {
    const ids = Array.isArray(n.reportIds) ? (n.reportIds as string[]).slice(0, ctx.limits.maxPageSize) : [];
    const found = await ctx.nodes.loadMany(ids);
    return found.flatMap((r) => (r && !(r instanceof Error) ? [toApiNode(r)] : []));
  },
};

export const Agency = {
  ...entityFields,
  kind: (n: ApiNode) => enumValue(AGENCY_KINDS, n.kind, 'OTHER'),
  policies: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['ISSUED_BY', 'APPROVED_BY'], direction: 'IN', label: 'Policy' }, args),
  projects: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['IMPLEMENTS', 'APPROVED_BY'], direction: 'BOTH', label: 'Project' }, args),
  regions: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' }, args),
};

export const Region = {
  ...entityFields,
  level: (n: ApiNode) => enumValue(REGION_LEVELS, typeof n.level === 'string' ? n.level.toUpperCase() : n.level, 'OTHER'),
  parent: async (n: ApiNode, _: unknown, ctx: Ctx) => {
    // A region can be in several areas (a district in 渝西地区 and in 重庆市); the administrative parent named
    // by the gazetteer wins, then the nearest by name order.
    const conn = await neighbourConnection(ctx, n.id, { types: ['PART_OF'], direction: 'OUT', label: 'Region' }, { first: 20 });
    return conn.nodes.find((p) => p.name === n.parent) ?? conn.nodes[0] ?? null;
  },
  ancestors: async (n: ApiNode, _: unknown, ctx: Ctx) => {
    const found = await ctx.batch('ancestors', (ids) => ctx.store.regionAncestors(ids)).load(n.id);
    return (found ?? []).map(toApiNode);
  },
  children: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['PART_OF'], direction: 'IN', label: 'Region' }, args),
  projects: (n: ApiNode, args: ConnArgs & { includeSubregions?: boolean | null }, ctx: Ctx) => {
    const where = { includeSubregions: args.includeSubregions ?? true };
    return batchedConnection(ctx, `regionProjects:${JSON.stringify(where)}`, n.id, args, (ids, page) =>
      ctx.store.listPerRegion('Project', ids, { where, page }),
    );
  },
  policies: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    batchedConnection(ctx, 'regionPolicies', n.id, args, (ids, page) => ctx.store.listPerRegion('Policy', ids, { where: {}, page })),
  metrics: (n: ApiNode, args: ConnArgs & { where?: unknown; includeSubregions?: boolean | null }, ctx: Ctx) => {
    // The parent is the region: a regionId in `where` says nothing more.
    const where = { ...listArgs('Metric', args.where, []).where, includeSubregions: args.includeSubregions ?? false };
    return batchedConnection(ctx, `regionMetrics:${JSON.stringify(where)}`, n.id, args, (ids, page) =>
      ctx.store.listPerRegion('Metric', ids, { where, page }),
    );
  },
};

export const Project = {
  ...entityFields,
  kind: (n: ApiNode) => enumValue(PROJECT_KINDS, n.kind, 'OTHER'),
  status: (n: ApiNode) => enumValue(PROJECT_STATUSES, n.status, null),
  region: (n: ApiNode, _: unknown, ctx: Ctx) => firstNeighbour(ctx, n.id, { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' }),
  regions: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' }, args),
  supportedBy: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['SUPPORTS'], direction: 'IN', label: 'Policy' }, args),
  agencies: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['IMPLEMENTS', 'APPROVED_BY'], direction: 'BOTH', label: 'Agency' }, args),
  metrics: (n: ApiNode, args: ConnArgs, ctx: Ctx) =>
    neighbourConnection(ctx, n.id, { types: ['MEASURES'], direction: 'IN', label: 'Metric' }, args),
};

export const Metric = {
  ...entityFields,
  name: (n: ApiNode) => n.subject ?? n.name,
  subject: (n: ApiNode) => n.subject ?? n.name,
  kind: (n: ApiNode) => enumValue(METRIC_KINDS, n.kind, 'LEVEL'),
  region: (n: ApiNode, _: unknown, ctx: Ctx) => firstNeighbour(ctx, n.id, { types: ['MEASURES'], direction: 'OUT', label: 'Region' }),
  project: (n: ApiNode, _: unknown, ctx: Ctx) => firstNeighbour(ctx, n.id, { types: ['MEASURES'], direction: 'OUT', label: 'Project' }),
  report: async (n: ApiNode, _: unknown, ctx: Ctx) => {
    const r = await ctx.nodes.load(String(n.reportId));
    return r ? toApiNode(r) : null;
  },
};
