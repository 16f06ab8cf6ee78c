import type { ListLabel } from '../../store';
import type { KgContext } from '../context';
import { listArgs } from '../args/listArgs';
import { pageArgs, pageSize, toConnection } from '../args/pagination';
import { badInput } from '../errors';
import { escapeLucene } from '../escapeLucene';
import { toApiPath } from './graph';
import { type ApiNode, type ConnArgs, toApiNode } from './shared';

type Ctx = KgContext;
type ListArgs = ConnArgs & { where?: unknown; orderBy?: unknown };

const SEARCHABLE_LABELS = ['Policy', 'Agency', 'Region', 'Project', 'Metric', 'Report', 'Passage'];
const ENTITY_REL_TYPES = ['SUPPORTS', 'LOCATED_IN', 'ISSUED_BY', 'APPROVED_BY', 'MEASURES', 'PART_OF', 'IMPLEMENTS'];
const MAX_LINK_HOPS = 4;
const MAX_PATH_HOPS = 6;
const MAX_DEPTH = 3;

function hops(value: number | null | undefined, fallback: number, max: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`"${field}" must be an integer from 1 to ${max}.`, field);
  return n;
}

async function list(label: ListLabel, args: ListArgs, ctx: Ctx) {
  const { where, orderBy } = listArgs(label, args.where, args.orderBy);
  const page = pageArgs(args, ctx.limits.maxPageSize);
  return toConnection(await ctx.store.list(label, { where, orderBy, page }), toApiNode, page.offset);
}

export const Query = {
  node: async (_: unknown, args: { id: string }, ctx: Ctx) => {
    const n = await ctx.nodes.load(args.id);
    return n ? toApiNode(n) : null;
  },

  search: async (_: unknown, args: { query: string; labels?: string[] | null; first?: number | null }, ctx: Ctx) => {
    const q = args.query.trim();
    if (q.length === 0) throw badInput('"query" must not be empty.', 'query');
    if (q.length > 200) throw badInput('"query" is longer than 200 characters.', 'query');
    const unknown = (args.labels ?? []).filter((l) => !SEARCHABLE_LABELS.includes(l));
    if (unknown.length) throw badInput(`"labels" has unknown labels: ${unknown.join(', ')}. Use ${SEARCHABLE_LABELS.join(', ')}.`, 'labels');
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const hits = await ctx.store.search(escapeLucene(q), args.labels ?? null, first);
    return hits.map((h) => ({ node: toApiNode(h.node), score: h.score }));
  },

  policies: (_: unknown, args: ListArgs, ctx: Ctx) => list('Policy', args, ctx),
  agencies: (_: unknown, args: ListArgs, ctx: Ctx) => list('Agency', args, ctx),
  regions: (_: unknown, args: ListArgs, ctx: Ctx) => list('Region', args, ctx),
  projects: (_: unknown, args: ListArgs, ctx: Ctx) => list('Project', args, ctx),
  metrics: (_: unknown, args: ListArgs, ctx: Ctx) => list('Metric', args, ctx),

  reports: async (_: unknown, args: { first?: number | null }, ctx: Ctx) =>
    (await ctx.store.reports(pageSize(args.first, ctx.limits.maxPageSize, 100))).map(toApiNode),

  policyRegionLinks: async (
    _: unknown,
    args: { policyId?: string | null; regionId?: string | null; maxHops?: number | null; first?: number | null },
    ctx: Ctx,
  ) => {
    if (!args.policyId && !args.regionId) throw badInput('Give "policyId", "regionId" or both.', 'policyId');
    const rows = await ctx.store.policyRegionLinks(
      {
        policyId: args.policyId ?? null,
        regionId: args.regionId ?? null,
        maxHops: hops(args.maxHops, 3, MAX_LINK_HOPS, 'maxHops'),
        first: pageSize(args.first, ctx.limits.maxPageSize),
      },
    );
    // Only an empty answer needs the second look: no links, or an id that does not exist?
    if (rows.length === 0) {
      const ends = [args.policyId && { id: args.policyId, label: 'Policy' }, args.regionId && { id: args.regionId, label: 'Region' }];
      await ctx.store.requireNodes(ends.filter((e) => !!e));
    }
    return rows.map((row) => {
      const path = toApiPath(row);
      return { policy: path.nodes[0], region: path.nodes.at(-1), path, length: row.length };
    });
  },

  path: async (_: unknown, args: { from: string; to: string; maxHops?: number | null }, ctx: Ctx) => {
    const maxHops = hops(args.maxHops, 4, MAX_PATH_HOPS, 'maxHops');
    const [from] = await ctx.store.requireNodes([{ id: args.from, label: null }, { id: args.to, label: null }]);
    if (args.from === args.to) return { nodes: [toApiNode(from)], relationships: [], length: 0 };
    const row = await ctx.store.shortestPath({ from: args.from, to: args.to, maxHops });
    return row ? toApiPath(row) : null;
  },

  /** Breadth-first, one round trip per depth level, never more than `first` nodes. */
  neighborhood: async (
    _: unknown,
    args: { id: string; depth?: number | null; relationshipTypes?: string[] | null; first?: number | null },
    ctx: Ctx,
  ) => {
    const depth = hops(args.depth, 1, MAX_DEPTH, 'depth');
    const first = pageSize(args.first, ctx.limits.maxPageSize, 50);
    const types = args.relationshipTypes ?? null;
    const unknown = (types ?? []).filter((t) => !ENTITY_REL_TYPES.includes(t));
    if (unknown.length) throw badInput(`"relationshipTypes" has unknown types: ${unknown.join(', ')}.`, 'relationshipTypes');
    const [root] = (await ctx.store.requireNodes([{ id: args.id, label: null }])).map(toApiNode);
    const nodes = new Map<string, ApiNode>([[root.id, root]]);
    const rels = new Map<string, { type: string; from: string; to: string; evidence: string[]; curated: boolean }>();
    let frontier = [root.id];
    let truncated = false;
    for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
      const step = await ctx.store.expand(frontier, types, first * 4 + 1);
      const next: string[] = [];
      for (const { rel, node } of step) {
        if (!nodes.has(node.id)) {
          if (nodes.size >= first) {
            truncated = true;
            continue;
          }
          nodes.set(node.id, toApiNode(node));
          next.push(node.id);
        }
        rels.set(`${rel.from}|${rel.type}|${rel.to}`, rel);
      }
      if (step.length > first * 4) truncated = true;
      frontier = next;
    }
    const kept = [...rels.values()].filter((r) => nodes.has(r.from) && nodes.has(r.to));
    return { nodes: [...nodes.values()], relationships: kept, truncated };
  },

  stats: async (_: unknown, __: unknown, ctx: Ctx) => {
    const s = await ctx.store.stats();
    return { ...s, reports: s.nodes.find((n) => n.label === 'Report')?.count ?? 0 };
  },
};
