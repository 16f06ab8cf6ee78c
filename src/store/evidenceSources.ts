import { read, type QueryRunner } from './queries';
import { parseEvidence } from './toGraphNode';
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
