import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { Store } from '../store';
import { loadConfig, type Config } from '../server/config';
import { EXPORT_BATCH, edgeRecords, nodeRecords } from '../server/exportRecords';
import { runCli, UsageError } from './runCli';
import { withStore } from './withStore';

const usage = `usage: npm run export -- --out <dir> [--batch ${EXPORT_BATCH}]`;

export interface ExportResult {
  nodesFile: string;
  edgesFile: string;
  nodes: number;
  edges: number;
}

/** Writes JSON Lines to a file with backpressure; returns how many lines it wrote. */
async function writeLines(file: string, records: AsyncIterable<unknown>): Promise<number> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  let count = 0;
  try {
    for await (const r of records) {
      if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, 'drain');
      count++;
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return count;
}

/**
 * Writes `nodes.jsonl` and `edges.jsonl` (the records of `GET /export/*.jsonl`, built by exportRecords.ts)
 * into `outDir` from an open store. Example: `await exportGraph(store, 'out/')` → `{ nodes: 351, edges: 267, … }`.
 */
export async function exportGraph(store: Store, outDir: string, options: { batch?: number } = {}): Promise<ExportResult> {
  await fsp.mkdir(outDir, { recursive: true });
  const nodesFile = path.join(outDir, 'nodes.jsonl');
  const edgesFile = path.join(outDir, 'edges.jsonl');
  const nodes = await writeLines(nodesFile, nodeRecords(store, options));
  const edges = await writeLines(edgesFile, edgeRecords(store, options));
  return { nodesFile, edgesFile, nodes, edges };
}

/**
 * `npm run export -- --out <dir>`: connects with the usual configuration (NEO4J_URI, or the local Neo4j,
 * reused when it runs and otherwise started and stopped again) and writes the graph as JSON Lines.
 */
export async function exportCli(argv: string[], config: Config = loadConfig()): Promise<ExportResult> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, batch: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || !values.out) throw new UsageError(usage);
  const batch = values.batch === undefined ? undefined : Number(values.batch);
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1 || batch > 10_000)) throw new UsageError(`--batch must be an integer 1–10000\n${usage}`);

  const out = path.resolve(values.out);
  return withStore(config, (store) => exportGraph(store, out, { batch }));
}

if (require.main === module) {
  runCli('export', async () => {
    const r = await exportCli(process.argv.slice(2));
    console.log(`wrote ${r.nodes} nodes to ${r.nodesFile} and ${r.edges} edges to ${r.edgesFile}`);
    return 0;
  });
}
