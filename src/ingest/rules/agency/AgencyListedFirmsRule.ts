import type { Candidate } from '../Rule';
import { AgencyKind } from './AgencyKind';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';

// 等, a count of firms (一批, 19家), a short description (世界一流, 行业领军) and the noun for firms; the items before it
// are each one firm
const FIRMS_AFTER = /等(?:一批|[\d一二三四五六七八九十两百]+家)([\p{Script=Han}]{0,8}?)(企业|公司|集团|央企|国企)/gu;
// or with no count, a word for firms of an ownership (央企, 外企), which no list of trades or kinds ends in:
// 中远海运、招商局、国能航运等央企, 诺和诺德、碧迪等重点外企
const OWNERS_AFTER = /等([\p{Script=Han}]{0,3}?)(央企|国企|外企|民企)/gu;
// an item that is itself a kind of firm (专精特新企业, 民营企业), a firm's facility (中资信创总部, …科学试验基地: the
// list is of 央企资源, their sites) or a count is no one firm's name
const KIND_OF_FIRM = /(?:企业|单位|机构|主体|类|户|总部|基地|中心|项目|园区)$|[\d一二三四五六七八九十百千万]+[家个户]/;
// state-owned by what the description says: 中央企业, 省属国企
const STATE_OWNED = /央企|国企|中央|国有|省属|市属/;

// a firm's name: Han, Latin letters and digits, a dot or brackets, a few characters long
const ITEM = /^[\p{Script=Han}A-Za-z0-9·()（）]{2,12}$/u;
const CLAUSE_BREAK = /[，。；：,;:！？!?\n“”]/;
// what may stand before the first name in its clause: verbs and their particles (实现, 服务保障, 培育了, 集聚了)
const LEAD_TAG = /^(?:v|vn|ul)$/;

/** The items of the 、 list that ends at `end` and opens its clause, the first stripped of lead verbs, or null. */
function firmsBefore(text: string, words: readonly Word[], end: number): [number, number][] | null {
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1])) start--;
  const items: [number, number][] = [];
  for (let s = start, i = text.indexOf('、', s); s < end; s = i + 1, i = text.indexOf('、', s)) {
    const e = i < 0 || i > end ? end : i;
    items.push([s, e]);
    if (e === end) break;
  }
  // the lead verbs of the clause are words of their own before the first name
  const first = items[0];
  for (const w of words) {
    // (a verb of one character is the first of a name jieba cut: 合/v 源/n 生物 in 合源生物)
    if (w.start !== first[0] || w.end >= first[1] || !LEAD_TAG.test(w.tag) || (w.text.length < 2 && w.tag !== 'ul')) continue;
    first[0] = w.end;
    // 了 closes the verb: what follows is the name, whatever the segmenter tags it (培育了超聚变: 超/v)
    if (w.tag === 'ul') break;
  }
  return items.every(([s, e]) => ITEM.test(text.slice(s, e))) ? items : null;
}

/**
 * Names listed before 等 and a count of firms are firms, each one an enterprise that acts: 实现中国平煤神马、中国河南
 * 国际、中豫航空集团等19家企业战略性重组 (河南 2026), 集聚了比亚迪、宁德时代等一批世界一流企业 (2026 reports),
 * 服务保障中国中化、中国华能等一批中央企业 (SOE by the description); with no count, before a word for firms of an
 * ownership: 中远海运、招商局、国能航运等央企 (天津 2026). Brands carry no suffix the other agency rules
 * could read; the list's noun says what they are.
 * The list runs back to its clause's start; verbs that open the clause (实现, 服务保障, 培育了) are not part of the
 * first name. Rejects lists of kinds of firm (专精特新企业、高新技术企业等一批企业), counted items and items that are
 * no short plain name (a clause that does not open with the list).
 */
export const AgencyListedFirmsRule = entityRule('agency.listedFirms', 'agency', (ctx, rule) => {
  const out: Candidate[] = [];
  const text = ctx.text;
  for (const m of [...text.matchAll(FIRMS_AFTER), ...text.matchAll(OWNERS_AFTER)]) {
    const items = firmsBefore(text, wordsOf(ctx), m.index);
    if (!items || items.some(([s, e]) => KIND_OF_FIRM.test(text.slice(s, e)))) continue;
    const kind = STATE_OWNED.test(m[1] + m[2]) ? AgencyKind.SOE : AgencyKind.COMPANY;
    for (const [s, e] of items) out.push(spanCandidate(ctx, 'agency', rule, s, e, { name: text.slice(s, e), fields: { kind } }));
  }
  return out;
});
