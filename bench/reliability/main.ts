/**
 * The reliability suite of issue 12 ("no input stalls the server, no read escapes the key, no race duplicates
 * data"): bounded scripts that print counts, so the figures can be measured again after every change.
 *
 *   npm run bench -- reliability [--quick] [--only <check>[,<check>…]] [--seed <n>] [--keep] [--budget-scale <x>]
 *
 * Checks, in order (each prints its counts and a PASS/FAIL line against its target):
 *   stall         3 MB one-line document and a 20 MB report POSTed to ingestReport; /healthz and a lookup probed
 *                 every 50 ms (p50/p99/max, failures); target p99 ≤ 200 ms, each ingest done or refused with a
 *                 specific code within 60 s
 *   load          50,000 mixed reads at 64 connections (autocannon); target 0 errors, 0 non-2xx
 *   kill          kill -9 Neo4j under load: time until requests fail (≤ 5 s, no hang), restart Neo4j on the same
 *                 folder and port, time until requests succeed again without restarting the API (≤ 10 s)
 *   fuzz-docs     1,000 generated bad/odd documents through ingestReport and the ingest CLI: same verdicts, 0 5xx,
 *                 refused documents change nothing, no non-finite or |v| > 1e15 metric stored
 *   fuzz-queries  1,000 malformed/hostile GraphQL requests: status histogram, 0 5xx, every 4xx a JSON body
 *   race          5 concurrent ingestReport of one report vs one ingest: identical node/relationship/mention counts
 *   keys          REQUIRE_KEY_FOR_READS=true: every read surface refused without a key or with a wrong one (401/403),
 *                 served with the right one
 * Every database is a throwaway embedded Neo4j (free port, a folder under the suite's temporary folder) and
 * every API a process of its own (serve.ts: startServer with every mount, production mode, the seed report
 * loaded). load, fuzz-queries, keys (its own API with REQUIRE_KEY_FOR_READS), race and fuzz-docs share one
 * database, in that order (the writing ones last, and each compares counts around its own writes); stall and
 * kill start their own. --only runs the named checks in the same order.
 * --seed: the fuzzers' inputs (default 12). --keep: keep the temporary folder (server and Neo4j logs).
 * --budget-scale: multiply every check's time budget (a backstop against hangs, see below) on a slow machine.
 * --quick: smaller inputs and counts (about 3 minutes in all; the full suite about 10). The suite runs every
 * selected check even when one fails, prints a table, and exits 1 if any failed.
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLauncherBuilt } from '../../src/server/localNeo4j';
import { fuzzDocs } from './checks/fuzzDocs';
import { fuzzQueries } from './checks/fuzzQueries';
import { keys } from './checks/keys';
import { kill } from './checks/kill';
import { load } from './checks/load';
import { race } from './checks/race';
import { stall } from './checks/stall';
import { stopAll, type CheckContext, type CheckResult } from './harness';

export interface CheckOptions {
  seed: number;
}

type Check = (ctx: CheckContext, options: CheckOptions) => Promise<CheckResult>;

/**
 * Budgets are a backstop for a check that hangs in spite of its own deadlines (every request and child process
 * has one), generous because the machines are shared: a check that runs past its budget is reported as failed.
 */
