/**
 * fuzz-queries: 1,000 generated malformed and hostile GraphQL requests (queryFuzzer.ts) at 4 at a time, each
 * with a 30 s deadline, anonymous, against the seed report. Prints the status-code histogram, per kind, and the
 * slowest requests. Target: 0 5xx, 0 answers carrying INTERNAL_SERVER_ERROR (a 200 whose error is the server's),
 * 0 requests without an answer, every 4xx with a JSON body, and the server still answering afterwards. --quick: 300 requests.
 */
import type { CheckOptions } from '../main';
import { request, sharedStack, type CheckContext, type CheckResult, type HttpResult } from '../harness';
import { generateRequests, oversizedBody, type FuzzRequest } from '../queryFuzzer';
import { formatHistogram, histogram, ms } from '../stats';

const CONCURRENCY = 4;
const DEADLINE_MS = 30_000;

/**
 * How a fuzz answer is judged: `ok` (2xx), `4xx` (with a JSON body), or a problem: a 5xx, a 4xx whose body is
 * not JSON, no answer, or a 2xx carrying INTERNAL_SERVER_ERROR (a server error the client's input caused,
 * masked as a GraphQL error in a 200).
 */
export function classify(
  r: Pick<HttpResult, 'status' | 'json' | 'contentType'>,
): 'ok' | '4xx' | '4xx-not-json' | '5xx' | 'internal-error-in-2xx' | 'no-answer' | 'other' {
  if (r.status === 0) return 'no-answer';
  if (r.status >= 500) return '5xx';
  if (r.status >= 400) return r.json !== undefined && /json/i.test(r.contentType) ? '4xx' : '4xx-not-json';
  if (r.status >= 200 && r.status < 300) {
    const errors = (r.json as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors ?? [];
    return errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ? 'internal-error-in-2xx' : 'ok';
  }
  return 'other';
}

export async function fuzzQueries(ctx: CheckContext, options: CheckOptions): Promise<CheckResult> {
  const count = ctx.quick ? 300 : 1000;
  const requests = generateRequests(count, options.seed);
  ctx.log(`${requests.length} requests (seed ${options.seed}): ${formatHistogram(histogram(requests.map((r) => r.kind)))}`);
  const stack = await sharedStack(ctx);
  const { url } = stack.api;
  const results: { req: FuzzRequest; res: HttpResult }[] = [];
  let next = 0;
  const t0 = Date.now();
  const worker = async () => {
    while (next < requests.length) {
      ctx.signal.throwIfAborted();
      const req = requests[next++];
      const body = typeof req.body === 'object' ? oversizedBody(req.body.oversizedBytes) : req.body;
      const res = await request(`${url}${req.path}`, { method: req.method, headers: req.headers, body, timeoutMs: DEADLINE_MS });
      results.push({ req, res });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - t0) / 1000;

  const statusOf = (r: HttpResult) => (r.status === 0 ? (r.error ?? 'no answer') : String(r.status));
  ctx.log(`${results.length} requests in ${seconds.toFixed(0)} s; status codes: ${formatHistogram(histogram(results.map((r) => statusOf(r.res))))}`);
  const classes = results.map((r) => ({ ...r, cls: classify(r.res) }));
  ctx.log(`classes: ${formatHistogram(histogram(classes.map((c) => c.cls)))}`);
  const byKind = new Map<string, string[]>();
  for (const c of classes) byKind.set(c.req.kind, [...(byKind.get(c.req.kind) ?? []), statusOf(c.res)]);
  for (const [kind, statuses] of [...byKind].sort()) ctx.log(`  ${kind.padEnd(21)} ${formatHistogram(histogram(statuses))}`);
  const bad = classes.filter((c) => c.cls !== 'ok' && c.cls !== '4xx');
  const badNotes = histogram(bad.map((c) => `${c.cls} ${statusOf(c.res)}: ${c.req.kind} / ${c.req.note.replace(/\d{3,}/g, 'N')}`));
  for (const [note, n] of Object.entries(badNotes).sort((a, b) => b[1] - a[1]).slice(0, 20)) ctx.log(`  problem ${String(n).padStart(3)} × ${note}`);
  const slowest = [...classes].sort((a, b) => b.res.ms - a.res.ms).slice(0, 5);
  ctx.log(`slowest: ${slowest.map((c) => `${ms(c.res.ms)} ${c.req.kind} (${c.req.note.slice(0, 50)}) → ${statusOf(c.res)}`).join('; ')}`);

  const health = await request(`${url}/healthz`, { timeoutMs: 10_000 });
  const lookup = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ node(id: "region:重庆市") { id } }' }),
    timeoutMs: 10_000,
  });
  const alive = health.status === 200 && lookup.status === 200 && JSON.stringify(lookup.json).includes('region:重庆市');
  const serverUp = stack.api.proc.exitCode === null && stack.api.proc.signalCode === null;
  ctx.log(`afterwards: /healthz ${statusOf(health)}, lookup ${statusOf(lookup)}, server process ${serverUp ? 'running' : `exited (${stack.api.proc.exitCode ?? stack.api.proc.signalCode})`}`);

  const n = (cls: string) => classes.filter((c) => c.cls === cls).length;
  const pass = bad.length === 0 && alive && serverUp;
  return {
    target: '0 5xx, 0 internal errors, 0 unanswered, every 4xx JSON',
    measured:
      `${results.length} reqs: ${formatHistogram(histogram(results.map((r) => statusOf(r.res))))}; 5xx ${n('5xx')}, ` +
      `INTERNAL_SERVER_ERROR in 200 ${n('internal-error-in-2xx')}, unanswered ${n('no-answer')}, 4xx not JSON ${n('4xx-not-json')}; alive after: ${alive ? 'yes' : 'NO'}`,
    pass,
  };
}
