import { endsInAct } from './endsInAct';
import { projectLexicon } from '../project/projectLexicon';
import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { listItems } from './listItems';

// an item shorter than this names a field, not a measure (婚假、产假等政策, 土地、金融等政策), and so does its list
const MIN_ITEM_HAN = 3;
// a list opened by these names what the policies serve, not the policies: 支持批发业、零售业…等政策措施
// jieba's tags of the nouns a head would modify
const NOUN_TAGS = new Set(['n', 'ng', 'nz', 'vn', 'an', 'k']);
const BENEFICIARY_OPENERS = new Set(['支持', '鼓励']);
// how long the purpose between 等 and the head may be: 等稳就业政策, 等生育支持政策
const MAX_PURPOSE = 4;
// the words of a `fields` head that say its items are fields, not part of each item's name
const FIELD_WORDS = /^(?:重点)?领域/;

const heads = perLexicon((lex) => {
  const rows = lex.words('policy-listed-heads').map((line) => {
    const [head, kind, flag = ''] = line.split('|').map((s) => s.trim());
    if (flag !== '' && flag !== 'joins' && flag !== 'fields' && flag !== 'acts') throw new Error(`policy-listed-heads.txt: unknown flag ${flag} for ${head}`);
    return { head, kind, joins: flag !== '', fields: flag === 'fields', acts: flag === 'acts' };
  });
  // 等, a short purpose (稳就业, 民生, 生育支持) and the head; the head must end a word and not modify a noun (checked
  // on jieba's words below)
  const pattern = new RegExp(`等(\\p{Script=Han}{0,${MAX_PURPOSE}}?)(${alternation(rows.map((r) => r.head)).source})`, 'gu');
  const namedHeads = lex.words('policy-named-heads').map((line) => line.split('|')[0].trim());
  return {
    pattern,
    byHead: new Map(rows.map((r) => [r.head, r])),
    namedHeads,
    stops: new Set(lex.words('name-stops')),
    generic: new Set(lex.words('name-generic-words')),
    instruments: lex.words('policy-instrument-endings'),
    worksMarkers: lex.words('policy-works-markers'),
  };
});

/**
 * Matches the items of a list closed by 等 and a policy head of policy-listed-heads.txt: 落实城乡居民增收计划、
 * 个人消费贷款财政贴息、职工带薪错峰休假等政策 is three policies, each mention its item as written. The list must
 * be whole (policy/listItems.ts: a lead verb or the clause start opens it, every item a plain name), so a clause
 * that is not a list gives nothing. An item shorter than three Han characters names a field, not a measure, and
 * makes its list one of fields (优化社会保险、救助、福利、优抚等政策: nothing); items of generic words only
 * (name-generic-words.txt) are skipped; a list opened by 支持 or 鼓励 names what the policies serve (支持批发业、
 * 零售业…等政策措施: nothing). Quoted items are PolicyQuotedRule's (“走找想促”“送解优”等行动). An item that already
 * ends in a named head keeps its own name (城乡居民增收计划); otherwise a head marked `joins` completes it
 * (土壤污染源头防控行动).
 * A short purpose may stand between 等 and the head (等稳就业政策, 等生育支持政策): the items are then measures only
 * when each hands out money or relief (policy-instrument-endings.txt: 育儿补贴、…、生育友好岗等生育支持政策), since
 * otherwise they name what the policies serve (文创园区建设、文化科技融合等支持政策: nothing).
 * Example (北京 2026): 落实育儿补贴、生育保险、生育休假等政策 → 育儿补贴, 生育保险, 生育休假, MEASURES.
 */
export const PolicyListedRule = entityRule('policy.listed', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const h = heads(ctx.lexicon);
  const suffixes = projectLexicon(ctx.lexicon).suffixes;
  const markers = h.worksMarkers;
  const worksIn = (item: string) => suffixes.search(item).length > 0 || markers.some((x) => item.includes(x));
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  for (const m of text.matchAll(h.pattern)) {
    const purpose = m[1];
    const head = h.byHead.get(m[2])!;
    // 等政策 and 等机制进一步完善, not 等政策性 or 等行动方案 (a title's noun): the head ends a word that no noun follows
    const headEnd = m.index + m[0].length;
    const next = words.find((w) => w.start === headEnd);
    if (!words.some((w) => w.end === headEnd) || (next && NOUN_TAGS.has(next.tag))) continue;
    const items = listItems(text, words, m.index, h.stops);
    if (!items || BENEFICIARY_OPENERS.has(words.find((w) => w.end === items[0][0])?.text ?? '')) continue;
    // one bare field word makes the list one of fields: 优化社会保险、救助、福利、优抚等政策
    // (a head that says its items are fields, 重点领域改革, names the reform of each: 深化土地、户籍等重点领域改革)
    // with a purpose between, the items are measures only when each hands out money or relief (…补助、…费率等稳就业
    // 政策); otherwise they are what the policies serve (文创园区建设、文化科技融合等支持政策)
    if (purpose && !items.every(([, end]) => h.instruments.some((x) => text.endsWith(x, end)))) continue;
    if (!head.fields && items.some(([start, end]) => (text.slice(start, end).match(/\p{Script=Han}/gu) ?? []).length < MIN_ITEM_HAN)) continue;
    // a head flagged `acts` (工程) lists programmes only when every item is an act, ending in a verb, on no works:
    // 中华优秀传统文化传承发展、文艺精品创优等工程 (not 机场三期、津潍高铁等工程, nor 位山灌区现代化改造等工程)
    if (head.acts && !items.every(([start, end]) => endsInAct(words, end) && !worksIn(text.slice(start, end)))) continue;
    for (const [start, end] of items) {
      const item = text.slice(start, end);
      // an item of generic words only names no measure (突出问题整治 cut to 问题整治)
      const own = words.filter((w) => w.start >= start && w.end <= end && !h.generic.has(w.text));
      if (own.reduce((n, w) => n + w.text.length, 0) < 2) continue;
      const named = h.namedHeads.some((x) => item.endsWith(x));
      const name = head.joins && !named ? item + (head.fields ? head.head.replace(FIELD_WORDS, '') : head.head) : item;
      out.push(spanCandidate(ctx, 'policy', rule, start, end, { name, fields: { kind: head.kind, noun: head.head } }));
    }
  }
  return out;
});
