import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { listItems } from './listItems';

const NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const heads = perLexicon((lex) => {
  const rows = lex.words('counted-list-heads').map((line) => {
    const [head, kind] = line.split('|').map((s) => s.trim());
    return { head, kind };
  });
  const byHead = new Map(rows.map((r) => [r.head, r.kind]));
  // 三大行动, “十大工程”, 10大行动: the count, 大, the shared head, in optional quotes
  const pattern = new RegExp(`(等)?(“)?([两二三四五六七八九十]|[1-9]\\d?)大(${alternation(rows.map((r) => r.head)).source})(?![\\p{Script=Han}])`, 'gu');
  return { pattern, byHead, stops: new Set(lex.words('name-stops')) };
});

/**
 * Matches the items of a counted list of programmes that share one head: 实施工业千亿投资、优服务提信心激发民间投资活力、
 * 重点产业招商聚能突破“三大行动” is three programmes (工业千亿投资行动 …), each mention its item as written. The items
 * are bounded like names (text/nameStart.ts: a lead verb or punctuation opens the list) and their number must be
 * the count (三大 = 3 items), or at most the count when 等 closes the list; anything else (a clause that is not a
 * list, an item cut by a stop word) is rejected whole. The collective name (三大行动) is not an item.
 * Example (河北 2026): the sentence above → three PROGRAMs.
 */
export const PolicyCountedListRule = entityRule('policy.countedList', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const h = heads(ctx.lexicon);
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  for (const m of text.matchAll(h.pattern)) {
    const count = NUMERALS[m[3]] ?? Number(m[3]);
    const kind = h.byHead.get(m[4])!;
    const etc = m[1] !== undefined;
    const items = listItems(text, words, m.index, h.stops);
    if (!items) continue;
    if (items.length < 2 || items.length > count || (!etc && items.length !== count)) continue;
    for (const [start, end] of items) {
      const item = text.slice(start, end);
      // an item that already ends in a head keeps it (新时代立德树人工程 of 九大行动 stays itself)
      const name = h.byHead.has(item) || [...h.byHead.keys()].some((k) => item.endsWith(k)) ? item : item + m[4];
      out.push(spanCandidate(ctx, 'policy', rule, start, end, { name, fields: { kind, noun: m[4] } }));
    }
  }
  return out;
});
