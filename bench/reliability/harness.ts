/**
 * What every reliability check stands on: a throwaway embedded Neo4j (free port, its own folder), the API in a
 * child process (serve.ts) pointing NEO4J_URI at it, the ingest CLI as a child process, and HTTP helpers with a
 * deadline on every request. Nothing here reaches into the server's internals: the checks see only HTTP, the
 * CLI, the Neo4j process and (for counts the API does not give) the database through the driver.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, repoRoot } from '../../src/server/config';
import { findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/server/localNeo4j';
import type { FromServer, ToServer } from './serve';

export const repoRootDir = repoRoot;
export const SEED_REPORT_FILE = path.join(repoRoot, 'seeds', 'reports', 'chongqing-2023-h1-plan-execution-report.txt');
export const REPORTS_DIR = path.join(repoRoot, 'seeds', 'reports');
/** The key the checks' servers accept (API_KEYS=reliability:<this>). */
export const API_KEY = 'reliability-bench-key-0123456789';
export const API_KEYS = `reliability:${API_KEY}`;

/** Waits `ms`; rejects as soon as `signal` aborts (a check past its budget stops waiting). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Everything started and not yet stopped, so that the suite can stop what a crashed or timed-out check left. */
const open = new Set<{ stop(): Promise<void> }>();

/** The database and API the read-mostly checks share (see sharedStack). */
let shared: { db: Database; api: Api } | undefined;

/**
 * Stops whatever the checks left running, newest first (API processes before their databases); with
 * `keepShared`, not the shared stack.
 */
export async function stopAll(options: { keepShared?: boolean } = {}): Promise<void> {
  const keep = options.keepShared && shared ? new Set<unknown>([shared.db, shared.api]) : new Set<unknown>();
  if (!options.keepShared) shared = undefined;
  const all = [...open].reverse().filter((r) => !keep.has(r));
  for (const r of all) await r.stop().catch(() => {});
}

/**
 * One Neo4j and one API process (seed report loaded) for the checks that only read or that compare counts
 * before and after their own writes (load, fuzz-queries, keys' database, race, fuzz-docs): started by the first
 * of them, kept for the next, replaced if it died. Starting both costs 20–40 s on a busy 2-core machine.
 */
export async function sharedStack(ctx: CheckContext): Promise<{ db: Database; api: Api }> {
  if (shared && shared.api.proc.exitCode === null && shared.api.proc.signalCode === null && open.has(shared.db)) {
    ctx.log(`shared Neo4j ${shared.db.uri} and API ${shared.api.url}`);
    return shared;
  }
  if (shared) {
    await shared.api.stop().catch(() => {});
    await shared.db.stop().catch(() => {});
  }
  const db = await startDatabase(ctx, 'shared');
  try {
    shared = { db, api: await startApi(ctx, 'shared', db.uri) };
  } catch (error) {
    await db.stop();
    throw error;
  }
  return shared;
}

export interface CheckContext {
  quick: boolean;
  /** aborted when the check runs past its budget: loops, waits and child processes stop */
  signal: AbortSignal;
  /** a folder of the suite's own, removed at the end unless --keep */
  workDir: string;
  log(line: string): void;
}

