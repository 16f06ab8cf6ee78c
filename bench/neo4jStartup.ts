import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/server/config';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '../src/server/localNeo4j';

const warmRuns = 3;

/**
 * Measures the embedded local Neo4j: time from spawn to Bolt answering on a fresh folder (cold: the store is
 * created) and on an existing one (warm, median of 3), stop time, and the java process's resident memory
 * after start and after a small workload. Heap and page cache come from the usual config
 * (NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGECACHE; by default a quarter of RAM each, see src/server/localNeo4j/memory.ts).
 * Run: `npx tsx bench/neo4jStartup.ts`.
 */
export async function neo4jStartup(): Promise<void> {
  const { heap, pageCache, java } = loadConfig().localNeo4j;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-bench-neo4j-'));
  const boltPort = await findFreePort();
  const start = () => startLocalNeo4j({ dir, boltPort, heap, pageCache, startTimeoutS: 300, java });
  const rows: [string, string][] = [['heap / page cache', `${heap} / ${pageCache}`]];
  try {
    let t = Date.now();
    await ensureLauncherBuilt();
    rows.push(['launcher build check (ms)', String(Date.now() - t)]);

    t = Date.now();
    let handle = await start();
    rows.push(['start, fresh folder (ms)', String(Date.now() - t)]);
    rows.push(['RSS after start (MiB)', rssMiB(handle.pid)]);
    t = Date.now();
    await workload(handle.uri);
    rows.push(['workload: 20k nodes, fulltext index, reads (ms)', String(Date.now() - t)]);
    rows.push(['RSS after workload (MiB)', rssMiB(handle.pid)]);
    rows.push(['peak RSS, VmHWM (MiB)', rssMiB(handle.pid, 'VmHWM')]);
    rows.push(['stop (ms)', String(await timed(() => handle.stop()))]);

    const warm: number[] = [];
    const stops: number[] = [];
    for (let i = 0; i < warmRuns; i++) {
      t = Date.now();
      handle = await start();
      warm.push(Date.now() - t);
      if (i === warmRuns - 1) rows.push(['RSS after warm start (MiB)', rssMiB(handle.pid)]);
      stops.push(await timed(() => (handle as LocalNeo4jHandle).stop()));
    }
    rows.push([`start, existing folder, median of ${warmRuns} (ms)`, `${median(warm)} (${warm.join(', ')})`]);
    rows.push(['stop, median (ms)', String(median(stops))]);
    rows.push(['data folder size (MiB)', (dirBytes(dir) / 2 ** 20).toFixed(1)]);
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

async function workload(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  try {
    await driver.executeQuery(
      'UNWIND range(1, 20000) AS i CREATE (:BenchNode {id: i, name: "重庆市支持政策第" + toString(i) + "条"})',
    );
    await driver.executeQuery('CREATE FULLTEXT INDEX benchName IF NOT EXISTS FOR (n:BenchNode) ON EACH [n.name]');
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    for (let i = 0; i < 20; i++) {
      await driver.executeQuery('MATCH (n:BenchNode) WHERE n.id % 97 = $k RETURN count(n)', { k: neo4j.int(i) });
      await driver.executeQuery('CALL db.index.fulltext.queryNodes("benchName", $q) YIELD node RETURN count(node)', {
        q: `支持政策第${i}条`,
      });
    }
  } finally {
    await driver.close();
  }
}

function rssMiB(pid: number, field = 'VmRSS'): string {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return (kb / 1024).toFixed(0);
}

function dirBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = Date.now();
  await fn();
  return Date.now() - t;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (require.main === module) {
  neo4jStartup().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
