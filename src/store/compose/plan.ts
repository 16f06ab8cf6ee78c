import type { EntityLabel, RelType } from '../../ingest';
import type { ListLabel, ListOrder, ListWhere } from '../listPages';
import type { PageArgs } from '../types';

/**
 * What one GraphQL root field asks of the graph, in the store's terms: the api layer builds it from the selection
 * (api/translate), store/compose turns it into one Cypher statement. Every nested field is keyed by its response
 * key (alias or name), so the resolver of that field finds its data on its parent node.
 */

/** Neighbours over these relationship types, seen from the parent, of this label (null: any entity). */
export interface NeighbourRel {
  types: readonly RelType[];
  direction: 'OUT' | 'IN' | 'BOTH';
  label: EntityLabel | null;
}

/** A page of a nested connection; `total` says whether to count the whole list too. */
export interface NestedPage extends PageArgs {
  total: boolean;
}

/** One nested field and what to fetch for it. */
export type FieldPlan =
  /** neighbours over `rel`, distinct, by name then id (Policy.issuedBy, Region.children, Project.region …) */
  | { kind: 'neighbours'; rel: NeighbourRel; page: NestedPage; node: NodePlan }
  /** a filtered list scoped to the parent region (Region.projects, Region.policies, Region.metrics) */
  | { kind: 'regionList'; label: 'Project' | 'Policy' | 'Metric'; where: ListWhere['Metric'] & ListWhere['Project']; page: NestedPage; node: NodePlan }
  /** the regions a policy reaches (Policy.regions) */
  | { kind: 'policyRegions'; page: NestedPage; node: NodePlan }
  /** enclosing regions, nearest first (Region.ancestors) */
  | { kind: 'ancestors'; node: NodePlan }
  /** MENTIONED_IN spans in report order, at most `first` (Node.sources; curated evidence is added by the api) */
  | { kind: 'sources'; first: number };

/**
 * What to fetch for the nodes of one label: the properties their fields read (`id` always; null: all of them, for a
 * field the api does not know) and, by response key, their nested fields.
 */
export interface LabelPlan {
  props: readonly string[] | null;
  fields: Readonly<Record<string, FieldPlan>>;
}

/** What to fetch for the nodes of one position, per label they may have (a label left out: all properties, no nesting). */
export type NodePlan = Partial<Record<EntityLabel, LabelPlan>>;

/** A keyset position: the sort keys of the last item of the previous page, as `listKeys` gave them. */
export interface Keyset {
  /** the order the keys belong to (`orderSignature`); a page in another order falls back to the offset */
  order: string;
  keys: readonly unknown[];
}

/** A root list field (Query.policies …): its filter, order, page and what to fetch for each item. */
export interface ListPlan<L extends ListLabel = ListLabel> {
  label: L;
  where: ListWhere[L];
  orderBy: readonly ListOrder[];
  page: PageArgs & { after?: Keyset | null };
  total: boolean;
  node: NodePlan;
}

/** Query.node: an entity by id and what to fetch for it. */
export interface NodeByIdPlan {
  id: string;
  node: NodePlan;
}
