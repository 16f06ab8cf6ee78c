import type { ComparisonFilter, ComparisonRowData, GraphNode, IndicatorRow, Page, PageArgs } from '../../store';
import { encodeCursor } from '../args/pagination';
import type { MetricKind, PeriodPart, PeriodStatus } from '../generated/graphql';
import { toApiNode, type ApiNode } from './toApiNode';
import { toIndicatorValue, type ApiIndicatorValue } from './toIndicatorValue';

export interface ApiComparisonCell {
  indicator: IndicatorRow;
  values: ApiIndicatorValue[];
  conflict: boolean;
}

export interface ApiComparisonRow {
  cursor: string;
  region: ApiNode;
  cells: ApiComparisonCell[];
}

/** A Comparison as its type's fields read it. */
export interface ApiComparison {
  indicators: IndicatorRow[];
  year: number;
  part: PeriodPart;
  status: PeriodStatus | null;
  measure: MetricKind | null;
  totalCount: number;
  rows: ApiComparisonRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * Lays out a region × indicator table: one cell per indicator in the order asked (empty when a region has no value
 * for it), so every row has the same columns. With `regions` (the regions asked for, in that order) the rows are
 * exactly those, paged here, and `data` must hold all of their rows; without, the rows are the page the store read.
 * Example: indicators [gdp, cpi], a region with gdp values only → cells `[{ gdp, values: […] }, { cpi, values: [] }]`.
 */
export function comparisonTable(
  filter: ComparisonFilter,
  indicators: readonly IndicatorRow[],
  regions: readonly GraphNode[] | null,
  data: Page<ComparisonRowData>,
  page: PageArgs,
): ApiComparison {
  const byRegion = new Map(data.items.map((r) => [r.region.id, r]));
  const wanted = regions ? regions.slice(page.offset, page.offset + page.first) : data.items.map((r) => r.region);
  const total = regions ? regions.length : data.total;
  const rows = wanted.map((region, i): ApiComparisonRow => {
    const cells = new Map((byRegion.get(region.id)?.cells ?? []).map((c) => [c.indicatorId, c.values]));
    return {
      cursor: encodeCursor(page.offset + i),
      region: toApiNode(region),
      cells: indicators.map((indicator) => {
        const values = (cells.get(indicator.id) ?? []).map((v) => toIndicatorValue(v, indicator));
        return { indicator, values, conflict: values.some((v) => v.conflict) };
      }),
    };
  });
  return {
    indicators: [...indicators],
    year: filter.year,
    part: filter.part as PeriodPart,
    status: filter.status as PeriodStatus | null,
    measure: filter.measure as MetricKind | null,
    totalCount: total,
    rows,
    pageInfo: {
      hasNextPage: page.offset + rows.length < total,
      hasPreviousPage: page.offset > 0,
      startCursor: rows[0]?.cursor ?? null,
      endCursor: rows.at(-1)?.cursor ?? null,
    },
  };
}
