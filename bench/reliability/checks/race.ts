/**
 * race: does ingesting one report five times at once store anything twice? A report the database does not
 * hold (the Beijing 2026 work report) is ingested once through `ingestReport` and its counts taken (`stats`:
 * nodes per label and relationships per type, MENTIONED_IN included; and every label and type through the
 * driver); it is deleted, then ingested by 5 concurrent `ingestReport` calls with the same id, and the counts
 * compared. Rounds: 3 (--quick: 1). Duplicates are also counted directly: Report nodes with the report's id,
 * passages at the same offsets, MENTIONED_IN with the same entity, passage and span, entities sharing an id,
 * parallel relationships of one type. A control (delete, one ingest again) shows whether delete + ingest is
 * repeatable at all. Target: every round's counts identical to the single ingest's, 0 duplicates.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { CheckOptions } from '../main';
import { API_KEY, apiStats, dbCounts, errorCode, gql, REPORTS_DIR, sharedStack, type CheckContext, type CheckResult } from '../harness';
import { countDelta, formatCounts, formatHistogram, histogram } from '../stats';

const REPORT_FILE = '2026-北京市-government-work-report.txt';
const REPORT_ID = 'race-beijing-2026';
const CONCURRENT = 5;
const INGEST = `mutation Ingest($text: String!, $meta: ReportInput!) {
  ingestReport(text: $text, meta: $meta) { changed report { id } }
}`;
const DELETE = 'mutation Delete($id: ID!) { deleteReport(id: $id) }';

/** Counts of things that must never exist twice, for the report `id` and the whole graph. */
export const DUPLICATE_QUERIES: Record<string, string> = {
  'Report nodes with the id': 'MATCH (r:Report {id: $id}) RETURN count(r) - 1 AS n',
  'passages at the same offsets': `MATCH (:Report {id: $id})-[:HAS_PASSAGE]->(p:Passage)
    WITH p.start AS s, p.end AS e, count(*) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS n`,
  'HAS_PASSAGE twice': `MATCH (r:Report {id: $id})-[h:HAS_PASSAGE]->(p) WITH p, count(h) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS n`,
  'MENTIONED_IN twice (entity, passage, span)': `MATCH (:Report {id: $id})-[:HAS_PASSAGE]->(p:Passage)<-[m:MENTIONED_IN]-(e)
    WITH e, p, m.start AS s, m.end AS en, count(*) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS n`,
  'entities sharing an id': 'MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS n',
  'parallel relationships of one type': `MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['MENTIONED_IN']
    WITH a, b, type(r) AS t, count(*) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS n`,
};

async function duplicates(driver: Driver): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, q] of Object.entries(DUPLICATE_QUERIES)) {
    const r = await driver.executeQuery(q, { id: REPORT_ID });
    const n = r.records[0]?.get('n') as number | undefined;
    if (n) out[name] = n;
  }
  return out;
}

export async function race(ctx: CheckContext, _options: CheckOptions): Promise<CheckResult> {
  const rounds = ctx.quick ? 1 : 3;
  const text = fs.readFileSync(path.join(REPORTS_DIR, REPORT_FILE), 'utf8');
  const stack = await sharedStack(ctx);
  const { url } = stack.api;
  const driver = stack.db.driver();
  const counts = async () => ({ ...(await apiStats(url)), ...(await dbCounts(driver)) });
  const ingest = async () => {
    const r = await gql(url, INGEST, { text, meta: { id: REPORT_ID, title: 'race' } }, { key: API_KEY, timeoutMs: 120_000 });
    return errorCode(r) ?? 'accepted';
  };
  const remove = async () => {
    const r = await gql(url, DELETE, { id: REPORT_ID }, { key: API_KEY, timeoutMs: 120_000 });
    return errorCode(r) ?? 'deleted';
  };

  const baseline = await counts();
  const single = await ingest();
  const afterSingle = await counts();
  const singleDups = await duplicates(driver);
  ctx.log(`one ingest of ${REPORT_FILE}: ${single}; it added ${formatCounts(countDelta(afterSingle, baseline))}`);
  ctx.log(`duplicates after one ingest: ${formatCounts(singleDups, 'none')}`);

  const results: { outcomes: string; diff: Record<string, number>; dups: Record<string, number>; accepted: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    ctx.signal.throwIfAborted();
    const deleted = await remove();
    const afterDelete = await counts();
    const left = countDelta(afterDelete, baseline);
    const outcomes = await Promise.all(Array.from({ length: CONCURRENT }, ingest));
    const after = await counts();
    const diff = countDelta(after, afterSingle);
    const dups = await duplicates(driver);
    const accepted = outcomes.filter((o) => o === 'accepted').length;
    ctx.log(
      `round ${round}: delete ${deleted} (left vs baseline: ${formatCounts(left)}); ${CONCURRENT} concurrent ingests: ${formatHistogram(histogram(outcomes))}; ` +
        `counts minus the single ingest's: ${formatCounts(diff)}; duplicates: ${formatCounts(dups, 'none')}`,
    );
    results.push({ outcomes: formatHistogram(histogram(outcomes)), diff, dups, accepted });
  }

  // Control: is delete + one ingest repeatable? If not, a difference above need not be the race.
  await remove();
  await ingest();
  const control = countDelta(await counts(), afterSingle);
  ctx.log(`control (delete, one ingest again): counts minus the first single ingest's: ${formatCounts(control)}`);

  const differing = results.filter((r) => Object.keys(r.diff).length > 0).length;
  const dupRounds = results.filter((r) => Object.keys(r.dups).length > 0).length;
  const pass = differing === 0 && dupRounds === 0 && results.every((r) => r.accepted > 0) && Object.keys(singleDups).length === 0;
  const worst = results.find((r) => Object.keys(r.diff).length > 0 || Object.keys(r.dups).length > 0) ?? results[0];
  return {
    target: `${CONCURRENT} concurrent ingests = 1 ingest (counts), 0 duplicates`,
    measured:
      `${rounds} round(s): counts differ in ${differing}, duplicates in ${dupRounds}; ingests ${results.map((r) => r.outcomes).join(' | ')}` +
      (Object.keys(worst.diff).length ? `; e.g. ${formatCounts(worst.diff)}` : '') +
      (Object.keys(worst.dups).length ? `; dups ${formatCounts(worst.dups, 'none')}` : '') +
      `; control ${Object.keys(control).length ? `differs (${formatCounts(control)})` : 'same'}`,
    pass,
  };
}
