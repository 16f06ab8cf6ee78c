import neo4j from 'neo4j-driver';
import { loadConfig, type Config } from '../server/config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../server/localNeo4j';
import { runCli, UsageError } from './runCli';

const usage = 'usage: tsx src/cli/db.ts start|stop|status';

/**
 * `npm run db:start|db:stop|db:status`: manages the embedded local Neo4j in NEO4J_LOCAL_DIR (default .neo4j/).
 * With NEO4J_URI set an external server is configured: start and stop do nothing and status checks that
 * server instead. Exit code 0 = done / running, 1 = failed / not running, 2 = no such command.
 * Example: `npm run db:start` → `Neo4j is running at bolt://127.0.0.1:7687 (pid 4242, started in 5.1 s)`.
 */
export async function db(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const local = config.localNeo4j;
  switch (command) {
    case 'start': {
      if (!config.neo4j.local) return external(config, 'start');
      const started = Date.now();
      const handle = await startLocalNeo4j({ ...local, detached: true });
      const how = handle.reused ? 'already running' : `started in ${((Date.now() - started) / 1000).toFixed(1)} s`;
      console.log(`Neo4j is running at ${handle.uri} (pid ${handle.pid}, ${how}; data in ${local.dir})`);
      return 0;
    }
    case 'stop': {
      if (!config.neo4j.local) return external(config, 'stop');
      const stopped = await stopLocalNeo4j(local.dir);
      console.log(stopped ? `Neo4j in ${local.dir} stopped` : `Neo4j in ${local.dir} was not running`);
      return 0;
    }
    case 'status': {
      if (!config.neo4j.local) return externalStatus(config);
      const status = await localNeo4jStatus(local.dir, local.boltPort);
      if (status.running) {
        console.log(`Neo4j is running at ${status.uri} (pid ${status.pid}; data in ${local.dir})`);
        return 0;
      }
      console.log(
        status.pid === undefined
          ? `Neo4j in ${local.dir} is not running (npm run db:start starts it)`
          : `Neo4j process ${status.pid} is alive but bolt://127.0.0.1:${local.boltPort} does not answer ` +
              `(still starting, or started with another NEO4J_LOCAL_BOLT_PORT); see ${local.dir}/neo4j.log`,
      );
      return 1;
    }
    default:
      throw new UsageError(usage);
  }
}

function external(config: Config, action: string): number {
  console.log(`NEO4J_URI is set (${config.neo4j.uri}): an external Neo4j is configured, nothing to ${action}.`);
  return 0;
}

async function externalStatus(config: Config): Promise<number> {
  const { uri, username, password } = config.neo4j;
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { connectionTimeout: 5_000 });
  try {
    const info = await driver.getServerInfo();
    console.log(`External Neo4j at ${uri} answers (${info.agent ?? 'unknown version'})`);
    return 0;
  } catch (err) {
    console.log(`External Neo4j at ${uri} does not answer: ${(err as Error).message}`);
    return 1;
  } finally {
    await driver.close();
  }
}

if (require.main === module) runCli(`db ${process.argv[2] ?? ''}`.trim(), () => db(process.argv[2]));
