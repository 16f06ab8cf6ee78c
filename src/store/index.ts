/** The store layer's public surface: the only module the api, server and cli layers import from store. */
export { Database, createDriver, type DatabaseOptions, type RoundTripCounter, type Tx } from './Database';
export { Store, type ListLabel, type ListParams } from './Store';
export { StoreError, type StoreErrorCode } from './errors';
export { migrate, loadMigrations, MigrationChecksumError, type MigrationResult } from './migrate';
export { loadCypherFiles, parseCypherFile, cypherRoot, type CypherFile } from './cypherFiles';
export { evidenceString, type WriteReportResult } from './writeReport';
export { bulkWriteReports, type BulkWriteResult } from './bulkLoad';
export { parseEvidence } from './toGraphNode';
export type { GraphNode, Page, PageArgs, PathRow, Props, RelationshipRow, SourceRow } from './types';

import type { Driver } from 'neo4j-driver';
import { Database } from './Database';
import { Store } from './Store';

/** Builds the Store over a driver. */
export function createStore(driver: Driver, options: { database?: string; queryTimeoutMs: number }): Store {
  return new Store(new Database(driver, options));
}
