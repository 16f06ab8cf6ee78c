import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/server/config';
import { findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/server/localNeo4j';
import { prepareDatabase } from './prepareDatabase';

/** What globalSetup leaves for globalTeardown; Jest runs both in its parent process, so globalThis is shared. */
export interface TestNeo4j {
  handle: LocalNeo4jHandle;
  dir: string;
  uriFile: string;
}

const stateKey = Symbol.for('policy-kg.testNeo4j');

/** The throwaway server started by globalSetup, or undefined when NEO4J_URI pointed at one. */
export function testNeo4j(): TestNeo4j | undefined {
  return (globalThis as Record<symbol, TestNeo4j | undefined>)[stateKey];
}

/**
 * Jest globalSetup of the integration project: with NEO4J_URI unset, starts a throwaway local Neo4j on a free
 * port in a fresh temporary folder and exports its URI as NEO4J_URI (workers inherit the environment, and
 * `{ uri, pid, dir }` is written to os.tmpdir()/policy-kg-jest-neo4j-<pid>.json for debugging). With NEO4J_URI
 * set, that server is used as is. Either way prepareDatabase() then readies it.
 */
export async function globalSetup(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j.local) {
    await prepareDatabase(config.neo4j.uri);
    return;
  }
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-neo4j-'));
  const uriFile = path.join(os.tmpdir(), `policy-kg-jest-neo4j-${process.pid}.json`);
  let handle: LocalNeo4jHandle | undefined;
  try {
    const started = Date.now();
    handle = await startLocalNeo4j({ ...config.localNeo4j, dir, boltPort: await findFreePort() });
    (globalThis as Record<symbol, TestNeo4j | undefined>)[stateKey] = { handle, dir, uriFile };
    process.env.NEO4J_URI = handle.uri;
    await fsp.writeFile(uriFile, `${JSON.stringify({ uri: handle.uri, pid: handle.pid, dir })}\n`);
    process.stderr.write(`\nglobalSetup: Neo4j ${handle.uri} (pid ${handle.pid}) ready in ${Date.now() - started} ms\n`);
    await prepareDatabase(handle.uri);
  } catch (err) {
    // Jest skips globalTeardown when globalSetup throws, so clean up here.
    await handle?.stop();
    await fsp.rm(dir, { recursive: true, force: true });
    await fsp.rm(uriFile, { force: true });
    throw err;
  }
}

// Jest loads globalSetup through the module's default export.
export default globalSetup;
