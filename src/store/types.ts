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
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  /** "reportId|passageId|start|end|rule" strings */
  evidence: string[];
  curated: boolean;
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
