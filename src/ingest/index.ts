/**
 * The ingest layer's public surface: text (or bytes) of a government report → graph records. Pure: no database,
 * no network; reads only seeds/lexicon. Other layers import from here only.
 */
export { extractReport, extractCandidates, type ExtractOptions, type Extraction } from './extract';
export { decodeReport, DEFAULT_MAX_BYTES, type DecodeOptions } from './text/decodeReport';
export { IngestError, IngestErrorCode } from './IngestError';
export { loadLexicon } from './lexicon/loadLexicon';
export type { Lexicon } from './lexicon/Lexicon';
export { inferReportMeta, slug } from './reportMeta';
export { EntityLabels, MetricKind, NodeLabel, ProjectStatus, RelType } from './records/labels';
export { nodeId } from './records/nodeId';
export type { EntityLabel } from './records/labels';
export type {
  EdgeRecord,
  NodeRecord,
  PassageRecord,
  Properties,
  PropertyValue,
  Provenance,
  ReportMeta,
  ReportRecord,
  ReportRecords,
  Scalar,
  SectionRecord,
} from './records/types';
