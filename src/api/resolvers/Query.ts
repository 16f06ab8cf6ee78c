import { pageSize } from '../args/pagination';
import { badInput } from '../errors';
import { escapeLucene } from '../escapeLucene';
import type { QueryResolvers } from '../generated/graphql';
import { DEFAULT_NEIGHBOURHOOD_SIZE, DEFAULT_REPORTS, LINK_HOPS, MAX_FILTER_TEXT_LENGTH, NEIGHBOURHOOD_DEPTH, PATH_HOPS } from '../limits';
import { listField, nodeField } from '../translate';
import { NODE_TYPES } from './Node';
import { toApiNode, toApiPath } from './toApiNode';

/** Search finds any node the API can return. */
const SEARCHABLE_LABELS: readonly string[] = NODE_TYPES;

function hops(value: number | null | undefined, bound: { default: number; max: number }, field: string): number {
  const n = value ?? bound.default;
  const max = bound.max;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`"${field}" must be an integer from 1 to ${max}.`, field);
  return n;
}

/** A `minConfidence` argument: 0 (every relationship) through 1; anything else is BAD_USER_INPUT. */
function confidence(value: number | null | undefined): number {
  const c = value ?? 0;
  if (!Number.isFinite(c) || c < 0 || c > 1) throw badInput('"minConfidence" must be a number from 0 to 1.', 'minConfidence');
  return c;
}

export const Query: QueryResolvers = {
  node: (_, args, ctx, info) => nodeField(args.id, ctx, info),

  search: async (_, args, ctx) => {
    const q = args.query.trim();
    if (q.length === 0) throw badInput('"query" must not be empty.', 'query');
    if (q.length > MAX_FILTER_TEXT_LENGTH) throw badInput(`"query" is longer than ${MAX_FILTER_TEXT_LENGTH} characters.`, 'query');
    const unknown = (args.labels ?? []).filter((l) => !SEARCHABLE_LABELS.includes(l));
    if (unknown.length) throw badInput(`"labels" has unknown labels: ${unknown.join(', ')}. Use ${SEARCHABLE_LABELS.join(', ')}.`, 'labels');
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const hits = await ctx.store.search(escapeLucene(q), args.labels ?? null, first);
    return hits.map((h) => ({ node: toApiNode(h.node), score: h.score }));
  },

  // One statement per root list with everything its selection nests (api/translate).
  policies: (_, args, ctx, info) => listField('Policy', args, ctx, info),
  agencies: (_, args, ctx, info) => listField('Agency', args, ctx, info),
  regions: (_, args, ctx, info) => listField('Region', args, ctx, info),
  projects: (_, args, ctx, info) => listField('Project', args, ctx, info),
  metrics: (_, args, ctx, info) => listField('Metric', args, ctx, info),

  reports: async (_, args, ctx) => (await ctx.store.reports(pageSize(args.first, ctx.limits.maxPageSize, DEFAULT_REPORTS))).map(toApiNode),

  policyRegionLinks: async (_, args, ctx) => {
    const { policyId, regionId } = args;
    if (!policyId && !regionId) throw badInput('Give "policyId", "regionId" or both.', 'policyId');
    const rows = await ctx.store.policyRegionLinks({
      policyId: policyId ?? null,
      regionId: regionId ?? null,
      maxHops: hops(args.maxHops, LINK_HOPS, 'maxHops'),
      first: pageSize(args.first, ctx.limits.maxPageSize),
      minConfidence: confidence(args.minConfidence),
    });
    // Only an empty answer needs the second look: no links, or an id that does not exist?
    if (rows.length === 0) {
      await ctx.store.requireNodes([
        ...(policyId ? [{ id: policyId, label: 'Policy' } as const] : []),
        ...(regionId ? [{ id: regionId, label: 'Region' } as const] : []),
      ]);
    }
    return rows.map((row) => {
      const path = toApiPath(row);
      return { policy: path.nodes[0], region: path.nodes[path.nodes.length - 1], path, length: row.length };
    });
  },

  path: async (_, args, ctx) => {
    const maxHops = hops(args.maxHops, PATH_HOPS, 'maxHops');
    const [from] = await ctx.store.requireNodes([{ id: args.from, label: null }, { id: args.to, label: null }]);
    if (args.from === args.to) return { nodes: [toApiNode(from)], relationships: [], length: 0 };
    const row = await ctx.store.shortestPath({ from: args.from, to: args.to, maxHops });
    return row ? toApiPath(row) : null;
  },

  neighborhood: async (_, args, ctx) => {
    const depth = hops(args.depth, NEIGHBOURHOOD_DEPTH, 'depth');
    const first = pageSize(args.first, ctx.limits.maxPageSize, DEFAULT_NEIGHBOURHOOD_SIZE);
    const sub = await ctx.store.neighbourhood(args.id, { depth, types: args.relationshipTypes ?? null, first, minConfidence: confidence(args.minConfidence) });
    return { nodes: sub.nodes.map(toApiNode), relationships: sub.rels, truncated: sub.truncated };
  },

  stats: async (_, __, ctx) => {
    const s = await ctx.store.stats();
    return { ...s, reports: s.nodes.find((n) => n.label === 'Report')?.count ?? 0 };
  },
};
