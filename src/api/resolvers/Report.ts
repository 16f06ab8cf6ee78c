import { nodeId } from '../../ingest';
import { pageArgs, toConnection } from '../args/pagination';
import type { ReportResolvers } from '../generated/graphql';
import { sectionTree } from './sectionTree';
import { toApiNode } from './toApiNode';

export const Report: ReportResolvers = {
  name: (r) => String(r.title ?? r.name),
  sources: (r) => [
    {
      reportId: r.id,
      passageId: null,
      start: Number(r.titleStart ?? 0),
      end: Number(r.titleEnd ?? String(r.title ?? '').length),
      rule: 'report.title',
      text: String(r.title ?? ''),
      derived: false,
    },
  ],
  region: async (r, _, ctx) => {
    if (!r.region) return null;
    const g = await ctx.nodes.load(nodeId({ kind: 'region', name: String(r.region), fields: {} }, r.id));
    return g ? toApiNode(g) : null;
  },
  text: async (r, _, ctx) => (await ctx.store.reportText(r.id)) ?? '',
  sections: async (r, _, ctx) => sectionTree((await ctx.batch('sections', (ids) => ctx.store.reportSections(ids)).load(r.id)) ?? []),
  passages: async (r, args, ctx) => {
    const page = pageArgs(args, ctx.limits.maxPageSize);
    return toConnection(await ctx.store.reportPassages(r.id, page), toApiNode, page.offset);
  },
  entityCounts: async (r, _, ctx) => (await ctx.batch('entityCounts', (ids) => ctx.store.reportEntityCounts(ids)).load(r.id)) ?? [],
  ingestedAt: (r) => String(r.ingestedAt ?? ''),
};
