/**
 * The API under test in its own process, so that a stalled event loop shows in the prober's numbers instead of
 * stalling the prober too: `startServer` with every mount of `npm start` (playground, explorer, /reports,
 * exports), against RELIABILITY_NEO4J_URI, on a free port, the seed report loaded into an empty database.
 * Settings come from the environment as for `npm start` (API_KEYS, REQUIRE_KEY_FOR_READS, QUERY_TIMEOUT_MS …).
 * Talks to its parent over IPC: → {type: 'ready', url} once it listens; ← {type: 'stop'} closes and exits.
 */
import { loadConfig } from '../../src/server/config';
import { startServer } from '../../src/server/main';
import { serverMounts } from '../../src/server/mounts';

export type FromServer = { type: 'ready'; url: string } | { type: 'error'; message: string };
export type ToServer = { type: 'stop' };

async function main() {
  const uri = process.env.RELIABILITY_NEO4J_URI;
  if (!uri) throw new Error('usage: RELIABILITY_NEO4J_URI=bolt://… serve.ts');
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1' });
  const server = await startServer(config, { mounts: serverMounts });
  process.on('message', (m: ToServer) => {
    if (m.type === 'stop') {
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
  });
  // The parent going away ends this process too.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', url: server.url } satisfies FromServer);
}

main().catch((error: unknown) => {
  process.send?.({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromServer);
  console.error(error);
  process.exit(1);
});
