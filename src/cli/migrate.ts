import { loadConfig } from '../server/config';
import { openStore } from '../server/openStore';
import { runCli } from './runCli';

/** `npm run db:migrate`: applies the schema migrations in cypher/schema/ that the database lacks. */
async function main(): Promise<number> {
  const { migrations, close } = await openStore(loadConfig());
  await close();
  console.log(`applied: ${migrations.applied.map((v) => `V${v}`).join(', ') || 'none'}; already applied: ${migrations.alreadyApplied.length}`);
  return 0;
}

runCli('migrate', main);