const checks: Record<string, { run: Check; budgetS: { full: number; quick: number } }> = {
  // These five share one Neo4j and API process (harness.sharedStack), the writing ones last.
  load: { run: load, budgetS: { full: 1200, quick: 300 } },
  'fuzz-queries': { run: fuzzQueries, budgetS: { full: 600, quick: 300 } },
  keys: { run: keys, budgetS: { full: 300, quick: 300 } },
  race: { run: race, budgetS: { full: 600, quick: 300 } },
  'fuzz-docs': { run: fuzzDocs, budgetS: { full: 2400, quick: 900 } },
  // These two start their own: one feeds its database 23 MB, the other kills it.
  stall: { run: stall, budgetS: { full: 600, quick: 600 } },
  kill: { run: kill, budgetS: { full: 600, quick: 600 } },
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string', default: '12' },
      keep: { type: 'boolean', default: false },
      'budget-scale': { type: 'string', default: '1' },
    },
  });
  const wanted = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(checks);
  const names = Object.keys(checks).filter((n) => wanted.includes(n));
  const unknown = wanted.filter((n) => !(n in checks));
  if (unknown.length > 0) {
    console.error(`unknown check ${unknown.join(', ')}; one of: ${Object.keys(checks).join(', ')}`);
    return 2;
  }
  const budgetScale = Number(values['budget-scale']);
  if (!(budgetScale > 0)) throw new Error(`--budget-scale must be a positive number, not ${values['budget-scale']}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-reliability-'));
  const suiteStart = Date.now();
  console.log(`reliability suite${values.quick ? ' (--quick)' : ''}: ${names.join(', ')}; seed ${seed}; work folder ${workDir}`);
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadAverage()} (timings are only comparable at a similar load)`);
  await ensureLauncherBuilt();

  const rows: { name: string; result: CheckResult; seconds: number }[] = [];
  for (const name of names) {
    const { run, budgetS } = checks[name];
    const budget = Math.round((values.quick ? budgetS.quick : budgetS.full) * budgetScale);
    console.log(`\n=== ${name} (budget ${budget} s, load average ${loadAverage()})`);
    const abort = new AbortController();
    const ctx: CheckContext = { quick: values.quick, workDir, signal: abort.signal, log: (line) => console.log(`  ${line}`) };
    const t0 = Date.now();
    let result: CheckResult;
    let crashed = false;
    try {
      // The budget is a guard for a check that hangs in spite of its own deadlines: past it the check is aborted
      // (its loops, waits and child processes stop), given 15 s to wind down, and reported as failed.
      let timer: NodeJS.Timeout | undefined;
      const running = run(ctx, { seed });
      const guard = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          abort.abort(new Error(`did not finish within its budget of ${budget} s`));
          const windDown = new Promise((r) => setTimeout(r, 15_000).unref());
          void Promise.race([running.catch(() => {}), windDown]).then(() => reject(abort.signal.reason as Error));
        }, budget * 1000);
      });
      result = await Promise.race([running, guard]).finally(() => clearTimeout(timer));
      if (abort.signal.aborted) throw abort.signal.reason as Error;
    } catch (error) {
      crashed = true;
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.log(`  check crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      result = { target: '(check could not run)', measured: `ERROR ${message}`, pass: false };
    }
    // A check that crashed may have left the shared stack in any state: the next one starts it afresh.
    await stopAll({ keepShared: !crashed });
    const seconds = (Date.now() - t0) / 1000;
    console.log(`  ${result.pass ? 'PASS' : 'FAIL'} ${name}: ${result.measured} (target: ${result.target}) [${seconds.toFixed(0)} s]`);
    rows.push({ name, result, seconds });
  }

  const wName = Math.max(5, ...rows.map((r) => r.name.length));
  const wTarget = Math.max(6, ...rows.map((r) => r.result.target.length));
  console.log(`\n${'='.repeat(20)} reliability summary (${values.quick ? 'quick' : 'full'}, seed ${seed}, ${((Date.now() - suiteStart) / 1000).toFixed(0)} s)`);
  console.log(`${'check'.padEnd(wName)}  ${'result'}  ${'time'.padStart(5)}  ${'target'.padEnd(wTarget)}  measured`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(wName)}  ${(r.result.pass ? 'PASS' : 'FAIL').padEnd(6)}  ${`${r.seconds.toFixed(0)}s`.padStart(5)}  ${r.result.target.padEnd(wTarget)}  ${r.result.measured}`);
  }
  await stopAll();
  const failed = rows.filter((r) => !r.result.pass).length;
  console.log(`${rows.length - failed} passed, ${failed} failed`);
  if (values.keep) console.log(`kept ${workDir}`);
  else await fsp.rm(workDir, { recursive: true, force: true });
  return failed > 0 ? 1 : 0;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
