import type { KgContext } from '../context';
import { notFound } from '../errors';
import { toApiNode, type ApiNode } from './toApiNode';

/**
 * The node a non-null field points to (Metric.report, Source.report …), through the request's node loader so a
 * level of parents costs one round trip. A dangling id is a NOT_FOUND on that field.
 */
export async function requireLoaded(ctx: KgContext, what: string, id: string): Promise<ApiNode> {
  const node = await ctx.nodes.load(id);
  if (!node) throw notFound(what, id);
  return toApiNode(node);
}
