import type { NeighbourRel } from '../../store';
import { pageArgs, toConnection, type Connection } from '../args/pagination';
import type { KgContext } from '../context';
import type { GraphQLResolveInfo } from 'graphql';
import { prefetched } from '../translate/prefetched';
import { toApiNode, type ApiNode } from './toApiNode';

/** Which neighbours a field lists: over these relationship types, in this direction seen from the parent, of this label. */
export type NeighbourSpec = NeighbourRel;

export type ConnArgs = { first?: number | null; after?: string | null };

/**
 * A neighbour connection (Policy.issuedBy, Region.children …): batched per (types, direction, label, page)
 * so all parents of one level share one round trip.
 */
export async function neighbourConnection(
  ctx: KgContext,
  parentId: string,
  spec: NeighbourSpec,
  args: ConnArgs,
  pre?: { parent: ApiNode; info: GraphQLResolveInfo | undefined },
): Promise<Connection<ApiNode>> {
  const page = pageArgs(args, ctx.limits.maxPageSize);
  const fetched = pre && prefetched(pre.parent, pre.info, 'page');
  if (fetched) return toConnection(fetched.page, toApiNode, page.offset);
  const key = `neighbours:${JSON.stringify([spec, page])}`;
  const result = await ctx.batch(key, (ids) => ctx.store.neighbours(ids, spec, page)).load(parentId);
  return toConnection(result, toApiNode, page.offset);
}

/** The first neighbour (Project.region, Metric.region …), or null. */
export async function firstNeighbour(ctx: KgContext, parent: ApiNode, spec: NeighbourSpec, info?: GraphQLResolveInfo): Promise<ApiNode | null> {
  const conn = await neighbourConnection(ctx, parent.id, spec, { first: 1 }, { parent, info });
  return conn.nodes[0] ?? null;
}

/**
 * Connection fields that list a node's neighbours, from a table of their specs:
 * `neighbourFields({ regions: { types: ['LOCATED_IN'], direction: 'OUT', label: 'Region' } })`.
 */
export function neighbourFields<F extends string>(specs: Record<F, NeighbourSpec>) {
  const entries = Object.entries<NeighbourSpec>(specs).map(([field, spec]) => [
    field,
    (n: ApiNode, args: ConnArgs, ctx: KgContext, info?: GraphQLResolveInfo) => neighbourConnection(ctx, n.id, spec, args, { parent: n, info }),
  ]);
  return Object.fromEntries(entries) as Record<
    F,
    (n: ApiNode, args: ConnArgs, ctx: KgContext, info?: GraphQLResolveInfo) => Promise<Connection<ApiNode>>
  >;
}
