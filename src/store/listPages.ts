import type { Database } from './Database';
import { read } from './queries';
import { toGraphNode } from './toGraphNode';
import type { GraphNode, Page, PageArgs, Props } from './types';

/** One key of a list's order, as the API's `orderBy` gives it. */
export interface ListOrder {
  field: 'NAME' | 'VALUE';
  direction: 'ASC' | 'DESC';
}

interface NameWhere {
  nameContains?: string | null;
  nameEquals?: string | null;
  reportId?: string | null;
}

/** The filters of the entity lists, named as the schema's `…Where` inputs name them. */
export interface PolicyWhere extends NameWhere {
  kind?: readonly string[] | null;
  /** policies that reach this region or one inside it */
  regionId?: string | null;
}
export type AgencyWhere = PolicyWhere;
export interface RegionWhere extends NameWhere {
  level?: readonly string[] | null;
  withinRegionId?: string | null;
}
export interface ProjectWhere extends PolicyWhere {
  status?: readonly string[] | null;
  /** count projects in regions inside `regionId` too; default true */
  includeSubregions?: boolean | null;
}
export interface MetricWhere {
  subjectContains?: string | null;
  subjectEquals?: string | null;
  unit?: readonly string[] | null;
  kind?: readonly string[] | null;
  period?: string | null;
  valueGt?: number | null;
  valueGte?: number | null;
  valueLt?: number | null;
  valueLte?: number | null;
  regionId?: string | null;
  reportId?: string | null;
  /** count metrics about regions inside `regionId` too; default true */
  includeSubregions?: boolean | null;
}

export interface ListWhere {
  Policy: PolicyWhere;
  Agency: AgencyWhere;
  Region: RegionWhere;
  Project: ProjectWhere;
  Metric: MetricWhere;
}
export type ListLabel = keyof ListWhere;

/** A list request in the API's terms: its filter, its order and the page wanted. */
export interface ListRequest<L extends ListLabel> {
  where: ListWhere[L];
  orderBy?: readonly ListOrder[];
  page: PageArgs;
}

type ListRow = { scope: string | null; total: number; page: Props[] };
type Scopes = readonly (string | null)[];
type RunList<L extends ListLabel> = (db: Database, scopeIds: Scopes, where: ListWhere[L], sort: (i: number) => string | null, page: PageArgs) => Promise<ListRow[]>;

const names = (w: NameWhere) => ({ nameContains: w.nameContains ?? null, nameEquals: w.nameEquals ?? null, reportId: w.reportId ?? null });

/** Each label's list file and how its filter becomes that file's parameters. */
const LISTS: { [L in ListLabel]: RunList<L> } = {
  Policy: (db, scopeIds, w, sort, page) => db.run(read.policies, { scopeIds, ...names(w), kinds: w.kind ?? null, sort1: sort(0), ...page }),
  Agency: (db, scopeIds, w, sort, page) => db.run(read.agencies, { scopeIds, ...names(w), kinds: w.kind ?? null, sort1: sort(0), ...page }),
  Region: (db, scopeIds, w, sort, page) => db.run(read.regions, { scopeIds, ...names(w), levels: w.level ?? null, sort1: sort(0), ...page }),
  Project: (db, scopeIds, w, sort, page) =>
    db.run(
      read.projects,
      {
        scopeIds,
        ...names(w),
        kinds: w.kind ?? null,
        statuses: w.status ?? null,
        includeSubregions: w.includeSubregions ?? true,
        sort1: sort(0),
        ...page,
      },
    ),
  Metric: (db, scopeIds, w, sort, page) =>
    db.run(
      read.metrics,
      {
        scopeIds,
        subjectContains: w.subjectContains ?? null,
        subjectEquals: w.subjectEquals ?? null,
        units: w.unit ?? null,
        kinds: w.kind ?? null,
        period: w.period ?? null,
        valueGt: w.valueGt ?? null,
        valueGte: w.valueGte ?? null,
        valueLt: w.valueLt ?? null,
        valueLte: w.valueLte ?? null,
        reportId: w.reportId ?? null,
        includeSubregions: w.includeSubregions ?? true,
        sort1: sort(0),
        sort2: sort(1),
        ...page,
      },
    ),
};

/** The region a list is scoped to: `withinRegionId` for regions, `regionId` for the others; null for none. */
export function listScope<L extends ListLabel>(label: L, where: ListWhere[L]): string | null {
  const w = where as RegionWhere & PolicyWhere;
  return (label === 'Region' ? w.withinRegionId : w.regionId) ?? null;
}

/**
 * One page of a filtered, sorted list per scope: `scopeIds` holds region ids (per-region pages for nested fields)
 * or `[null]` for an unscoped list; the result is keyed by scope (`''` for null). The sort keys become the list
 * file's `sort1`/`sort2` (`NAME_ASC`, `VALUE_DESC` …).
 */
export async function listPages<L extends ListLabel>(
  db: Database,
  label: L,
  scopeIds: Scopes,
  request: ListRequest<L>,
): Promise<Map<string, Page<GraphNode>>> {
  const sorts = (request.orderBy ?? []).map((o) => `${o.field}_${o.direction}`);
  const run: RunList<L> = LISTS[label];
  const rows = await run(db, scopeIds, request.where, (i) => sorts[i] ?? null, request.page);
  const offset = request.page.offset;
  return new Map(rows.map((r) => [r.scope ?? '', { total: r.total, offset, items: r.page.map((p) => toGraphNode([label], p)) }]));
}
