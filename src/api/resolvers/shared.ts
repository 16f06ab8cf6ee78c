import type { GraphNode, Page, PageArgs, SourceRow } from '../../store';
import { pageArgs, toConnection, type Connection } from '../args/pagination';
import type { KgContext } from '../context';

/** What resolvers hand around: a node's properties flattened, plus its label for __resolveType. */
export type ApiNode = Record<string, unknown> & { id: string; __label: string };

export function toApiNode(n: GraphNode): ApiNode {
  return { ...n.props, id: n.id, __label: n.label };
}

export type ConnArgs = { first?: number | null; after?: string | null };

type Direction = 'OUT' | 'IN' | 'BOTH';

/**
 * A neighbour connection (Policy.issuedBy, Region.children …): batched per (types, direction, label, page)
 * so all parents of one level share one round trip.
 */
export async function neighbourConnection(
  ctx: KgContext,
  parentId: string,
  spec: { types: string[]; direction: Direction; label: string | null },
  args: ConnArgs,
): Promise<Connection<ApiNode>> {
  const page = pageArgs(args, ctx.limits.maxPageSize);
  const key = `neighbours:${JSON.stringify([spec, page])}`;
  const result = await ctx.batch(key, (ids) => ctx.store.neighbours(ids, spec, page)).load(parentId);
  return toConnection(result, toApiNode, page.offset);
}

/** The first neighbour (Project.region, Metric.region …), or null. */
export async function firstNeighbour(
  ctx: KgContext,
  parentId: string,
  spec: { types: string[]; direction: Direction; label: string | null },
): Promise<ApiNode | null> {
  const conn = await neighbourConnection(ctx, parentId, spec, { first: 1 });
  return conn.nodes[0] ?? null;
}

/** Runs a batched page loader for this parent and shapes a connection. */
export async function batchedConnection(
  ctx: KgContext,
  key: string,
  parentId: string,
  args: ConnArgs,
  load: (ids: readonly string[], page: PageArgs) => Promise<Map<string, Page<GraphNode>>>,
): Promise<Connection<ApiNode>> {
  const page = pageArgs(args, ctx.limits.maxPageSize);
  const result = await ctx.batch(`${key}:${JSON.stringify(page)}`, (ids) => load(ids, page)).load(parentId);
  return toConnection(result, toApiNode, page.offset);
}

/** A Source as the schema shapes it; `report` and `passage` resolve lazily through the node loader. */
export interface ApiSource extends SourceRow {}

/** Sources of entities: their MENTIONED_IN spans, then any evidence a curator attached. */
export async function entitySources(ctx: KgContext, node: ApiNode, first: number | null | undefined): Promise<ApiSource[]> {
  const n = Math.min(first ?? 20, ctx.limits.maxPageSize);
  return (await ctx.batch(`sources:${n}`, (ids) => ctx.store.entitySources(ids, n)).load(node.id)) ?? [];
}

/** Maps a stored enum value to the schema's enum, falling back when extraction produced a value the API lacks. */
export function enumValue(allowed: readonly string[], value: unknown, fallback: string | null): string | null {
  return typeof value === 'string' && allowed.includes(value) ? value : fallback;
}
