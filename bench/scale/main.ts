/**
 * Issue 11, "flat from 20k to 1M nodes": load a synthetic graph with the real one's shape (generate.ts) at each
 * size into a fresh throwaway Neo4j, then time our API on it.
 *
 *   npm run bench -- scale [--sizes 20k,200k,1m] [--quick (= 20k,200k)] [--seed 1]
 *                          [--heap 4g] [--pagecache 4g] [--loader bulk|store] [--batch 10] [--concurrency 1]
 *                          [--fulltext-during-load] [--seconds 5] [--warmup 2] [--connections 10] [--write-sample 5]
 *                          [--shapes a,b,…] [--profile (print the real vs synthetic profile at each size)] [--json out.json]
 *                          [--load-only (no API: load throughput only)]
 *
 * At each size (entity nodes; about 370 new ones per synthetic report):
 *  1. a throwaway embedded Neo4j in a temporary folder (deleted afterwards) with the heap and page cache given
 *     (explicit defaults, so runs compare whatever the machine's memory; the server default depends on it);
 *  2. load: `--loader bulk` (default) through bulkWriteReports (src/store/bulkLoad.ts, `--batch` new reports
 *     per transaction), the write path of Store.ingestReports, which `npm run ingest <folder>` and the bundled
 *     dataset at start use; `--loader store` through Store.writeReport (one transaction per report, the path of
 *     the ingestReport mutation; a 1M run that way takes far longer than the run budget). The full-text index is dropped for the load and made again after it, and the time until it is
 *     ONLINE counts in the load figure: kept during the load, its updates took two thirds of the load's time
 *     (`--fulltext-during-load` to measure that). Neo4j gets its whole heap at start (no full collections while
 *     it grows). Prints throughput, the time per ingest statement (client side, summed) and commit, Neo4j's CPU
 *     seconds (contention-proof, unlike wall time on a shared machine) and node/relationship counts;
 *  3. our API (startServer, production mode, no seed) in a child process (bench/peer/serve.ts): every shape
 *     answered without errors, one request of each PROFILEd (db hits per statement), then `--seconds` of load per
 *     shape at `--connections` after `--warmup`: p50/p95/p99 and req/s;
 *  4. Neo4j's resident memory (VmRSS, peak VmHWM) against heap + page cache, and the store's size on disk;
 *  5. `--write-sample` more reports through Store.writeReport on the loaded graph, the last one PROFILEd: how the
 *     production write path behaves at that size (after the queries, so they ran on exactly the size asked).
 * Then the tables: load per size, latency per shape and size with the p95 ratio of the largest size to the
 * smallest (target ≤ 2), db hits per shape and size, memory.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ReportRecords } from '../../src/ingest';
import { findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/server/localNeo4j';
import { bulkWriteReports, createDriver, createStore, migrate, type Store } from '../../src/store';
import type { Profiled } from '../peer/recorder';
import { ServerChild } from '../peer/serverChild';
import { formatSize, parseSize, SyntheticCorpus } from './generate';
import { ProfileBuilder, printProfiles, type Profile } from './profile';
import { corpusFingerprint, loadRealCorpus } from './realCorpus';
import { scaleShapes, shapeTargets, type ScaleShape } from './shapes';
import { StatementTimer, type StatementTotals } from './statementTimer';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '4g' },
    loader: { type: 'string', default: 'bulk' },
    batch: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '1' },
    'fulltext-during-load': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'write-sample': { type: 'string', default: '5' },
    shapes: { type: 'string' },
    profile: { type: 'boolean', default: false },
    json: { type: 'string' },
    'load-only': { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? (values.quick ? '20k,200k' : '20k,200k,1m')).split(',').map(parseSize);
const seed = Number(values.seed);
const batchReports = Number(values.batch);
const concurrency = Number(values.concurrency);
const deferFullText = !values['fulltext-during-load'];
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const writeSample = Number(values['write-sample']);
if (!['bulk', 'store'].includes(values.loader)) throw new Error('--loader is bulk or store');
for (const [k, v] of Object.entries({ seed, batchReports, concurrency, seconds, warmupSeconds, connections, writeSample })) {
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${k}: a whole number, got ${v}`);
}
if (!/^\d+[kmg]$/i.test(values.heap) || !/^\d+[kmg]$/i.test(values.pagecache)) throw new Error('--heap and --pagecache: sizes like 4g or 512m');

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);
const load1 = () => os.loadavg()[0].toFixed(1);

// ---------------------------------------------------------------------------------------------------------------
// Process measurements

function procStatus(pid: number): { rss: number; hwm: number } {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks: USER_HZ is 100 on Linux
}

function duBytes(dir: string): number {
  try {
    return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
  } catch {
    return NaN;
  }
}

const bytesOf = (size: string) => Number.parseInt(size, 10) * { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[size.slice(-1).toLowerCase() as 'k' | 'm' | 'g'];
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

interface Answer {
  ok: boolean;
  ms: number;
  /** top-level items of the answer, or the error */
  detail: string;
}

