/**
 * fuzz-docs: 1,000 generated bad and odd documents (docFuzzer.ts: binary, NUL and control bytes, punctuation
 * only, mojibake, GBK and UTF-16 files, empty, huge numbers, unbalanced 《 floods, long single lines, valid
 * small reports …) sent through `ingestReport` and through the ingest CLI (each written to a file), with the
 * same report id both ways. Prints how often the two verdicts agree (accepted, or refused with the same code),
 * 5xx answers, whether a refused document changed the database (`stats` before and after each refused POST;
 * for the CLI, `stats` around a second CLI run over the documents it refused), and metrics stored with a
 * non-finite or absurd value (|v| > 1e15, read through the driver). Targets: same verdicts, 0 5xx, 0 changes
 * from refused documents, 0 absurd metrics. --quick: 200 documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CheckOptions } from '../main';
import { generateDocuments, type FuzzDoc } from '../docFuzzer';
import {
  API_KEY,
  apiStats,
  CLI_COMMAND,
  errorCode,
  gql,
  REPORTS_DIR,
  runIngestCli,
  sharedStack,
  writeFiles,
  type CheckContext,
  type CheckResult,
} from '../harness';
import { countDelta, formatCounts, formatHistogram, histogram, ms } from '../stats';

const INGEST = `mutation Ingest($text: String!, $meta: ReportInput!) {
  ingestReport(text: $text, meta: $meta) { changed report { id } }
}`;
const ABSURD = 1e15;

/** A verdict: `accepted`, or the refusal's code. */
export type Verdict = string;

/** The CLI's verdict for a file from its `FAILED <file>: <CODE>: …` line (an IngestError) or its absence. */
export function cliVerdict(failedMessage: string | undefined): Verdict {
  if (failedMessage === undefined) return 'accepted';
  return /^([A-Z][A-Z_]+): /.exec(failedMessage)?.[1] ?? 'ERROR';
}

