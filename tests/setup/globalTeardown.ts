import fsp from 'node:fs/promises';
import { testNeo4j } from './globalSetup';

/**
 * Jest globalTeardown of the integration project: stops the throwaway Neo4j that globalSetup started and
 * deletes its folder. Does nothing when NEO4J_URI pointed at an existing server.
 */
export async function globalTeardown(): Promise<void> {
  const state = testNeo4j();
  if (state === undefined) return;
  await state.handle.stop();
  await fsp.rm(state.dir, { recursive: true, force: true });
  await fsp.rm(state.uriFile, { force: true });
}

// Jest loads globalTeardown through the module's default export.
export default globalTeardown;