export interface CheckResult {
  target: string;
  /** one line for the summary table */
  measured: string;
  pass: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Neo4j

export interface Database {
  uri: string;
  dir: string;
  port: number;
  /** the java process's pid (changes on restart) */
  pid(): number;
  /** kill -9 the Neo4j process and wait until it is gone */
  kill9(): Promise<void>;
  /** starts Neo4j again on the same folder and port; resolves when Bolt answers */
  restart(): Promise<void>;
  driver(): Driver;
  stop(): Promise<void>;
}

/** A fresh embedded Neo4j in `<workDir>/<name>-neo4j` on a free port (empty: the server migrates and seeds it). */
export async function startDatabase(ctx: CheckContext, name: string): Promise<Database> {
  const { localNeo4j } = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const dir = path.join(ctx.workDir, `${name}-neo4j`);
  const port = await findFreePort();
  const opts = { ...localNeo4j, dir, boltPort: port, startTimeoutS: 120 };
  const t0 = Date.now();
  let handle: LocalNeo4jHandle = await startLocalNeo4j(opts);
  ctx.log(`Neo4j ${handle.uri} (pid ${handle.pid}) up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  let driver: Driver | undefined;
  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return !/^State:\s+[ZX]/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    } catch {
      return false;
    }
  };
  const db: Database = {
    uri: handle.uri,
    dir,
    port,
    pid: () => handle.pid,
    async kill9() {
      const pid = handle.pid;
      process.kill(pid, 'SIGKILL');
      const until = Date.now() + 10_000;
      while (isAlive(pid) && Date.now() < until) await sleep(20);
    },
    async restart() {
      handle = await startLocalNeo4j(opts);
    },
    driver() {
      driver ??= neo4j.driver(handle.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
      return driver;
    },
    async stop() {
      open.delete(db);
      await driver?.close().catch(() => {});
      if (isAlive(handle.pid)) await handle.stop();
    },
  };
  open.add(db);
  return db;
}

// ---------------------------------------------------------------------------------------------------------------
// The API in a child process

export interface Api {
  url: string;
  proc: ChildProcess;
  logFile: string;
  /** graceful stop (SIGKILL after 10 s) */
  stop(): Promise<void>;
  /** SIGKILL, for a server busy with a stalled request */
  kill(): Promise<void>;
}

/**
 * Forks serve.ts against `uri` with `env` added to ours (production mode, warn-level logs into
 * `<workDir>/<name>-server.log`). Resolves once it listens.
 */
export async function startApi(ctx: CheckContext, name: string, uri: string, env: Record<string, string> = {}): Promise<Api> {
  const logFile = path.join(ctx.workDir, `${name}-server.log`);
  const logFd = fs.openSync(logFile, 'a');
  const execArgv = process.execArgv.length > 0 ? process.execArgv : ['--import', 'tsx'];
  const proc = fork(path.join(__dirname, 'serve.ts'), [], {
    execArgv,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      API_KEYS,
      REQUIRE_KEY_FOR_READS: 'false',
      ...env,
      RELIABILITY_NEO4J_URI: uri,
    },
    stdio: ['ignore', logFd, logFd, 'ipc'],
  });
  fs.closeSync(logFd);
  const t0 = Date.now();
  const url = await new Promise<string>((resolve, reject) => {
    proc.once('error', reject);
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s; see ${logFile}`)), 120_000);
    proc.once('message', (m: FromServer) => {
      clearTimeout(timer);
      if (m.type === 'ready') resolve(m.url);
      else reject(new Error(`the server failed to start: ${m.message}`));
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} while starting; see ${logFile}`));
    });
  }).catch((error: unknown) => {
    proc.kill('SIGKILL');
    throw error;
  });
  ctx.log(`API ${url} (pid ${proc.pid}) up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const running = () => proc.exitCode === null && proc.signalCode === null;
  const api: Api = {
    url,
    proc,
    logFile,
    async stop() {
      open.delete(api);
      if (!running()) return;
      try {
        proc.send({ type: 'stop' } satisfies ToServer);
      } catch {
        proc.kill('SIGKILL');
      }
      // A server stuck on a stalled request gets 10 s, then SIGKILL.
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      open.delete(api);
      if (running()) proc.kill('SIGKILL');
      await exited;
    },
  };
  open.add(api);
  return api;
}

