/**
 * The benchmark's database: a throwaway embedded Neo4j on a free port in a temporary folder (as the integration
 * tests' globalSetup does), migrated and loaded with every bundled report through the repository's own ingest.
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collectJobs, ingestFiles } from '../../src/cli/ingest';
import { loadConfig } from '../../src/server/config';
import { findFreePort, startLocalNeo4j } from '../../src/server/localNeo4j';
import { openStore } from '../../src/server/openStore';

export interface Dataset {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  dir: string;
  reports: number;
  ingestSeconds: number;
  /** stops Neo4j and deletes its folder */
  stop(): Promise<void>;
}

export async function startDataset(options: { detached?: boolean; log?: (line: string) => void } = {}): Promise<Dataset> {
  const log = options.log ?? (() => {});
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-peer-'));
  const started = Date.now();
  const handle = await startLocalNeo4j({ ...config.localNeo4j, dir, boltPort: await findFreePort(), detached: options.detached });
  const stop = async () => {
    await handle.stop();
    await fsp.rm(dir, { recursive: true, force: true });
  };
  log(`Neo4j ${handle.uri} (pid ${handle.pid}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    const { store, close } = await openStore(loadConfig({ ...process.env, NEO4J_URI: handle.uri }), { queryTimeoutMs: 300_000 });
    try {
      const summary = await ingestFiles(store, collectJobs([config.bundledReportsDir]));
      if (summary.failed.length > 0) {
        throw new Error(`ingest failed: ${summary.failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
      }
      log(`${summary.loaded.length} reports ingested in ${summary.seconds.toFixed(1)} s`);
      return { uri: handle.uri, dir, reports: summary.loaded.length, ingestSeconds: summary.seconds, stop };
    } finally {
      await close();
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
