/**
 * `npm run bench`: every benchmark of the default set in turn, each in its own process (they start and stop
 * servers). `npm run bench -- <name> [args…]` runs one benchmark by name and passes it the remaining arguments,
 * e.g. `npm run bench -- peer --quick`. Benchmarks print numbers; they are never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benchmarks: Record<string, string> = {
  ingest: 'ingest.ts',
  api: 'api.ts',
  neo4jStartup: 'neo4jStartup.ts',
  /** our API next to @neo4j/graphql and a hand-written Cypher server (not in the default set: ~5 minutes) */
  peer: path.join('peer', 'main.ts'),
  /** issue 12: stalls, load, Neo4j killed, fuzzed documents and queries, races, keys (not in the default set: ~10 minutes) */
  reliability: path.join('reliability', 'main.ts'),
  /** issue 11: a synthetic graph at 20k, 200k and 1M entity nodes, load throughput and API latency (not in the default set: ~30+ minutes) */
  scale: path.join('scale', 'main.ts'),
  /** db hits of every list statement on the corpus graph (PROFILE) */
  profile: 'profile.ts',
};
const defaultSet = ['ingest', 'api', 'neo4jStartup'];

const [name, ...rest] = process.argv.slice(2);
if (name !== undefined && !(name in benchmarks)) {
  console.error(`unknown benchmark ${name}; one of: ${Object.keys(benchmarks).join(', ')} (none: ${defaultSet.join(', ')})`);
  process.exit(2);
}

const runs = name === undefined ? defaultSet.map((b) => ({ file: benchmarks[b], args: [] as string[] })) : [{ file: benchmarks[name], args: rest }];
let failed = 0;
for (const { file, args } of runs) {
  console.log(`\n### ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, file), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
