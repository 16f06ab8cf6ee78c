import { ConfigError, loadConfig } from '../server/config';
import { startLocalNeo4j } from '../server/localNeo4j';
import { createDriver, Database, migrate } from '../store';

/** `npm run db:migrate`: applies the schema migrations in cypher/schema/ that the database lacks. */
async function main(): Promise<number> {
  const config = loadConfig();
  const local = config.neo4j.local ? await startLocalNeo4j(config.localNeo4j) : undefined;
  const db = new Database(createDriver(config.neo4j), { database: config.neo4j.database, queryTimeoutMs: config.queryTimeoutMs });
  try {
    const result = await migrate(db);
    console.log(`applied: ${result.applied.map((v) => `V${v}`).join(', ') || 'none'}; already applied: ${result.alreadyApplied.length}`);
    return 0;
  } finally {
    await db.close();
    if (local && !local.reused) await local.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
