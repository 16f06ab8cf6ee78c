/**
 * Ingest benchmark: extraction of the seed report alone (pure, warm) and the full ingest (decode + extract +
 * one write transaction) into the configured database, repeated; prints min/median/max in milliseconds.
 *   npx tsx bench/ingest.ts [--runs 10]
 * Uses NEO4J_URI, or starts the local Neo4j. The seed report is re-ingested, which leaves the graph unchanged.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeReport, extractReport, slug } from '../src/ingest';
import { withStore } from '../src/cli/withStore';
import { loadConfig } from '../src/server/config';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 10);

const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `min ${s[0].toFixed(1)}  median ${s[Math.floor(s.length / 2)].toFixed(1)}  max ${s[s.length - 1].toFixed(1)} ms (${s.length} runs)`;
};
const time = async (fn: () => unknown) => {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};

async function main() {
  const config = loadConfig();
  const file = config.seedReport;
  const bytes = fs.readFileSync(file);
  const meta = { id: slug('chongqing-2023-h1-plan-execution-report'), sourceFile: 'chongqing-2023-h1-plan-execution-report.txt' };

  const cold = await time(() => extractReport(decodeReport(bytes), meta));
  const extract: number[] = [];
  for (let i = 0; i < runs; i++) extract.push(await time(() => extractReport(decodeReport(bytes), meta)));
  console.log(`extract (first run, lexicon load included): ${cold.toFixed(1)} ms`);
  console.log(`extract warm:                                ${summary(extract)}`);

  await withStore(config, async (store) => {
    await store.writeReport(extractReport(decodeReport(bytes), meta)); // warm the database and the plan cache
    const full: number[] = [];
    for (let i = 0; i < runs; i++) full.push(await time(async () => store.writeReport(extractReport(decodeReport(fs.readFileSync(file)), meta))));
    console.log(`full ingest warm (read+decode+extract+write): ${summary(full)}`);
  }, { timeoutMs: 300_000 });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
