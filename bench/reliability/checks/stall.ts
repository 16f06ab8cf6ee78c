/**
 * stall: does one big input stop the server answering everyone else? A 3 MB document on one line without
 * sentence punctuation (real reports with newlines and 。！？； removed) and a 20 MB report (a real report
 * repeated) are POSTed to `ingestReport`, each to an API process of its own on one Neo4j, while `/healthz` and a
 * lookup query are probed every 50 ms at a fixed rate (a probe waits at most 10 s, then counts as failed). Target:
 * p99 of both probes ≤ 200 ms with no failed probe, and each ingest finished (or refused with a specific error
 * code: not a 5xx, not INTERNAL_SERVER_ERROR, not silence) within 60 s. --quick: 5 MB instead of 20 MB.
 *
 * A refusal passes, so a limit alone could pass the check: the first document is a one-line document exactly at
 * the report limit (MAX_REPORT_BYTES, default DEFAULT_MAX_BYTES), which must be accepted within the same targets.
 * The limit the README documents is then one that works.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_BYTES } from '../../../src/ingest';
import type { CheckOptions } from '../main';
import { API_KEY, errorCode, gql, REPORTS_DIR, SEED_REPORT_FILE, sleep, startApi, startDatabase, type CheckContext, type CheckResult, type HttpResult } from '../harness';
import { startProbes, type ProbeReport } from '../probes';
import { ms } from '../stats';

const INGEST = `mutation Ingest($text: String!, $meta: ReportInput!) {
  ingestReport(text: $text, meta: $meta) { changed report { id } nodes { label count } }
}`;
const LOOKUP = '{ node(id: "region:重庆市") { id name } }';
const P99_TARGET_MS = 200;
const INGEST_DEADLINE_MS = 60_000;

/** Real reports, newlines and 。！？； removed, concatenated and cut to `bytes` bytes of UTF-8: one sentence-less line. */
export function oneLineDocument(reports: readonly string[], bytes: number): string {
  const stripped = reports.map((r) => r.replace(/[\r\n。！？；]/g, '')).join('');
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += stripped;
  return cutToBytes(out, bytes);
}

/** One real report repeated up to `bytes` bytes of UTF-8. */
export function repeatedReport(report: string, bytes: number): string {
  const copies = Math.ceil(bytes / Buffer.byteLength(report));
  return cutToBytes(Array.from({ length: copies }, () => report).join('\n'), bytes);
}

function cutToBytes(text: string, bytes: number): string {
  const buf = Buffer.from(text).subarray(0, bytes);
  // Do not end inside a multi-byte character.
  return buf.toString('utf8').replace(/\uFFFD+$/, '');
}

