/**
 * load: 50,000 mixed reads (lookup, nested list, search, metrics filter, policyRegionLinks; each connection
 * cycles through the five) at 64 connections with autocannon against the seed report. Counts connection
 * errors, timeouts (10 s), non-2xx answers and 200 answers carrying GraphQL errors. Target: 0 of each.
 * --quick: 5,000 requests.
 */
import autocannon from 'autocannon';
import type { CheckOptions } from '../main';
import { gql, sharedStack, type CheckContext, type CheckResult } from '../harness';
import { READ_MIX } from '../reads';
import { formatHistogram, ms } from '../stats';

const CONNECTIONS = 64;

export async function load(ctx: CheckContext, _options: CheckOptions): Promise<CheckResult> {
  const amount = ctx.quick ? 5_000 : 50_000;
  const stack = await sharedStack(ctx);
  const { url } = stack.api;
  // Each shape once first: a query that fails on its own would make the load numbers meaningless.
  for (const r of READ_MIX) {
    const res = await gql(url, r.query, undefined, { timeoutMs: 30_000 });
    const items = JSON.stringify(res.data ?? null).length;
    ctx.log(`warm-up ${r.name.padEnd(17)} HTTP ${res.status}, ${res.errors ? `errors: ${res.errors[0].message}` : `${items} bytes of data`}, ${ms(res.ms)}`);
  }
  const gqlErrors: string[] = [];
  const statuses: string[] = [];
  const t0 = Date.now();
  const options: autocannon.Options = {
    url,
    connections: CONNECTIONS,
    amount,
    timeout: 10,
    requests: READ_MIX.map((r) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: r.query }),
      onResponse: (status: number, body: string) => {
        statuses.push(String(status));
        if (status !== 200) return;
        try {
          const j = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
          if (j.errors) gqlErrors.push(`${r.name}:${j.errors[0]?.extensions?.code ?? 'NO_CODE'}`);
        } catch {
          gqlErrors.push(`${r.name}:BAD_JSON`);
        }
      },
    })),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, r) => (error ? reject(error as Error) : resolve(r)));
    // Past the budget: stop sending (autocannon then reports what it has).
    ctx.signal.addEventListener('abort', () => instance.stop(), { once: true });
  });
  const seconds = (Date.now() - t0) / 1000;
  const byStatus: Record<string, number> = {};
  for (const s of statuses) byStatus[s] = (byStatus[s] ?? 0) + 1;
  const byError: Record<string, number> = {};
  for (const e of gqlErrors) byError[e] = (byError[e] ?? 0) + 1;
  ctx.log(
    `${result.requests.total} requests (${result.requests.sent} sent) in ${seconds.toFixed(1)} s at ${CONNECTIONS} connections, ` +
      `${result.requests.average.toFixed(0)} req/s; latency p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, max ${ms(result.latency.max)}`,
  );
  ctx.log(`status codes: ${formatHistogram(byStatus)}`);
  ctx.log(`errors ${result.errors} (of which timeouts ${result.timeouts}), non-2xx ${result.non2xx}, 200 with GraphQL errors ${gqlErrors.length} ${gqlErrors.length ? formatHistogram(byError) : ''}`);
  const answered = statuses.length;
  const pass = result.errors === 0 && result.non2xx === 0 && gqlErrors.length === 0 && answered >= amount;
  return {
    target: `${amount} reads at ${CONNECTIONS} conns: 0 errors, 0 non-2xx`,
    measured: `${answered}/${amount} answered, errors ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx}, GraphQL errors ${gqlErrors.length}; p50 ${ms(result.latency.p50)} p99 ${ms(result.latency.p99)} max ${ms(result.latency.max)}, ${result.requests.average.toFixed(0)} req/s`,
    pass,
  };
}