/** Database + API for one check; `close()` stops both (API first). */
export async function startStack(ctx: CheckContext, name: string, env: Record<string, string> = {}): Promise<{ db: Database; api: Api; close(): Promise<void> }> {
  const db = await startDatabase(ctx, name);
  let api: Api;
  try {
    api = await startApi(ctx, name, db.uri, env);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return {
    db,
    api,
    async close() {
      await api.stop().catch(() => {});
      await db.stop().catch(() => {});
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

export interface HttpResult {
  /** 0 when no response came (network error or deadline) */
  status: number;
  ms: number;
  text: string;
  json: unknown;
  contentType: string;
  /** 'timeout' or the network error's code/message when status is 0 */
  error?: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
}

/** One HTTP request with a deadline; never throws. */
export async function request(url: string, options: RequestOptions = {}): Promise<HttpResult> {
  const t0 = performance.now();
  const timeoutMs = options.timeoutMs ?? 30_000;
  try {
    const res = await fetch(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      body: options.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, ms: performance.now() - t0, text, json, contentType: res.headers.get('content-type') ?? '' };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    return { status: 0, ms: performance.now() - t0, text: '', json: undefined, contentType: '', error: timedOut ? 'timeout' : (e.cause?.code ?? e.cause?.message ?? e.message) };
  }
}

export interface GqlResult extends HttpResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POST /graphql with a JSON body; `key` adds `Authorization: Bearer <key>`. */
export async function gql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: { key?: string; timeoutMs?: number; body?: string | Buffer } = {},
): Promise<GqlResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  const r = await request(`${url}/graphql`, { method: 'POST', headers, body: options.body ?? JSON.stringify({ query, variables }), timeoutMs: options.timeoutMs });
  const j = r.json as GqlResult | undefined;
  return { ...r, data: j?.data, errors: j?.errors };
}

/** The error code a GraphQL answer or an HTTP failure boils down to: `reason` (ingest codes) before `code`. */
export function errorCode(r: GqlResult): string | undefined {
  if (r.status === 0) return r.error === 'timeout' ? 'CLIENT_TIMEOUT' : `NETWORK:${r.error}`;
  const e = r.errors?.[0];
  if (e) return String(e.extensions?.reason ?? e.extensions?.code ?? 'NO_CODE');
  if (r.status >= 400) return `HTTP_${r.status}`;
  return undefined;
}

export const STATS_QUERY = '{ stats { nodes { label count } relationships { type count } reports } }';

/** `stats` through the API as one map: `node:Policy`, `rel:MENTIONED_IN`, … */
export async function apiStats(url: string, key?: string): Promise<Record<string, number>> {
  const r = await gql(url, STATS_QUERY, undefined, { key, timeoutMs: 60_000 });
  const s = r.data?.stats as { nodes: { label: string; count: number }[]; relationships: { type: string; count: number }[] } | undefined;
  if (!s) throw new Error(`stats failed: HTTP ${r.status} ${r.text.slice(0, 300)}`);
  const out: Record<string, number> = {};
  for (const n of s.nodes) out[`node:${n.label}`] = n.count;
  for (const t of s.relationships) out[`rel:${t.type}`] = t.count;
  return out;
}

/** Every node and relationship, by label set and type, straight from the database (what `stats` may not list). */
export async function dbCounts(driver: Driver): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const nodes = await driver.executeQuery('MATCH (n) WITH labels(n) AS ls UNWIND ls AS l RETURN l AS k, count(*) AS c');
  for (const r of nodes.records) out[`label:${r.get('k')}`] = r.get('c');
  const all = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
  out['nodes:all'] = all.records[0].get('c');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c');
  for (const r of rels.records) out[`type:${r.get('k')}`] = r.get('c');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The ingest CLI

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** file → the CLI's error text, for every `FAILED <file>: …` line */
  failed: Map<string, string>;
}

/** The command the checks run, as a person would type it. */
export const CLI_COMMAND = 'npx tsx src/cli/ingest.ts --quiet <files…>';

/**
 * `tsx src/cli/ingest.ts --quiet <files>` with NEO4J_URI=`uri` (the same as `npx tsx src/cli/ingest.ts`, without
 * npx's start-up), killed after `timeoutMs` (default 15 minutes) or when `signal` aborts.
 */
export function runIngestCli(uri: string, files: readonly string[], options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<CliRun> {
  const timeoutMs = options.timeoutMs ?? 900_000;
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'ingest.ts'), '--quiet', ...files], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('close', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      const failed = new Map<string, string>();
      for (const m of stdout.matchAll(/^FAILED (.+?): (.*)$/gm)) failed.set(m[1], m[2]);
      resolve({ code, stdout, stderr, seconds: (Date.now() - t0) / 1000, failed });
    });
  });
}

export async function writeFiles(dir: string, files: { name: string; bytes: Buffer }[]): Promise<string[]> {
  await fsp.mkdir(dir, { recursive: true });
  return Promise.all(
    files.map(async (f) => {
      const p = path.join(dir, f.name);
      await fsp.writeFile(p, f.bytes);
      return p;
    }),
  );
}
