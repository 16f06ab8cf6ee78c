import type { GraphNode, IndicatorRow } from '../../store';
import type { KgContext } from '../context';
import { notFound } from '../errors';

/** The request's indicator loader: every indicator asked for by one level (Metric.indicator …) in one round trip. */
export function indicatorLoader(ctx: KgContext) {
  return ctx.batch('indicators', (ids) => ctx.store.indicatorsByIds(ids));
}

/** These indicators, in order; NOT_FOUND naming the first id the catalogue does not have. */
export async function requireIndicators(ctx: KgContext, ids: readonly string[]): Promise<IndicatorRow[]> {
  const found = await indicatorLoader(ctx).loadMany(ids);
  return ids.map((id, i) => {
    const row = found[i];
    if (row instanceof Error) throw row;
    if (!row) throw notFound('Indicator', id);
    return row;
  });
}

/** These regions, in order, through the request's node loader; NOT_FOUND naming the first id that is not a Region. */
export async function requireRegions(ctx: KgContext, ids: readonly string[]): Promise<GraphNode[]> {
  const found = await ctx.nodes.loadMany(ids);
  return ids.map((id, i) => {
    const node = found[i];
    if (node instanceof Error) throw node;
    if (!node || node.label !== 'Region') throw notFound('Region', id);
    return node;
  });
}
