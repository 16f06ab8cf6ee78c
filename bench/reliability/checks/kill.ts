/**
 * kill: Neo4j dies under load. The check starts its own embedded Neo4j and an API process pointing NEO4J_URI at
 * it, sends the five read shapes in turn at a fixed rate (20 requests/s, each with a 30 s deadline, so a hang shows as
 * latency instead of fewer samples) and probes /readyz every 250 ms; after 3 s it kill -9s the Neo4j process,
 * waits 15 s, starts Neo4j again on the same folder and port, and keeps the load on for 15 s more, never
 * restarting the API. Measured: how long until requests fail after the kill (target ≤ 5 s) and whether any
 * request sent while Neo4j was down took longer than 5 s (a hang; target none), then how long after Neo4j is
 * back until every request succeeds again (target ≤ 10 s).
 */
import type { CheckOptions } from '../main';
import { gql, sleep, startStack, type CheckContext, type CheckResult } from '../harness';
import { startProbes } from '../probes';
import { READ_MIX } from '../reads';
import { formatHistogram, histogram, ms, quantile } from '../stats';

const FAIL_TARGET_MS = 5_000;
/** requests per second, the five shapes in turn: enough to see every second of the outage, light enough for 2 busy cores */
const RATE = 20;
const RECOVER_TARGET_MS = 10_000;

export interface Sample {
  /** sent, ms on the check's clock */
  at: number;
  /** latency */
  ms: number;
  ok: boolean;
}

export interface KillAnalysis {
  /** from the kill until the first failed answer; undefined when none came before the restart */
  firstFailureMs?: number;
  outageSent: number;
  outageFailed: number;
  outageSucceeded: number;
  /** requests sent while Neo4j was down that took longer than the fail target */
  outageSlow: number;
  outageMaxMs: number;
  outageP50Ms: number;
  /** from Neo4j answering again until the first request after which every request sent succeeded; undefined if never */
  recoveredMs?: number;
  afterSent: number;
  afterFailed: number;
}

/** The kill check's numbers from its samples; times on one clock: `kill`, `restart` (start of Neo4j's start), `back` (Bolt answers). */
export function analyseKill(samples: readonly Sample[], kill: number, restart: number, back: number): KillAnalysis {
  const sorted = [...samples].sort((a, b) => a.at - b.at);
  const failuresAfterKill = sorted.filter((s) => !s.ok && s.at + s.ms >= kill && s.at < back).map((s) => s.at + s.ms - kill);
  const outage = sorted.filter((s) => s.at >= kill && s.at < restart);
  const after = sorted.filter((s) => s.at >= back);
  let recoveredMs: number | undefined;
  const lastFailure = after.map((s, i) => (s.ok ? -1 : i)).reduce((a, b) => Math.max(a, b), -1);
  const firstGood = after[lastFailure + 1];
  if (firstGood) recoveredMs = Math.max(0, firstGood.at + firstGood.ms - back);
  return {
    firstFailureMs: failuresAfterKill.length ? Math.min(...failuresAfterKill) : undefined,
    outageSent: outage.length,
    outageFailed: outage.filter((s) => !s.ok).length,
    outageSucceeded: outage.filter((s) => s.ok).length,
    outageSlow: outage.filter((s) => s.ms > FAIL_TARGET_MS).length,
    outageMaxMs: outage.length ? Math.max(...outage.map((s) => s.ms)) : Number.NaN,
    outageP50Ms: quantile(outage.map((s) => s.ms), 0.5),
    recoveredMs,
    afterSent: after.length,
    afterFailed: after.filter((s) => !s.ok).length,
  };
}

