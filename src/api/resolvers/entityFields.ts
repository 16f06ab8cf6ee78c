import { pageSize } from '../args/pagination';
import type { KgContext } from '../context';
import type { ApiNode } from './toApiNode';

/** Fields every entity type (Policy, Agency, Region, Project, Metric) resolves alike. */
export const entityFields = {
  /** MENTIONED_IN spans, then any evidence a curator attached: one round trip for every node of a level */
  sources: async (n: ApiNode, args: { first?: number | null }, ctx: KgContext) => {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    return (await ctx.batch(`sources:${first}`, (ids) => ctx.store.entitySources(ids, first)).load(n.id)) ?? [];
  },
  curated: (n: ApiNode) => n.curated === true,
};