async function ask(url: string, query: string): Promise<Answer> {
  const t0 = process.hrtime.bigint();
  try {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await res.text();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
    if (res.status !== 200 || json.errors) {
      const e = json.errors?.[0];
      return { ok: false, ms, detail: `HTTP ${res.status} ${e?.extensions?.code ?? ''} ${e?.message ?? text.slice(0, 200)}`.trim() };
    }
    const first = Object.values(json.data ?? {})[0] as unknown;
    const size = Array.isArray(first)
      ? `${first.length} items`
      : first && typeof first === 'object' && 'nodes' in first && Array.isArray((first as { nodes: unknown[] }).nodes)
        ? `${(first as { nodes: unknown[] }).nodes.length} nodes`
        : first
          ? 'an object'
          : 'null';
    return { ok: true, ms, detail: size };
  } catch (error) {
    return { ok: false, ms: Number(process.hrtime.bigint() - t0) / 1e6, detail: error instanceof Error ? error.message : String(error) };
  }
}

interface Timing {
  requests: number;
  errors: number;
  firstError: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

const pct = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

/** `connections` workers send the query back to back for `duration` seconds; the last ones finish after it. */
async function loadTest(url: string, query: string, duration: number): Promise<Timing> {
  const until = Date.now() + duration * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let firstError = '';
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const a = await ask(url, query);
        if (a.ok) latencies.push(a.ms);
        else {
          errors++;
          firstError ||= a.detail;
        }
      }
    }),
  );
  const wall = (Date.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length + errors, errors, firstError, rps: latencies.length / wall, p50: pct(latencies, 0.5), p95: pct(latencies, 0.95), p99: pct(latencies, 0.99) };
}

// ---------------------------------------------------------------------------------------------------------------
// One size

interface LoadResult {
  loader: string;
  reports: number;
  entities: number;
  nodes: number;
  relationships: number;
  seconds: number;
  neo4jCpu: number;
  benchCpu: number;
  statements: StatementTotals[];
  commitSeconds: number;
  fullTextSeconds: number;
  profile: Profile | null;
}

interface SizeResult {
  size: number;
  load: LoadResult;
  shapes: Map<string, { answer: Answer; timing: Timing; profiled: Profiled | null }>;
  memory: { afterLoad: { rss: number; hwm: number }; afterQueries: { rss: number; hwm: number }; disk: number };
  writeSample: { reports: number; msPerReport: number; entitiesPerSecond: number; profiled: StatementTotals[] } | null;
  loadAvg: string;
}

const timer = new StatementTimer();

async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number; entities: number }> {
  const one = async (q: string) => Number((await driver.executeQuery(q, {}, { routing: neo4j.routing.READ })).records[0].get(0));
  return {
    nodes: await one('MATCH (n) RETURN count(n)'),
    relationships: await one('MATCH ()-[r]->() RETURN count(r)'),
    entities: await one('MATCH (n:Entity) RETURN count(n)'),
  };
}

/** The full-text index as migration V0003 creates it, so it can be dropped for a load and made again after. */
function fullTextStatement(): string {
  const file = path.resolve(__dirname, '..', '..', 'cypher', 'schema', 'V0003__fulltext_cjk.cypher');
  return fs.readFileSync(file, 'utf8').replace(/^\/\/.*$/gm, '').trim().replace(/;$/, '');
}

