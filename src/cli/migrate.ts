import { ConfigError, loadConfig } from '../server/config';
import { openStore } from '../server/openStore';

/** `npm run db:migrate`: applies the schema migrations in cypher/schema/ that the database lacks. */
async function main(): Promise<number> {
  const config = loadConfig();
  const { migrations, close } = await openStore(config);
  await close();
  console.log(`applied: ${migrations.applied.map((v) => `V${v}`).join(', ') || 'none'}; already applied: ${migrations.alreadyApplied.length}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
