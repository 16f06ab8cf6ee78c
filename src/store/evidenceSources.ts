import { read, type QueryRunner } from './queries';
import type { Database } from './Database';
import { parseEvidence } from './evidenceString';
import type { Props, SourceRow } from './types';

/**
 * Resolves evidence strings (`reportId|passageId|start|end|rule`, as relationships and curated nodes keep them) to
 * sources with their text: one source list per evidence list, in order, reading every passage they point into with
 * one query. A string that does not parse is left out; a span outside any passage gets empty text.
 * Example: `[["r|p1|10|14|relation.supports"]]` → `[[{ reportId: 'r', passageId: 'p1', start: 10, end: 14, rule: 'relation.supports', text: '渝昆高铁' }]]`.
 */
export async function evidenceSources(tx: QueryRunner, lists: readonly (readonly string[])[]): Promise<SourceRow[][]> {
  const parsed = lists.map((list) => list.map(parseEvidence).filter((e) => e !== null));
  const ids = [...new Set(parsed.flat().flatMap((e) => (e.passageId ? [e.passageId] : [])))];
  const passages = new Map<string, Props>();
  if (ids.length > 0) for (const { props } of await read.passagesByIds(tx, { ids })) passages.set(String(props.id), props);
  return parsed.map((list) =>
    list.map((e) => {
      const p = e.passageId ? passages.get(e.passageId) : undefined;
      const text = p ? String(p.text).slice(e.start - Number(p.start), e.end - Number(p.start)) : '';
      return { ...e, text };
    }),
  );
}

/**
 * The sources of each entity, at most `first`: the spans that mention it in report order, then the evidence a
 * curator attached. One round trip for all ids.
 */
export function entitySources(db: Database, ids: readonly string[], first: number): Promise<Map<string, SourceRow[]>> {
  return db.readTx(async (tx) => {
    const rows = await read.mentions(tx, { ids, first });
    const wanting = rows.filter((r) => r.curatedEvidence.length > 0 && r.sources.length < first);
    const curated = await evidenceSources(tx, wanting.map((r) => r.curatedEvidence));
    const extra = new Map(wanting.map((r, i) => [r.id, curated[i]]));
    return new Map(rows.map((r) => [r.id, [...r.sources, ...(extra.get(r.id) ?? [])].slice(0, first)]));
  });
}
