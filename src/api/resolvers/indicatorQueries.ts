import { comparisonFilter, indicatorWhere } from '../args/indicatorArgs';
import { pageArgs, toConnection } from '../args/pagination';
import type { QueryResolvers } from '../generated/graphql';
import { DEFAULT_COMPARISON_ROWS } from '../limits';
import { comparisonTable } from './comparisonTable';
import { requireIndicators, requireRegions } from './requireIndicators';

/** The root fields of the indicator catalogue and its comparisons (resolvers/index.ts adds them to Query's). */
export const indicatorQueries: Pick<QueryResolvers, 'indicators' | 'indicator' | 'compare'> = {
  indicators: async (_, args, ctx) => {
    const where = indicatorWhere(args.where);
    const page = pageArgs(args, ctx.limits.maxPageSize);
    return toConnection(await ctx.store.indicators(where, page), (row) => row, page.offset);
  },

  indicator: async (_, args, ctx) => (await requireIndicators(ctx, [args.id]))[0],

  compare: async (_, args, ctx) => {
    const filter = comparisonFilter(args);
    const page = pageArgs(args, ctx.limits.maxPageSize, DEFAULT_COMPARISON_ROWS);
    const [indicators, regions] = await Promise.all([
      requireIndicators(ctx, filter.indicatorIds),
      filter.regionIds ? requireRegions(ctx, filter.regionIds) : null,
    ]);
    // Rows of the regions asked for are laid out (and paged) in their order, so all of them are read at once.
    const read = regions ? { offset: 0, first: regions.length } : page;
    const data = await ctx.store.indicatorComparison(filter, read);
    return comparisonTable(filter, indicators, regions, data, page);
  },
};
