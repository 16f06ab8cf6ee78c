/**
 * `npm run bench`: every benchmark in turn, each in its own process (they start and stop servers).
 * Benchmarks print numbers; they are never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benches = ['ingest.ts', 'api.ts', 'neo4jStartup.ts'];
let failed = 0;
for (const b of benches) {
  console.log(`\n### ${b}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, b)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
