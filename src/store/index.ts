/** The store layer's public surface: the only module the api, server and cli layers import from store. */
export { Database, createDriver, type DatabaseOptions, type DriverOptions, type RoundTripCounter } from './Database';
export { Availability, type AvailabilityListener } from './Availability';
export { Store } from './Store';
export type { ListLabel, ListOrder, ListRequest, ListWhere, MetricWhere } from './listPages';
export { composeList, composeNodeById, orderKeys, orderSignature } from './compose';
export type { FieldPlan, Keyset, LabelPlan, ListPlan, NeighbourRel, NestedPage, NodeByIdPlan, NodePlan, Prefetched, Statement, TreeNode, TreePage } from './compose';
export { isUnavailable, StoreError, type StoreErrorCode } from './errors';
export { migrate, loadMigrations, MigrationChecksumError, type MigrationResult } from './migrate';
export { loadCypherFiles, parseCypherFile, cypherRoot, type CypherFile } from './cypherFiles';
export { evidenceString, parseEvidence } from './evidenceString';
export type { WriteReportResult } from './writeReport';
export type { IngestOptions, IngestReportResult } from './ingestReport';
export type { ComparisonFilter, ComparisonRowData, IndicatorRow, IndicatorValueRow, SeriesFilter } from './indicators';
export { bulkWriteReports, type BulkOutcome, type BulkWriteResult } from './bulkLoad';
export type { PendingExtraction, ReportInput } from './ingestReports';
export type { GraphNode, Page, PageArgs, PathRow, Props, RelationshipRow, SourceRow } from './types';

import type { Driver } from 'neo4j-driver';
import { Database } from './Database';
import type { IngestOptions } from './ingestReport';
import { Store } from './Store';

/** Builds the Store over a driver; `ingest` holds the limits of one report. */
export function createStore(
  driver: Driver,
  options: { database?: string; queryTimeoutMs: number; maxRetryTimeMs?: number; ingest?: IngestOptions },
): Store {
  const { database, queryTimeoutMs, maxRetryTimeMs } = options;
  return new Store(new Database(driver, { database, queryTimeoutMs, maxRetryTimeMs }), options.ingest);
}
