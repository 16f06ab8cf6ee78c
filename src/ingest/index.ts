/**
 * The ingest layer's public surface: text (or bytes) of a government report → graph records. Pure: no database,
 * no network; reads only seeds/lexicon. Other layers import from here only.
 */
export { extractReport, extractCandidates, type ExtractOptions, type Extraction } from './extract';
export { extractInWorker, type ExtractInWorkerOptions } from './extractInWorker';
export { decodeReport, DEFAULT_MAX_BYTES, type DecodeOptions } from './text/decodeReport';
export { IngestError, IngestErrorCode } from './IngestError';
export { loadLexicon } from './lexicon/loadLexicon';
export type { Lexicon } from './lexicon/Lexicon';
export { inferReportMeta, slug } from './reportMeta';
export { EntityLabels, MetricKind, NodeLabel, ProjectStatus, RelType } from './records/labels';
export { nodeId } from './records/nodeId';
export { MAX_METRIC_VALUE } from './rules/metric/parseMetricValue';
export type { EntityLabel } from './records/labels';
export type * from './records/types';
export { loadIndicators } from './indicators/loadIndicators';
export { matchIndicator } from './indicators/matchIndicator';
export { PeriodPart, PeriodStatus, structuredPeriod } from './indicators/structuredPeriod';
export type { Indicator, IndicatorCatalogue } from './indicators/Indicator';
export type { PeriodInput, StructuredPeriod } from './indicators/structuredPeriod';
export { findAbove } from './findAbove';
