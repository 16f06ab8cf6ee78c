/**
 * GraphQL selection → one statement per root field (Query.policies … and Query.node): the root resolver walks its
 * selection into a plan (selectionPlan.ts), the store composes and runs one Cypher statement for it
 * (store/compose), and each nested resolver reads its part from its parent (prefetched.ts) instead of a
 * DataLoader round trip. A field the plan leaves out (one with invalid arguments, or not translatable) is
 * resolved as before.
 */
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { EntityLabels } from '../../ingest';
import type { ListLabel, ListPlan, NodeByIdPlan } from '../../store';
import { listArgs } from '../args/listArgs';
import { encodeKeysetCursor, pageArgs, toConnection } from '../args/pagination';
import type { KgContext } from '../context';
import { toApiNode, type ApiNode } from '../resolvers/toApiNode';
import { connectionPlan, nodePlan } from './selectionPlan';

export { prefetched } from './prefetched';
export { connectionPlan, nodePlan, type Walk } from './selectionPlan';

type ListArgs = { where?: unknown; orderBy?: unknown; first?: number | null; after?: string | null };

/** The parts of a root field's resolve info a plan is built from. */
export type RootInfo = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes' | 'returnType'>;

/**
 * The plan of a root list field: its arguments validated as before (BAD_USER_INPUT for a bad `where`, `orderBy`,
 * `first` or `after`), and what its selection nests.
 */
export function listPlan(label: ListLabel, args: ListArgs, maxPageSize: number, info: RootInfo): ListPlan {
  const { where, orderBy } = listArgs(label, args.where, args.orderBy);
  const page = pageArgs(args, maxPageSize);
  const { total, node } = connectionPlan({ info, maxPageSize }, getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes, [label]);
  return { label, where, orderBy, page, total, node };
}

/** The plan of Query.node: what its selection nests for each entity type. */
export function nodeByIdPlan(id: string, maxPageSize: number, info: RootInfo): NodeByIdPlan {
  return { id, node: nodePlan({ info, maxPageSize }, info.fieldNodes, EntityLabels) };
}

/** A root list field (Query.policies …) and its whole selection in one statement, with keyset cursors. */
export async function listField(label: ListLabel, args: ListArgs, ctx: KgContext, info: GraphQLResolveInfo) {
  const plan = listPlan(label, args, ctx.limits.maxPageSize, info);
  const result = await ctx.store.listTree(plan);
  const offset = plan.page.offset;
  return toConnection(result, toApiNode, offset, (i) => encodeKeysetCursor(offset + i, { order: result.order, keys: result.keys[i] }));
}

/**
 * Query.node: for an id shaped like an entity's, the entity and what its selection asks (only the properties
 * asked, and the nested fields) in one statement: one index seek, where the node loader seeks the id as an
 * entity, a report and a passage and reads every property. Entity ids are `<kind>:<name>` (ingest/records/nodeId,
 * which curated creates use too); report and passage ids have no colon, so they go straight to the loader, and
 * so does an id the entity statement does not find (the loader looks under every label).
 */
export async function nodeField(id: string, ctx: KgContext, info: GraphQLResolveInfo): Promise<ApiNode | null> {
  if (id.includes(':')) {
    const found = await ctx.store.nodeTree(nodeByIdPlan(id, ctx.limits.maxPageSize, info));
    if (found) return toApiNode(found);
  }
  const n = await ctx.nodes.load(id);
  return n ? toApiNode(n) : null;
}
