import type { GraphQLResolveInfo } from 'graphql';
import type { Prefetched } from '../../store';
import type { ApiNode } from '../resolvers/toApiNode';

/**
 * What the statement of the root field already fetched for this field of this parent (by response key), or
 * undefined when the parent came some other way (search, a path …) or the field was left to its resolver.
 */
export function prefetched<K extends Prefetched['kind']>(
  parent: ApiNode,
  info: Pick<GraphQLResolveInfo, 'path'> | undefined,
  kind: K,
): Extract<Prefetched, { kind: K }> | undefined {
  const pre = parent.__pre as Record<string, Prefetched> | undefined;
  const found = pre && info ? pre[String(info.path.key)] : undefined;
  return found?.kind === kind ? (found as Extract<Prefetched, { kind: K }>) : undefined;
}