async function loadGraph(
  store: Store,
  driver: Driver,
  neo4jPid: number,
  corpus: SyntheticCorpus,
  size: number,
  profileBuilder: ProfileBuilder | null,
): Promise<{ load: LoadResult; next: ReportRecords }> {
  timer.reset();
  if (deferFullText) await driver.executeQuery('DROP INDEX kg_fulltext IF EXISTS');
  const cpu0 = cpuSeconds(neo4jPid);
  const bench0 = process.cpuUsage();
  const t0 = Date.now();
  let reports = 0;
  let txMs = 0;
  let lastLog = Date.now();
  // One report is always generated ahead (`pending`); `covered` counts the entities of the reports taken.
  let pending = corpus.next();
  let covered = 0;
  // Generating reports is the benchmark's own work, not the store's: it runs one report at a time between the
  // driver's callbacks, so it fills the time the load waits on Neo4j instead of adding to it.
  const take = async (n: number): Promise<ReportRecords[]> => {
    const out: ReportRecords[] = [];
    while (out.length < n && covered < size) {
      out.push(pending);
      profileBuilder?.add(pending);
      covered = corpus.entities;
      pending = corpus.next();
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  };
  // The report in `pending` is not loaded yet when the loop ends: the write sample starts with it.
  const writeOne = async (batch: ReportRecords[]) => {
    const s = Date.now();
    if (values.loader === 'store') for (const r of batch) await store.writeReport(r);
    else {
      const res = await bulkWriteReports(store.db, batch);
      if (res.single > 0) log(`  ${res.single} report(s) of a batch went through writeReport${res.bulkError ? ` (bulk transaction failed: ${res.bulkError})` : ''}`);
      const failed = res.outcomes.find((o) => !o.ok);
      if (failed && !failed.ok) throw failed.error;
    }
    txMs += Date.now() - s;
    reports += batch.length;
  };
  const per = values.loader === 'store' ? 1 : batchReports;
  const inFlight = new Set<Promise<void>>();
  // The first transaction holds one report, so the later ones are planned with some statistics.
  let next = await take(1);
  let first = true;
  while (next.length > 0 || inFlight.size > 0) {
    if (next.length > 0 && inFlight.size < concurrency) {
      const p: Promise<void> = writeOne(next).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (first) {
        await p;
        first = false;
      }
      // The next batch is made while this one is written.
      next = await take(per);
      continue;
    }
    if (inFlight.size > 0) await Promise.race(inFlight);
    if (Date.now() - lastLog > 30_000) {
      lastLog = Date.now();
      const s = (Date.now() - t0) / 1000;
      log(`  ${reports} reports, ${covered} entities in ${s.toFixed(0)} s (${(covered / s).toFixed(0)} entities/s, load average ${load1()})`);
    }
  }
  let fullTextSeconds = 0;
  if (deferFullText) {
    const f0 = Date.now();
    await driver.executeQuery(fullTextStatement());
    await driver.executeQuery('CALL db.awaitIndexes(3600)');
    fullTextSeconds = (Date.now() - f0) / 1000;
  }
  const secondsTaken = (Date.now() - t0) / 1000;
  const statements = timer.rows();
  const stmtMs = statements.reduce((a, s) => a + s.ms, 0);
  const counts = await countGraph(driver);
  const bench = process.cpuUsage(bench0);
  return {
    load: {
      loader: values.loader === 'store' ? 'writeReport' : `bulk ×${batchReports}${concurrency > 1 ? `, ${concurrency} in flight` : ''}${deferFullText ? ', full-text deferred' : ''}`,
      reports,
      entities: counts.entities,
      nodes: counts.nodes,
      relationships: counts.relationships,
      seconds: secondsTaken,
      neo4jCpu: cpuSeconds(neo4jPid) - cpu0,
      benchCpu: (bench.user + bench.system) / 1e6,
      statements,
      commitSeconds: concurrency > 1 ? NaN : (txMs - stmtMs) / 1000,
      fullTextSeconds,
      profile: profileBuilder?.result() ?? null,
    },
    next: pending,
  };
}

async function runSize(size: number, seedReports: ReportRecords[], shapes: ScaleShape[]): Promise<SizeResult> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), `policy-kg-scale-${formatSize(size)}-`));
  let handle: LocalNeo4jHandle | undefined;
  let api: ServerChild | undefined;
  let driver: Driver | undefined;
  let store: Store | undefined;
  const onSignal = () => {
    void (async () => {
      await api?.stop().catch(() => {});
      await handle?.stop().catch(() => {});
      await fsp.rm(dir, { recursive: true, force: true });
      process.exit(130);
    })();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const t = Date.now();
    handle = await startLocalNeo4j({ dir, boltPort: await findFreePort(), heap: values.heap, pageCache: values.pagecache, startTimeoutS: 300, wholeHeap: true });
    log(`${formatSize(size)}: Neo4j ${handle.uri} (pid ${handle.pid}, heap ${values.heap}, page cache ${values.pagecache}) in ${((Date.now() - t) / 1000).toFixed(1)} s, folder ${dir}`);
    driver = createDriver({ uri: handle.uri, username: 'neo4j', password: '' });
    store = createStore(driver, { queryTimeoutMs: 3_600_000 });
    await migrate(store.db);

    // Load
    const corpus = new SyntheticCorpus(seedReports, seed);
    const { load, next } = await loadGraph(store, driver, handle.pid, corpus, size, values.profile ? new ProfileBuilder() : null);
    log(
      `${formatSize(size)}: loaded ${load.reports} reports, ${load.entities} entities, ${load.nodes} nodes, ${load.relationships} relationships ` +
        `in ${load.seconds.toFixed(1)} s (${(load.entities / load.seconds).toFixed(0)} entities/s, ${(load.relationships / load.seconds).toFixed(0)} rels/s; ` +
        `Neo4j ${load.neo4jCpu.toFixed(0)} CPU-s; load average ${load1()})`,
    );
    // Let the indexes catch up with the load before timing reads (db.checkpoint is Enterprise only).
    await driver.executeQuery('CALL db.awaitIndexes(600)');
    const afterLoad = procStatus(handle.pid);
    const disk = duBytes(dir);
    if (values['load-only']) {
      return { size, load, shapes: new Map(), memory: { afterLoad, afterQueries: procStatus(handle.pid), disk }, writeSample: null, loadAvg: load1() };
    }

    // Queries
    api = await ServerChild.start({
      role: 'ours',
      uri: handle.uri,
      file: path.join(__dirname, '..', 'peer', 'serve.ts'),
      execArgv: process.execArgv.length > 0 ? process.execArgv : ['--import', 'tsx'],
      name: 'API server',
    });
    const results = new Map<string, { answer: Answer; timing: Timing; profiled: Profiled | null }>();
    for (const shape of shapes) {
      const answer = await ask(api.url, shape.query);
      let profiled: Profiled | null = null;
      if (answer.ok) {
        await api.ask({ type: 'record' });
        await ask(api.url, shape.query);
        const r = await api.ask({ type: 'profile' });
        if (r.type === 'profiled') profiled = r.profiled;
      }
      if (warmupSeconds > 0) await loadTest(api.url, shape.query, warmupSeconds);
      const timing = await loadTest(api.url, shape.query, seconds);
      results.set(shape.key, { answer, timing, profiled });
      log(
        `${formatSize(size)}: ${shape.name.padEnd(34)} ${answer.ok ? answer.detail.padEnd(10) : `ERROR ${answer.detail}`} ` +
          `p50 ${timing.p50.toFixed(1)} p95 ${timing.p95.toFixed(1)} ms, ${timing.rps.toFixed(1)} req/s${timing.errors ? `, ${timing.errors} errors (${timing.firstError})` : ''}` +
          `${profiled ? `, ${profiled.dbHits} db hits` : ''}`,
      );
    }
    const afterQueries = procStatus(handle.pid);
    await api.stop();
    api = undefined;

    // The production write path on the loaded graph
    let sample: SizeResult['writeSample'] = null;
    if (writeSample > 0) {
      const reports = [next, ...Array.from({ length: writeSample - 1 }, () => corpus.next())];
      const before = (await countGraph(driver)).entities;
      timer.reset();
      const s0 = Date.now();
      for (const [i, r] of reports.entries()) {
        timer.profiling = i === reports.length - 1;
        await store.writeReport(r);
      }
      timer.profiling = false;
      const ms = Date.now() - s0;
      const after = (await countGraph(driver)).entities;
      sample = {
        reports: reports.length,
        msPerReport: ms / reports.length,
        entitiesPerSecond: (after - before) / (ms / 1000),
        profiled: timer.rows().filter((r) => r.profiledCalls > 0),
      };
      log(`${formatSize(size)}: writeReport on the loaded graph: ${sample.msPerReport.toFixed(0)} ms per report (${sample.entitiesPerSecond.toFixed(0)} new entities/s)`);
    }
    return { size, load, shapes: results, memory: { afterLoad, afterQueries, disk }, writeSample: sample, loadAvg: load1() };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await api?.stop().catch(() => {});
    await store?.close().catch(() => {});
    await handle?.stop().catch(() => {});
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

function table(head: string[], rows: string[][], write = console.log): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  write(line(head));
  write(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) write(line(r));
}

