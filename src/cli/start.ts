import { loadConfig } from '../server/config';
import { startServer } from '../server/main';
import { serverMounts } from '../server/mounts';
import { runCli } from './runCli';

/** `npm start`: the server on the seed report, with a local Neo4j unless NEO4J_URI is set; Ctrl-C stops both. */
async function main(): Promise<number> {
  const server = await startServer(loadConfig(), { mounts: serverMounts });
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.stop();
  return 0;
}

runCli('start', main);
