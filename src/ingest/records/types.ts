import type { NodeLabel, RelType } from './labels';

/** A property value Neo4j can store without conversion. */
export type Scalar = string | number | boolean | null;
export type PropertyValue = Scalar | string[] | number[];
export type Properties = Record<string, PropertyValue>;

/**
 * Where a fact came from. `start`/`end` are UTF-16 offsets into the report's original text (after decoding),
 * so `report.text.slice(start, end)` is the mention itself.
 */
export interface Provenance {
  reportId: string;
  passageId: string;
  start: number;
  end: number;
  /** stable dotted rule name, e.g. `metric.change` */
  rule: string;
  /**
   * the fact is derived, not stated here: the span is what it was derived from (a child region for its parent, a
   * project's name for the place in it), never a mention of the node or edge itself (records/RelationBasis.ts)
   */
  derived?: boolean;
}

export interface ReportMeta {
  /** stable id; defaults to a slug of the file name */
  id: string;
  title: string;
  /** 重庆市人民政府 … when the text or metadata says so */
  issuer: string | null;
  /** canonical region name the report is about (重庆市) */
  region: string | null;
  year: number | null;
  /** 2023年1—6月, 2026年 … as written */
  period: string | null;
  /** ISO date (YYYY-MM-DD) when known */
  publishDate: string | null;
  sourceUrl: string | null;
  sourceFile: string | null;
}

export interface ReportRecord extends ReportMeta {
  text: string;
  chars: number;
  /** sha256 of the text, to tell a changed report from a re-ingest of the same one */
  sha256: string;
}

export interface SectionRecord {
  id: string;
  reportId: string;
  parentId: string | null;
  /** 1 = 一、 ; 2 = (一) ; 3 = 一是 / 1. */
  level: number;
  /** the numbering as written: 一、 (二) 三是 */
  number: string;
  title: string;
  order: number;
  start: number;
  end: number;
}

export interface PassageRecord {
  id: string;
  reportId: string;
  sectionId: string | null;
  order: number;
  start: number;
  end: number;
  text: string;
}

export interface NodeRecord {
  id: string;
  label: NodeLabel;
  name: string;
  properties: Properties;
  sources: Provenance[];
}

export interface EdgeRecord {
  from: string;
  to: string;
  type: RelType;
  properties: Properties;
  sources: Provenance[];
}

/** Everything one report contributes to the graph. Pure data: `store/writeReport` loads it in one transaction. */
export interface ReportRecords {
  report: ReportRecord;
  sections: SectionRecord[];
  passages: PassageRecord[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}
