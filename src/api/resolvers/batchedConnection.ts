import type { GraphNode, Page, PageArgs } from '../../store';
import { pageArgs, toConnection, type Connection } from '../args/pagination';
import type { KgContext } from '../context';
import type { ConnArgs } from './neighbourConnection';
import type { GraphQLResolveInfo } from 'graphql';
import { prefetched } from '../translate/prefetched';
import { toApiNode, type ApiNode } from './toApiNode';

/** Shapes the page the root field's statement fetched (see api/translate) or runs a batched page loader for this parent (one round trip for every parent of a level) and shapes a connection. */
export async function batchedConnection(
  ctx: KgContext,
  key: string,
  parentId: string,
  args: ConnArgs,
  load: (ids: readonly string[], page: PageArgs) => Promise<Map<string, Page<GraphNode>>>,
  pre?: { parent: ApiNode; info: GraphQLResolveInfo | undefined },
): Promise<Connection<ApiNode>> {
  const page = pageArgs(args, ctx.limits.maxPageSize);
  const fetched = pre && prefetched(pre.parent, pre.info, 'page');
  if (fetched) return toConnection(fetched.page, toApiNode, page.offset);
  const result = await ctx.batch(`${key}:${JSON.stringify(page)}`, (ids) => load(ids, page)).load(parentId);
  return toConnection(result, toApiNode, page.offset);
}
