/** Row shapes the store hands to the API: plain data, no driver types. */

export type Props = Record<string, unknown>;

/** A node as read: its main label (Policy, Region, Report, Passage …) and its properties. */
export interface GraphNode {
  id: string;
  label: string;
  props: Props;
}

export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}

export interface SourceRow {
  reportId: string;
  passageId: string | null;
  start: number;
  end: number;
  rule: string;
  text: string;
  /** the span is what the fact was derived from, not a mention of it (records/RelationBasis.ts) */
  derived: boolean;
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  /** "reportId|passageId|start|end|rule" strings */
  evidence: string[];
  curated: boolean;
  /** what it rests on (records/RelationBasis.ts: clause, adjacent, … name, gazetteer, report); null when curated */
  basis?: string | null;
  derived?: boolean;
  /** 0–1, from the basis; null for curated relationships */
  confidence?: number | null;
  props?: Props;
}

export interface PathRow {
  nodes: GraphNode[];
  rels: RelationshipRow[];
  length: number;
}

export interface PageArgs {
  offset: number;
  first: number;
}
