import { ConfigError, loadConfig } from '../server/config';
import { startServer } from '../server/main';
import { serverMounts } from '../server/mounts';

/** `npm start`: the server on the seed report, with a local Neo4j unless NEO4J_URI is set. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer(config, { mounts: serverMounts });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.stop().then(
        () => process.exit(0),
        (err) => {
          console.error(err);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
