import { loadConfig } from '../server/config';
import { startServer } from '../server/main';
import { serverMounts } from '../server/mounts';
import { runCli } from './runCli';

/** `npm start` (compiled, dist/) or `npm run dev` (tsx): the server on the seed report, with a local Neo4j unless NEO4J_URI is set; Ctrl-C stops both. */
async function main(): Promise<number> {
  const config = loadConfig();
  // Stack traces through source maps cost CPU on every error the driver builds: the compiled build (which has its
  // maps beside it) maps them only outside production; under tsx (`npm run dev`) tsx maps them itself.
  if (!config.production && __filename.endsWith('.js')) process.setSourceMapsEnabled(true);
  const server = await startServer(config, { mounts: serverMounts });
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.stop();
  return 0;
}

runCli('start', main);