export async function kill(ctx: CheckContext, _options: CheckOptions): Promise<CheckResult> {
  const outageMs = 15_000;
  const afterMs = 15_000;
  const stack = await startStack(ctx, 'kill');
  try {
    const { url } = stack.api;
    // Each shape twice first, so that the baseline is a warm server.
    for (let i = 0; i < 2; i++) for (const r of READ_MIX) await gql(url, r.query, undefined, { timeoutMs: 30_000 });
    const load = startProbes(
      READ_MIX.map((r) => ({
        name: r.name,
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: r.query }),
        ok: (res) => {
          const j = res.json as { data?: unknown; errors?: unknown[] } | undefined;
          return res.status === 200 && !j?.errors && !!j?.data;
        },
      })),
      1000 / RATE,
      30_000,
      { rotate: true, signal: ctx.signal },
    );
    const ready = startProbes([{ name: '/readyz', url: `${url}/readyz` }], 250, 10_000, { signal: ctx.signal });
    const now = () => performance.now() - load.t0;
    const readyOffset = ready.t0 - load.t0;
    await sleep(5000, ctx.signal);
    const killedPid = stack.db.pid();
    const tKill = now();
    await stack.db.kill9();
    ctx.log(`kill -9 Neo4j (pid ${killedPid}) at +${(tKill / 1000).toFixed(1)} s under ${RATE} requests/s`);
    await sleep(outageMs, ctx.signal);
    const tRestart = now();
    await stack.db.restart();
    const tBack = now();
    ctx.log(`Neo4j restarted on the same folder and port (pid ${stack.db.pid()}) after ${(outageMs / 1000).toFixed(0)} s down; it took ${((tBack - tRestart) / 1000).toFixed(1)} s to answer`);
    await sleep(afterMs, ctx.signal);
    const reports = await load.stop();
    const readyReport = (await ready.stop())[0];

    const samples = reports.flatMap((r) => r.samples);
    const before = samples.filter((s) => s.at + s.ms < tKill);
    const a = analyseKill(samples, tKill, tRestart, tBack);
    ctx.log(`before the kill: ${before.length} requests, ${before.filter((s) => !s.ok).length} failed, slowest ${ms(Math.max(...before.map((s) => s.ms)))}`);
    const outageKinds = samples.filter((s) => s.at >= tKill && s.at < tRestart).map((s) => (s.ok ? 'ok' : (s.kind ?? 'failed')) + (s.ms > FAIL_TARGET_MS ? ' after > 5 s' : ' within 5 s'));
    ctx.log(`answers to requests sent while down: ${formatHistogram(histogram(outageKinds))} (bad-body: HTTP 200 with a GraphQL error)`);
    ctx.log(
      `first failed answer ${a.firstFailureMs === undefined ? `never within the ${outageMs / 1000} s outage` : `${ms(a.firstFailureMs)} after the kill`}; ` +
        `requests sent while down: ${a.outageSent} (failed ${a.outageFailed}, succeeded ${a.outageSucceeded}, took > 5 s ${a.outageSlow}; latency p50 ${ms(a.outageP50Ms)}, max ${ms(a.outageMaxMs)})`,
    );
    ctx.log(
      `after Neo4j was back: ${a.afterSent} requests, ${a.afterFailed} failed; every request succeeds from ${a.recoveredMs === undefined ? `— (not within ${afterMs / 1000} s)` : `${ms(a.recoveredMs)} after Neo4j answered`}`,
    );
    const rs = readyReport.samples.map((s) => ({ ...s, at: s.at + readyOffset }));
    const firstNotReady = rs.find((s) => s.at >= tKill && !s.ok);
    const readyAgain = rs.filter((s) => s.at >= tBack).find((s, i, arr) => arr.slice(i).every((x) => x.ok));
    ctx.log(
      `/readyz: not ready ${firstNotReady ? `${ms(firstNotReady.at + firstNotReady.ms - tKill)} after the kill` : 'never'}, ready again ${readyAgain ? `${ms(readyAgain.at + readyAgain.ms - tBack)} after Neo4j answered` : 'never'}; slowest /readyz ${ms(readyReport.latency.max)}`,
    );

    const failFast = a.firstFailureMs !== undefined && a.firstFailureMs <= FAIL_TARGET_MS && a.outageSlow === 0;
    const recovered = a.recoveredMs !== undefined && a.recoveredMs <= RECOVER_TARGET_MS;
    return {
      target: 'fail ≤ 5 s after kill, none hangs; all succeed ≤ 10 s after Neo4j is back',
      measured:
        `first failure ${a.firstFailureMs === undefined ? 'none' : ms(a.firstFailureMs)} after kill; sent while down ${a.outageSent}: ${a.outageFailed} failed, ${a.outageSucceeded} ok, ${a.outageSlow} took > 5 s (p50 ${ms(a.outageP50Ms)}, max ${ms(a.outageMaxMs)}); ` +
        `recovered ${a.recoveredMs === undefined ? `not within ${afterMs / 1000} s` : `${ms(a.recoveredMs)}`} after Neo4j back (${a.afterFailed}/${a.afterSent} failed after)`,
      pass: failFast && recovered,
    };
  } finally {
    await stack.close();
  }
}
