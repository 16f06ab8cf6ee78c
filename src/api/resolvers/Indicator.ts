import { seriesFilter } from '../args/indicatorArgs';
import { pageArgs, toConnection } from '../args/pagination';
import type { IndicatorResolvers } from '../generated/graphql';
import { DEFAULT_SERIES_SIZE } from '../limits';
import { requireRegions } from './requireIndicators';
import { toIndicatorValue } from './toIndicatorValue';

export const Indicator: IndicatorResolvers = {
  /** One page of the indicator's values; the series of every indicator of a level share one round trip. */
  series: async (indicator, args, ctx) => {
    const filter = seriesFilter(args);
    const page = pageArgs(args, ctx.limits.maxPageSize, DEFAULT_SERIES_SIZE);
    if (filter.regionIds) await requireRegions(ctx, filter.regionIds);
    const key = `series:${JSON.stringify([filter, page])}`;
    const result = await ctx.batch(key, (ids) => ctx.store.indicatorSeries(ids, filter, page)).load(indicator.id);
    return toConnection(result, (row) => toIndicatorValue(row, indicator), page.offset);
  },
};