export async function fuzzDocs(ctx: CheckContext, options: CheckOptions): Promise<CheckResult> {
  const count = ctx.quick ? 200 : 1000;
  const corpus = fs
    .readdirSync(REPORTS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(REPORTS_DIR, f), 'utf8'));
  const docs = generateDocuments(corpus, count, options.seed);
  const bytes = docs.reduce((s, d) => s + d.bytes.length, 0);
  ctx.log(`${docs.length} documents (seed ${options.seed}), ${(bytes / 1e6).toFixed(1)} MB: ${formatHistogram(histogram(docs.map((d) => d.kind)))}`);
  const files = await writeFiles(
    path.join(ctx.workDir, 'fuzz-docs'),
    docs.map((d) => ({ name: `${d.id}.txt`, bytes: d.bytes })),
  );
  const fileOf = new Map(docs.map((d, i) => [files[i], d]));

  const stack = await sharedStack(ctx);
  const { url } = stack.api;

  // 1. Through the API, one at a time, stats after each.
  const apiVerdicts = new Map<FuzzDoc, Verdict>();
  const statuses: string[] = [];
  const apiChanged: { doc: FuzzDoc; delta: Record<string, number> }[] = [];
  const timeByKind: Record<string, { n: number; total: number; max: number }> = {};
  let before = await apiStats(url);
  const t0 = Date.now();
  for (const doc of docs) {
    ctx.signal.throwIfAborted();
    const r = await gql(url, INGEST, { text: doc.text, meta: { id: doc.id } }, { key: API_KEY, timeoutMs: 60_000 });
    statuses.push(r.status === 0 ? (r.error ?? 'no answer') : String(r.status));
    const k = (timeByKind[doc.kind] ??= { n: 0, total: 0, max: 0 });
    k.n++;
    k.total += r.ms;
    k.max = Math.max(k.max, r.ms);
    const code = errorCode(r);
    const accepted = code === undefined && (r.data?.ingestReport as { report?: { id?: string } } | undefined)?.report?.id === doc.id;
    apiVerdicts.set(doc, accepted ? 'accepted' : (code ?? 'NO_REPORT'));
    const after = await apiStats(url);
    if (!accepted) {
      const delta = countDelta(after, before);
      if (Object.keys(delta).length > 0) apiChanged.push({ doc, delta });
    }
    before = after;
    if ((doc.index + 1) % 100 === 0) ctx.log(`API: ${doc.index + 1}/${docs.length} documents, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const apiSeconds = (Date.now() - t0) / 1000;
  const status = histogram(statuses);
  const fiveXX = statuses.filter((s) => /^5/.test(s)).length;
  const noAnswer = statuses.filter((s) => !/^\d+$/.test(s)).length;
  ctx.log(`API: ${docs.length} POSTs in ${apiSeconds.toFixed(0)} s; HTTP status ${formatHistogram(status)}; verdicts ${formatHistogram(histogram([...apiVerdicts.values()]))}`);
  const slowest = Object.entries(timeByKind)
    .sort((a, b) => b[1].max - a[1].max)
    .slice(0, 4)
    .map(([kind, t]) => `${kind} mean ${ms(t.total / t.n)} max ${ms(t.max)}`);
  ctx.log(`API: slowest kinds: ${slowest.join('; ')}`);

  // 2. Through the CLI, in batches of 250 files (one process each).
  const cliVerdicts = new Map<FuzzDoc, Verdict>();
  const cliProblems: string[] = [];
  const t1 = Date.now();
  for (let i = 0; i < files.length; i += 250) {
    ctx.signal.throwIfAborted();
    const batch = files.slice(i, i + 250);
    const run = await runIngestCli(stack.db.uri, batch, { signal: ctx.signal });
    const finished = /report\(s\) loaded/.test(run.stdout);
    if (!finished || (run.code !== 0 && run.code !== 1)) {
      cliProblems.push(`batch ${i / 250 + 1}: exit ${run.code}, no summary; stderr: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
    for (const f of batch) cliVerdicts.set(fileOf.get(f)!, finished ? cliVerdict(run.failed.get(f)) : 'CLI_CRASH');
  }
  ctx.log(`CLI (${CLI_COMMAND}): ${files.length} files in ${((Date.now() - t1) / 1000).toFixed(0)} s; verdicts ${formatHistogram(histogram([...cliVerdicts.values()]))}`);
  for (const p of cliProblems) ctx.log(`CLI problem: ${p}`);

  // 3. The documents the CLI refused, once more as one batch, with stats around it.
  const cliRefused = docs.filter((d) => cliVerdicts.get(d) !== 'accepted');
  const beforeCli = await apiStats(url);
  const again = cliRefused.length > 0 ? await runIngestCli(stack.db.uri, cliRefused.map((d) => files[d.index]), { signal: ctx.signal }) : undefined;
  const cliDelta = countDelta(await apiStats(url), beforeCli);
  const flips = cliRefused.filter((d) => cliVerdict(again?.failed.get(files[d.index])) !== cliVerdicts.get(d)).length;
  ctx.log(`CLI again on its ${cliRefused.length} refused files: database change ${formatCounts(cliDelta)}; verdicts that changed on the second run ${flips}`);

  // 4. Verdicts side by side.
  const same = docs.filter((d) => apiVerdicts.get(d) === cliVerdicts.get(d));
  const differ = docs.filter((d) => apiVerdicts.get(d) !== cliVerdicts.get(d));
  const pairs = histogram(differ.map((d) => `${d.kind}: API ${apiVerdicts.get(d)} / CLI ${cliVerdicts.get(d)}`));
  ctx.log(`same verdict ${same.length}, different verdict ${differ.length}`);
  for (const [k, n] of Object.entries(pairs).sort((a, b) => b[1] - a[1])) ctx.log(`  ${String(n).padStart(4)} × ${k}`);
  const apiRefused = docs.filter((d) => apiVerdicts.get(d) !== 'accepted').length;
  ctx.log(`refused documents that changed the database: API ${apiChanged.length} of ${apiRefused}${apiChanged.length ? ` (e.g. ${apiChanged[0].doc.id} ${apiChanged[0].doc.kind}: ${formatCounts(apiChanged[0].delta)})` : ''}; CLI batch of ${cliRefused.length}: ${Object.keys(cliDelta).length ? 'changed' : 'unchanged'}`);

  // 5. Stored metrics that are not finite or absurdly large, straight from the database.
  const absurd = await stack.db.driver().executeQuery(
    `MATCH (m:Metric)
     WITH m, [v IN [m.value, m.valueMax] WHERE v IS NOT NULL AND (isNaN(v) OR abs(v) > $limit OR v = v + 1)] AS bad
     WHERE size(bad) > 0
     RETURN count(m) AS n, collect(m.id + ' = ' + toString(m.value) + coalesce('–' + toString(m.valueMax), ''))[..5] AS examples`,
    { limit: ABSURD },
  );
  const absurdCount = absurd.records[0].get('n') as number;
  const examples = absurd.records[0].get('examples') as string[];
  ctx.log(`metrics with a non-finite or |value| > 1e15: ${absurdCount}${examples.length ? ` (${examples.join('; ')})` : ''}`);

  const changedTotal = apiChanged.length + (Object.keys(cliDelta).length ? 1 : 0);
  const pass = differ.length === 0 && fiveXX === 0 && noAnswer === 0 && changedTotal === 0 && absurdCount === 0 && cliProblems.length === 0;
  return {
    target: 'same verdicts, 0 5xx, 0 changes by refused docs, 0 absurd metrics',
    measured:
      `${docs.length} docs: same ${same.length}, different ${differ.length}; 5xx ${fiveXX}, no answer ${noAnswer}; ` +
      `refused changed DB: API ${apiChanged.length}/${apiRefused}, CLI ${Object.keys(cliDelta).length ? 'yes' : 'no'}; absurd metrics ${absurdCount}` +
      (cliProblems.length ? `; CLI crashes ${cliProblems.length}` : ''),
    pass,
  };
}
