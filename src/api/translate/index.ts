/**
 * GraphQL selection → one statement per root field (Query.policies … and Query.node): the root resolver walks its
 * selection into a plan (selectionPlan.ts), the store composes and runs one Cypher statement for it
 * (store/compose), and each nested resolver reads its part from its parent (prefetched.ts) instead of a
 * DataLoader round trip. A field the plan leaves out (one with invalid arguments, or not translatable) is
 * resolved as before.
 */
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { EntityLabels } from '../../ingest';
import type { ListLabel } from '../../store';
import { listArgs } from '../args/listArgs';
import { encodeKeysetCursor, pageArgs, toConnection } from '../args/pagination';
import type { KgContext } from '../context';
import { toApiNode, type ApiNode } from '../resolvers/toApiNode';
import { connectionPlan, nodePlan } from './selectionPlan';

export { prefetched } from './prefetched';
export { connectionPlan, nodePlan, type Walk } from './selectionPlan';

type ListArgs = { where?: unknown; orderBy?: unknown; first?: number | null; after?: string | null };

/** A root list field (Query.policies …) and its whole selection in one statement, with keyset cursors. */
export async function listField(label: ListLabel, args: ListArgs, ctx: KgContext, info: GraphQLResolveInfo) {
  const { where, orderBy } = listArgs(label, args.where, args.orderBy);
  const page = pageArgs(args, ctx.limits.maxPageSize);
  const walk = { info, maxPageSize: ctx.limits.maxPageSize };
  const { total, node } = connectionPlan(walk, getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes, [label]);
  const result = await ctx.store.listTree({ label, where, orderBy, page, total, node });
  return toConnection(result, toApiNode, page.offset, (i) => encodeKeysetCursor(page.offset + i, { order: result.order, keys: result.keys[i] }));
}

/**
 * Query.node: when the selection nests fields of an entity type, the entity and those fields in one statement;
 * otherwise (or for a report or passage id) through the request's node loader, as before.
 */
export async function nodeField(id: string, ctx: KgContext, info: GraphQLResolveInfo): Promise<ApiNode | null> {
  const plan = nodePlan({ info, maxPageSize: ctx.limits.maxPageSize }, info.fieldNodes, EntityLabels);
  if (Object.keys(plan).length > 0) {
    const found = await ctx.store.nodeTree({ id, node: plan });
    if (found) return toApiNode(found);
  }
  const n = await ctx.nodes.load(id);
  return n ? toApiNode(n) : null;
}
