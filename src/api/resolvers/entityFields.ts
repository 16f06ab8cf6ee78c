import { pageSize } from '../args/pagination';
import type { KgContext } from '../context';
import type { GraphQLResolveInfo } from 'graphql';
import { prefetched } from '../translate/prefetched';
import type { ApiNode } from './toApiNode';

/** Fields every entity type (Policy, Agency, Region, Project, Metric) resolves alike. */
export const entityFields = {
  /** MENTIONED_IN spans, then any evidence a curator attached: one round trip for every node of a level */
  sources: async (n: ApiNode, args: { first?: number | null }, ctx: KgContext, info?: GraphQLResolveInfo) => {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const fetched = prefetched(n, info, 'sources');
    if (fetched) {
      // as entitySources: the mentions, then the evidence a curator attached, at most `first` in all
      const curated = Array.isArray(n.curatedEvidence) ? (n.curatedEvidence as string[]) : [];
      if (curated.length === 0 || fetched.sources.length >= first) return fetched.sources;
      return [...fetched.sources, ...(await ctx.evidence.load(curated))].slice(0, first);
    }
    return (await ctx.batch(`sources:${first}`, (ids) => ctx.store.entitySources(ids, first)).load(n.id)) ?? [];
  },
  curated: (n: ApiNode) => n.curated === true,
};