const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');

function printTables(results: SizeResult[], shapes: ScaleShape[]): void {
  const sizeNames = results.map((r) => formatSize(r.size));
  console.log('\n== load (one fresh Neo4j per size)\n');
  table(
    ['size', 'loader', 'reports', 'entities', 'all nodes', 'relationships', 'seconds', 'entities/s', 'rels/s', 'Neo4j CPU-s', 'bench CPU-s', 'commit s', '1M+3M at this rate'],
    results.map(({ size, load }) => [
      formatSize(size),
      load.loader,
      String(load.reports),
      String(load.entities),
      String(load.nodes),
      String(load.relationships),
      f(load.seconds, 1),
      f(load.entities / load.seconds),
      f(load.relationships / load.seconds),
      f(load.neo4jCpu),
      f(load.benchCpu),
      f(load.commitSeconds, 1),
      `${f(Math.max(1e6 / load.entities, 3e6 / load.relationships) * load.seconds / 60, 1)} min`,
    ]),
  );
  console.log('\ntime per ingest statement during the load (client side, summed; % of the load)\n');
  const names = [...new Set(results.flatMap((r) => r.load.statements.filter((s) => s.ms > 0.01 * r.load.seconds * 1000).map((s) => s.name)))];
  table(
    ['statement', ...sizeNames.map((s) => `${s} s`), ...sizeNames.map((s) => `${s} %`)],
    [
      ...names.map((n) => [
        n,
        ...results.map((r) => f((r.load.statements.find((s) => s.name === n)?.ms ?? 0) / 1000, 1)),
        ...results.map((r) => f((100 * (r.load.statements.find((s) => s.name === n)?.ms ?? 0)) / 1000 / r.load.seconds)),
      ]),
      ['commit and the rest', ...results.map((r) => f(r.load.commitSeconds, 1)), ...results.map((r) => f((100 * r.load.commitSeconds) / r.load.seconds))],
      ...(results.some((r) => r.load.fullTextSeconds > 0)
        ? [['full-text index rebuilt after', ...results.map((r) => f(r.load.fullTextSeconds, 1)), ...results.map((r) => f((100 * r.load.fullTextSeconds) / r.load.seconds))]]
        : []),
    ],
  );

  const samples = results.filter((r) => r.writeSample);
  if (samples.length > 0) {
    console.log('\nthe production path (Store.writeReport, one transaction per report) on the loaded graph\n');
    table(
      ['size', 'reports', 'ms/report', 'new entities/s', ...[...new Set(samples.flatMap((r) => r.writeSample!.profiled.map((p) => p.name)))].map((n) => `${n.replace('ingest/', '')} hits`)],
      samples.map((r) => {
        const all = [...new Set(samples.flatMap((x) => x.writeSample!.profiled.map((p) => p.name)))];
        return [
          formatSize(r.size),
          String(r.writeSample!.reports),
          f(r.writeSample!.msPerReport),
          f(r.writeSample!.entitiesPerSecond),
          ...all.map((n) => String(r.writeSample!.profiled.find((p) => p.name === n)?.dbHits ?? '–')),
        ];
      }),
    );
  }

  if (results.every((r) => r.shapes.size === 0)) return;
  console.log(`\n== our API, ${connections} connections, ${seconds} s per shape after ${warmupSeconds} s of warm-up (ms)\n`);
  const lo = results[0];
  const hi = results[results.length - 1];
  table(
    [
      'shape',
      ...sizeNames.flatMap((s) => [`${s} p50`, `${s} p95`, `${s} r/s`]),
      ...(results.length > 1 ? [`p95 ${sizeNames.at(-1)}/${sizeNames[0]}`, 'same, ÷ shape a’s'] : []),
    ],
    shapes.map((shape) => {
      const cell = (r: SizeResult, key = shape.key) => r.shapes.get(key);
      const ratio = cell(hi)!.timing.p95 / cell(lo)!.timing.p95;
      // Shape a does the same work at every size (one index seek): its ratio is what the machine's load alone did.
      const base = cell(hi, 'a') && cell(lo, 'a') ? cell(hi, 'a')!.timing.p95 / cell(lo, 'a')!.timing.p95 : NaN;
      return [
        shape.name,
        ...results.flatMap((r) => {
          const c = cell(r)!;
          const err = c.timing.errors > 0 ? '!' : '';
          return [f(c.timing.p50, 1), `${f(c.timing.p95, 1)}${err}`, f(c.timing.rps, 1)];
        }),
        ...(results.length > 1 ? [`${f(ratio, 2)}${ratio > 2 ? ' ✗' : ' ✓'}`, f(ratio / base, 2)] : []),
      ];
    }),
  );
  console.log(`(target: p95 at ${sizeNames.at(-1)} at most 2× the p95 at ${sizeNames[0]}; load average during the runs: ${results.map((r) => `${formatSize(r.size)} ${r.loadAvg}`).join(', ')})`);
  const errs = results.flatMap((r) => shapes.filter((s) => r.shapes.get(s.key)!.timing.errors > 0 || !r.shapes.get(s.key)!.answer.ok).map((s) => {
    const c = r.shapes.get(s.key)!;
    return `  ${formatSize(r.size)} ${s.name}: ${c.timing.errors} of ${c.timing.requests} requests failed: ${c.answer.ok ? c.timing.firstError : c.answer.detail}`;
  }));
  if (errs.length) console.log(`\n! errors (timeouts count as errors; percentiles are over the answered requests):\n${errs.join('\n')}`);

  console.log('\ndb hits of one request (PROFILE of every statement the API ran), and growth\n');
  table(
    ['shape', ...sizeNames, ...(results.length > 1 ? [`${sizeNames.at(-1)}/${sizeNames[0]}`] : []), 'answer'],
    shapes.map((shape) => {
      const hits = results.map((r) => r.shapes.get(shape.key)!.profiled?.dbHits ?? NaN);
      return [shape.name, ...hits.map((h) => f(h)), ...(results.length > 1 ? [f(hits.at(-1)! / hits[0], 1)] : []), hi.shapes.get(shape.key)!.answer.detail.slice(0, 40)];
    }),
  );
  console.log('\nstatements of each shape at each size (db hits, first line)');
  for (const shape of shapes) {
    console.log(`  ${shape.key} ${shape.name}`);
    const per = results.map((r) => r.shapes.get(shape.key)!.profiled?.each ?? []);
    const n = Math.max(...per.map((p) => p.length));
    for (let i = 0; i < n; i++) {
      const line = per.map((p) => p[i]).find((e) => e)?.firstLine ?? '';
      console.log(`    ${per.map((p) => f(p[i]?.dbHits ?? NaN).padStart(10)).join(' ')}  ${line}`);
    }
  }

  console.log('\n== the local Neo4j\'s memory\n');
  const given = bytesOf(values.heap) + bytesOf(values.pagecache);
  table(
    ['size', 'heap + page cache', 'RSS after load', 'RSS after queries', 'peak RSS', 'peak / given', 'store on disk'],
    results.map((r) => [
      formatSize(r.size),
      `${values.heap} + ${values.pagecache}`,
      mib(r.memory.afterLoad.rss),
      mib(r.memory.afterQueries.rss),
      mib(r.memory.afterQueries.hwm),
      f(r.memory.afterQueries.hwm / given, 2),
      mib(r.memory.disk),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  timer.install();
  log(`sizes ${sizes.map(formatSize).join(', ')}; seed ${seed}; loader ${values.loader}; heap ${values.heap}, page cache ${values.pagecache}; ` +
    `${os.cpus().length} CPUs, ${mib(os.totalmem())} RAM; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const real = loadRealCorpus();
  const shapes0 = scaleShapes(shapeTargets(new SyntheticCorpus(real, seed).next()));
  const shapes = values.shapes ? shapes0.filter((s) => values.shapes!.split(',').includes(s.key)) : shapes0;
  log(`templates: ${real.length} bundled reports (fingerprint ${corpusFingerprint(real)}); shapes: ${shapes.map((s) => s.key).join(', ')}`);
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await runSize(size, real, shapes));
  if (values.profile) {
    const realProfile = new ProfileBuilder();
    for (const r of real) realProfile.add(r);
    console.log('\n== the graph: real (30 bundled reports) and synthetic\n');
    printProfiles([{ name: 'real', profile: realProfile.result() }, ...results.map((r) => ({ name: formatSize(r.size), profile: r.load.profile! }))]);
  }
  console.log(`\nrun took ${elapsed().trim()}; load average now ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
  printTables(results, shapes);
  if (values.json) {
    const plain = results.map((r) => ({ ...r, shapes: Object.fromEntries(r.shapes), load: { ...r.load, profile: undefined } }));
    await fsp.writeFile(values.json, JSON.stringify({ sizes, seed, heap: values.heap, pageCache: values.pagecache, results: plain }, null, 1));
    console.log(`\nresults written to ${values.json}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