export async function stall(ctx: CheckContext, _options: CheckOptions): Promise<CheckResult> {
  const limitBytes = Number(process.env.MAX_REPORT_BYTES ?? DEFAULT_MAX_BYTES);
  const oneLineBytes = 3_000_000;
  const bigBytes = ctx.quick ? 5_000_000 : 20_000_000;
  const corpus = fs
    .readdirSync(REPORTS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(REPORTS_DIR, f), 'utf8'));
  const docs = [
    { id: 'stall-at-limit', label: `one line at the ${limitBytes}-byte limit`, text: oneLineDocument(corpus, limitBytes), mustAccept: true },
    { id: 'stall-one-line', label: `${(oneLineBytes / 1e6).toFixed(0)} MB one line`, text: oneLineDocument(corpus, oneLineBytes), mustAccept: false },
    {
      id: 'stall-repeated',
      label: `${(bigBytes / 1e6).toFixed(0)} MB repeated report`,
      text: repeatedReport(fs.readFileSync(SEED_REPORT_FILE, 'utf8'), bigBytes),
      mustAccept: false,
    },
  ];
  // Bodies are built before probing starts, so the prober's own JSON work does not show in its numbers.
  const bodies = docs.map((d) => Buffer.from(JSON.stringify({ query: INGEST, variables: { text: d.text, meta: { id: d.id, title: d.label } } })));
  for (const [i, d] of docs.entries()) {
    ctx.log(`document ${d.id}: ${Buffer.byteLength(d.text)} bytes of text, ${d.text.split('\n').length} line(s); request body ${bodies[i].length} bytes`);
  }

  // Each document gets an API process of its own (on one Neo4j), so that a server still chewing on the first
  // document does not count against the second.
  const db = await startDatabase(ctx, 'stall');
  try {
    const rows: { label: string; probes: ProbeReport[]; outcome: string; seconds: number; ok: boolean }[] = [];
    for (const [i, d] of docs.entries()) {
      const api = await startApi(ctx, `stall-${d.id}`, db.uri);
      try {
        const { url } = api;
        const lookupServed = (r: HttpResult) => r.status === 200 && (r.json as { data?: { node?: { id?: string } } })?.data?.node?.id === 'region:重庆市';
        const probes = startProbes(
          [
            { name: '/healthz', url: `${url}/healthz` },
            { name: 'lookup', url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOOKUP }), ok: lookupServed },
          ],
          50,
          10_000,
          { signal: ctx.signal },
        );
        await sleep(1000, ctx.signal);
        const r = await gql(url, INGEST, undefined, { key: API_KEY, timeoutMs: INGEST_DEADLINE_MS, body: bodies[i] });
        const code = errorCode(r);
        const seconds = r.ms / 1000;
        const accepted = code === undefined && (r.data?.ingestReport as { report?: { id?: string } } | undefined)?.report?.id === d.id;
        // A refusal counts when it names why: a client error code, not a 5xx, an internal error or no answer.
        const specific = accepted || (r.status !== 0 && r.status < 500 && code !== undefined && !['INTERNAL_SERVER_ERROR', 'NO_CODE'].includes(code));
        const outcome = accepted ? 'accepted' : (code ?? `HTTP_${r.status}`);
        ctx.log(
          `ingest ${d.label}: ${accepted ? 'accepted' : `refused: HTTP ${r.status || '— (no answer)'} ${code ?? ''}`}` +
            `${r.errors?.[0] ? ` "${r.errors[0].message.slice(0, 120)}"` : ''} after ${seconds.toFixed(1)} s`,
        );
        await sleep(1000, ctx.signal);
        const reports = await probes.stop();
        for (const p of reports) ctx.log(probeLine(p));
        const probesOk = reports.every((p) => p.latency.p99 <= P99_TARGET_MS && p.failures === 0);
        rows.push({ label: d.label, probes: reports, outcome, seconds, ok: probesOk && (d.mustAccept ? accepted : specific) && seconds * 1000 <= INGEST_DEADLINE_MS });
      } finally {
        // A server still busy with the document would only answer a graceful stop once done: kill it.
        await api.kill();
      }
    }
    const measured = rows
      .map(
        (row) =>
          `${row.label}: ${row.outcome} ${row.seconds.toFixed(1)}s, ` +
          row.probes.map((p) => `${p.name} p99 ${ms(p.latency.p99)} max ${ms(p.latency.max)} fail ${p.failures}/${p.sent}`).join(', '),
      )
      .join('; ');
    return { target: `probe p99 ≤ ${P99_TARGET_MS} ms, 0 failed; ingest done/refused ≤ 60 s`, measured, pass: rows.every((r) => r.ok) };
  } finally {
    await db.stop();
  }
}

function probeLine(p: ProbeReport): string {
  const kinds = new Map<string, number>();
  for (const k of p.failureKinds) kinds.set(k, (kinds.get(k) ?? 0) + 1);
  const kindText = [...kinds].map(([k, n]) => `${k}×${n}`).join(' ');
  const over = p.samples.filter((s) => s.ms > P99_TARGET_MS).length;
  return `probe ${p.name.padEnd(8)} sent ${p.sent}, p50 ${ms(p.latency.p50)}, p99 ${ms(p.latency.p99)}, max ${ms(p.latency.max)}, over ${P99_TARGET_MS} ms ${over}, failures ${p.failures}${kindText ? ` (${kindText})` : ''}`;
}
