/**
 * "The peer beside us": our API, @neo4j/graphql over the same graph, and a hand-written Cypher-over-HTTP
 * server, on the same throwaway Neo4j loaded with all 30 bundled reports, under the same load.
 *
 *   npm run bench -- peer [--quick] [--rounds 3] [--seconds 2] [--warmup 2] [--connections 10,64] [--shapes a,b,c,d,e]
 *                         [--uri bolt://… (a Neo4j already loaded with seeds/reports: nothing is started or loaded)]
 *                         [--show-cypher (print every statement each server ran for each shape)]
 *                         [--tsx (run the three servers under tsx instead of compiled, as before `npm start` built)]
 *
 * 1. starts a throwaway embedded Neo4j (free port, temporary folder), migrates it and ingests seeds/reports;
 * 2. compiles src/ and this folder to dist/ (bench/peer/tsconfig.json) and forks the three servers
 *    (dist/bench/peer/serve.js under plain node, as `npm start` runs ours), each in its own process, all
 *    against that database;
 * 3. checks that the three answer every shape with the same items in the same order (ids, normalised) and
 *    stops with the differences if not;
 * 4. records the Cypher each server runs for one request of each shape and PROFILEs it (db hits);
 * 5. warms every server up on every shape, then times each shape at each connection count in interleaved rounds
 *    (ours, peer, hand-written, ours, …) with autocannon, every answer compared byte for byte with the checked
 *    one, and prints the medians.
 * Defaults: 3 rounds of 2 s after a 2 s warm-up per server and shape (twice: all shapes first, then each before
 * its first round), at 10 and 64 connections: a full run takes about 5½ minutes on 2 cores (3½ of them under load, the rest Neo4j start, ingest and checks); --quick
 * (1 round of 1 s after 1 s of warm-up) about 2, most of it Neo4j start and ingest.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { repoRoot } from '../../src/server/config';
import { startDataset, type Dataset } from './dataset';
import type { Profiled } from './recorder';
import type { Role } from './serve';
import { ServerChild } from './serverChild';
import { shapes, type Shape } from './shapes';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '10,64' },
    shapes: { type: 'string' },
    uri: { type: 'string' },
    'show-cypher': { type: 'boolean', default: false },
    tsx: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds ?? (values.quick ? 1 : 3));
const seconds = Number(values.seconds ?? (values.quick ? 1 : 2));
const warmupSeconds = Number(values.warmup ?? (values.quick ? 1 : 2));
const connectionLevels = values.connections.split(',').map(Number);
const selected = values.shapes ? shapes.filter((s) => values.shapes!.split(',').includes(s.key)) : shapes;
// Whole numbers only: autocannon checks its stop flag once a second, so 2.5 s would run for 3.
for (const n of [rounds, seconds, warmupSeconds, ...connectionLevels]) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad number in arguments: ${n} (whole numbers only)`);
}
if (rounds < 1 || seconds < 1 || selected.length === 0) throw new Error('need at least one round of one second and one shape');

const roles: Role[] = ['ours', 'peer', 'cypher'];
const roleName: Record<Role, string> = { ours: 'ours', peer: '@neo4j/graphql', cypher: 'hand-written' };

// ---------------------------------------------------------------------------------------------------------------
// The three servers, each a child process

/** One of the three servers; a server that reports an error fails the run. */
function startChild(role: Role, uri: string): Promise<ServerChild> {
  return ServerChild.start({
    role,
    uri,
    file: values.tsx ? path.join(__dirname, 'serve.ts') : path.join(repoRoot, 'dist', 'bench', 'peer', 'serve.js'),
    execArgv: values.tsx ? (process.execArgv.length > 0 ? process.execArgv : ['--import', 'tsx']) : [],
    name: `${role} server`,
    onMessage: (m) => {
      if (m.type === 'error') {
        console.error(`${role} server failed:\n${m.message}`);
        process.exitCode = 1;
      }
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

interface Request {
  url: string;
  body: string;
}

function requestFor(role: Role, child: ServerChild, shape: Shape): Request {
  if (role === 'cypher') return { url: `${child.url}/${shape.key}`, body: JSON.stringify(shape.params) };
  return { url: `${child.url}/graphql`, body: JSON.stringify({ query: role === 'ours' ? shape.ours : shape.peer }) };
}

async function send(req: Request): Promise<string> {
  const res = await fetch(req.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status} from ${req.url}: ${text.slice(0, 500)}`);
  return text;
}

/** The ids an answer normalises to; GraphQL errors are fatal. */
function idsOf(role: Role, shape: Shape, text: string): string[] {
  const json = JSON.parse(text);
  if (role === 'cypher') return shape.cypherIds(json);
  if (json.errors) throw new Error(`${roleName[role]} answered shape ${shape.key} with errors: ${JSON.stringify(json.errors).slice(0, 800)}`);
  return role === 'ours' ? shape.oursIds(json.data) : shape.peerIds(json.data);
}

/** Every shape answered alike by all three servers (same ids, same order); returns the answers to expect. */
async function checkSameAnswers(children: Record<Role, ServerChild>): Promise<Map<string, string>> {
  const expected = new Map<string, string>();
  const problems: string[] = [];
  for (const shape of selected) {
    const ids = {} as Record<Role, string[]>;
    for (const role of roles) {
      const text = await send(requestFor(role, children[role], shape));
      expected.set(`${shape.key}:${role}`, text);
      ids[role] = idsOf(role, shape, text);
    }
    const top = ids.ours.filter((id) => !id.startsWith('>')).length;
    console.log(`  ${shape.name.padEnd(34)} ${String(ids.ours.length).padStart(4)} ids (${top} top-level)`);
    if (ids.ours.length === 0) problems.push(`shape ${shape.key}: our API returned nothing`);
    for (const role of ['peer', 'cypher'] as const) {
      const a = ids.ours;
      const b = ids[role];
      const at = a.findIndex((id, i) => id !== b[i]);
      if (at >= 0 || a.length !== b.length) {
        const i = at >= 0 ? at : Math.min(a.length, b.length);
        problems.push(
          `shape ${shape.key} (${shape.name}): ours and ${roleName[role]} differ at item ${i} of ${a.length} vs ${b.length}:\n` +
            `    ours: ${JSON.stringify(a.slice(Math.max(0, i - 2), i + 3))}\n    ${roleName[role]}: ${JSON.stringify(b.slice(Math.max(0, i - 2), i + 3))}`,
        );
      }
    }
  }
  if (problems.length > 0) throw new Error(`The three servers do not return the same items:\n  ${problems.join('\n  ')}`);
  return expected;
}

// ---------------------------------------------------------------------------------------------------------------
// Database hits

async function dbHits(children: Record<Role, ServerChild>): Promise<Map<string, Profiled>> {
  const out = new Map<string, Profiled>();
  for (const shape of selected) {
    for (const role of roles) {
      const child = children[role];
      await child.ask({ type: 'record' });
      await send(requestFor(role, child, shape));
      const r = await child.ask({ type: 'profile' });
      if (r.type !== 'profiled') throw new Error(`${role}: unexpected ${r.type}`);
      out.set(`${shape.key}:${role}`, r.profiled);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Load

interface Run {
  rps: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** One autocannon run; latencies are kept unrounded (autocannon's histogram has whole milliseconds). */
async function load(req: Request, expectBody: string, connections: number, duration: number): Promise<Run> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: req.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body, connections, duration, expectBody },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) latencies.push(ms);
    });
  });
  const bad = result.non2xx + result.errors + result.timeouts + result.mismatches;
  if (bad > 0) {
    throw new Error(
      `${req.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result.mismatches} answers unlike the checked one`,
    );
  }
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / result.duration, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------------------------------------------------------
// Report

const num = (n: number, w: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–').padStart(w);

function printTables(results: Map<string, Record<Role, Run>>, hits: Map<string, Profiled>) {
  console.log(`\nthroughput and latency: medians of ${rounds} interleaved round(s) of ${seconds} s (req/s; latency in ms)\n`);
  const head = [
    'shape'.padEnd(32),
    'conns'.padStart(5),
    'ours r/s'.padStart(9),
    'peer r/s'.padStart(9),
    'hand r/s'.padStart(9),
    'ours p50'.padStart(9),
    'peer p50'.padStart(9),
    'hand p50'.padStart(9),
    'ours p99'.padStart(9),
    'peer p99'.padStart(9),
    'hand p99'.padStart(9),
    'ours/peer r/s'.padStart(14),
    'ours/hand p50'.padStart(14),
  ].join(' ');
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const c of connectionLevels) {
    for (const shape of selected) {
      const r = results.get(`${shape.key}:${c}`);
      if (!r) continue;
      console.log(
        [
          shape.name.padEnd(32),
          num(c, 5),
          num(r.ours.rps, 9),
          num(r.peer.rps, 9),
          num(r.cypher.rps, 9),
          num(r.ours.p50, 9, 1),
          num(r.peer.p50, 9, 1),
          num(r.cypher.p50, 9, 1),
          num(r.ours.p99, 9, 1),
          num(r.peer.p99, 9, 1),
          num(r.cypher.p99, 9, 1),
          num(r.ours.rps / r.peer.rps, 14, 2),
          num(r.ours.p50 / r.cypher.p50, 14, 2),
        ].join(' '),
      );
    }
  }

  console.log('\ndb hits of one request (PROFILE of every statement the server ran; statements in brackets)\n');
  const head2 = ['shape'.padEnd(32), 'ours'.padStart(14), '@neo4j/graphql'.padStart(16), 'hand-written'.padStart(14), 'ours/peer'.padStart(10)].join(' ');
  console.log(head2);
  console.log('-'.repeat(head2.length));
  for (const shape of selected) {
    const h = (role: Role) => hits.get(`${shape.key}:${role}`)!;
    const cell = (role: Role, w: number) => `${h(role).dbHits} (${h(role).statements})`.padStart(w);
    console.log(
      [shape.name.padEnd(32), cell('ours', 14), cell('peer', 16), cell('cypher', 14), num(h('ours').dbHits / h('peer').dbHits, 10, 2)].join(' '),
    );
  }
  console.log('\nstatements our API ran, with their db hits:');
  for (const shape of selected) {
    const each = hits.get(`${shape.key}:ours`)!.each;
    console.log(`  ${shape.key}: ${each.map((e) => `${e.dbHits} ${e.firstLine}`).join('\n     ')}`);
  }

  if (values['show-cypher']) {
    for (const shape of selected) {
      for (const role of roles) {
        for (const e of hits.get(`${shape.key}:${role}`)!.each) {
          console.log(`\n--- ${shape.key} ${roleName[role]}: ${e.dbHits} db hits, ${e.rows} rows\n${e.text.trim()}`);
        }
      }
    }
  }

  const diffs = selected.filter((s) => s.difference);
  if (diffs.length > 0) {
    console.log('\nwhere our schema differs from the peer\'s:');
    for (const s of diffs) console.log(`  ${s.key}: ${s.difference}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  let dataset: Dataset | undefined;
  const children: Partial<Record<Role, ServerChild>> = {};
  const cleanup = async () => {
    await Promise.all(Object.values(children).map((c) => c.stop().catch(() => {})));
    await dataset?.stop();
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    if (!values.tsx) {
      console.log(`[${elapsed()}] compiling the servers to dist/ (bench/peer/tsconfig.json)`);
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(__dirname, 'tsconfig.json')], { stdio: 'inherit' });
    }
    if (!values.uri) dataset = await startDataset({ log: (l) => console.log(`[${elapsed()}] ${l}`) });
    const uri = values.uri ?? dataset!.uri;
    await Promise.all(roles.map(async (role) => (children[role] = await startChild(role, uri))));
    const all = children as Record<Role, ServerChild>;
    console.log(`[${elapsed()}] servers: ${roles.map((r) => `${roleName[r]} ${all[r].url}`).join(', ')}`);

    console.log(`[${elapsed()}] checking that the three return the same items in the same order`);
    const expected = await checkSameAnswers(all);
    console.log(`[${elapsed()}] same answers; profiling one request of each shape`);
    const hits = await dbHits(all);

    // Every server runs every shape once before any round: the first shape timed used to meet processes still
    // compiling their hot paths (and Neo4j just after the ingest), the GraphQL servers more than the driver alone.
    if (warmupSeconds > 0) {
      console.log(`[${elapsed()}] warming up: each server on each shape for ${warmupSeconds} s at ${connectionLevels[0]} connections`);
      for (const shape of selected) for (const r of roles) await load(requestFor(r, all[r], shape), expected.get(`${shape.key}:${r}`)!, connectionLevels[0], warmupSeconds);
    }
    const results = new Map<string, Record<Role, Run>>();
    for (const c of connectionLevels) {
      for (const shape of selected) {
        const reqs = Object.fromEntries(roles.map((r) => [r, requestFor(r, all[r], shape)])) as Record<Role, Request>;
        const body = (r: Role) => expected.get(`${shape.key}:${r}`)!;
        // Warm-up (JIT of the servers and of Neo4j, plan caches), once per shape before its first timed round.
        if (warmupSeconds > 0 && c === connectionLevels[0]) for (const r of roles) await load(reqs[r], body(r), c, warmupSeconds);
        const runs: Record<Role, Run[]> = { ours: [], peer: [], cypher: [] };
        for (let i = 0; i < rounds; i++) for (const r of roles) runs[r].push(await load(reqs[r], body(r), c, seconds));
        const med = (r: Role): Run => ({
          rps: median(runs[r].map((x) => x.rps)),
          p50: median(runs[r].map((x) => x.p50)),
          p99: median(runs[r].map((x) => x.p99)),
        });
        results.set(`${shape.key}:${c}`, { ours: med('ours'), peer: med('peer'), cypher: med('cypher') });
        console.log(
          `[${elapsed()}] ${shape.name}, ${c} connections: ${roles.map((r) => `${roleName[r]} ${med(r).rps.toFixed(0)} req/s`).join(', ')}`,
        );
      }
    }
    console.log(`\n${dataset ? `${dataset.reports} reports` : 'the given database'} on Neo4j ${uri}; ${rounds} round(s) × ${seconds} s per server, shape and connection count; run took ${elapsed()}`);
    printTables(results, hits);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
