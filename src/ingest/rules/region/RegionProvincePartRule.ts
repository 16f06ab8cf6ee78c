import { perLexicon } from '../../lexicon/perLexicon';
import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordBoundsOf, wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';

// a province's one-character abbreviation, one to three directions, and the area word a report may add
const PART = /([东南西北中]{1,3})(地区|区域|片区)?/y;
// two provinces' abbreviations and 边: the border area they share (湘赣边, 湘鄂渝黔 is a list, not a border)
const BORDER = /^(\p{Script=Han})(\p{Script=Han})边(区域|地区)?/u;

/** The starts of every division's and area's name and short names: 琼中 opens 琼中黎族苗族自治县, a county. */
const nameStarts = perLexicon((lex) => {
  const out = new Set<string>();
  for (const file of ['regions-cn', 'regions']) {
    for (const e of lex.data<{ entries: { name: string; short_names?: string[] }[] }>(file).entries) {
      for (const n of [e.name, ...(e.short_names ?? [])]) for (let k = 2; k < Math.min(n.length, 5); k++) out.add(n.slice(0, k));
    }
  }
  return out;
});

// what may follow a part named without an area word: punctuation or a list's joint
const AFTER_PLACE = /^(?:[^\p{Script=Han}]|[等和与及、]|$)/u;

function standsAlone(text: string, end: number, words: readonly Word[], byAbbreviation: ReadonlyMap<string, string>): boolean {
  if (AFTER_PLACE.test(text.slice(end, end + 1))) return true;
  if (byAbbreviation.has(text[end]) && /[东南西北中]/.test(text[end + 1] ?? '')) return true;
  // a verb, or a set phrase jieba tags as an idiom (扩大开放/l): the part is the clause's subject
  return words.some((w) => w.start === end && (w.tag === 'v' || w.tag === 'l'));
}

/** The province each abbreviation names (region-own-abbreviations.json), 疆 left out: its parts are written 南疆. */
const provinces = perLexicon((lex) => {
  const { abbreviations } = lex.data<{ abbreviations: Record<string, string> }>('region-own-abbreviations');
  return new Map(Object.entries(abbreviations).filter(([, a]) => a !== '疆').map(([p, a]) => [a, p]));
});

/**
 * A part of a province named by the province's abbreviation and its directions: 湘西北地区, 湘南, 赣东北, 闽西南, 晋东南,
 * 滇东北, 鲁西南; and the border area two provinces share: 湘赣边区域. The guide counts these as places (AREA); the
 * name is the written one with 地区 added when the text leaves it out (湘南 → 湘南地区), its parent the province.
 * The name must be whole words: it starts where jieba starts a word and ends where one ends (not 新西兰, not 南宁东站's
 * 宁东), and a place of the gazetteer wins (湘西 is the prefecture, 黔东南 and 陇南 too, 陕北 the curated area). Without
 * an area word it must stand as a place: before punctuation, a list's joint, a verb or the next part (湘南湘西), not
 * before a noun it modifies (宁东基地, 闽南文化); 中 alone needs the area word (在富民兴陇中开创未来 is "in").
 * Example (湖南 2026): 支持湘西北地区对接成渝双城经济圈 → 湘西北地区 (not 湘西, the prefecture, inside it).
 */
export const RegionProvincePartRule = entityRule('region.provincePart', 'region', (ctx, rule) => {
  const byAbbreviation = provinces(ctx.lexicon);
  const openings = nameStarts(ctx.lexicon);
  const words = wordsOf(ctx);
  const index = RegionIndex.of(ctx.lexicon);
  const { starts, ends } = wordBoundsOf(ctx);
  const text = ctx.text;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    const province = byAbbreviation.get(text[i]);
    if (!province || !starts.has(i)) continue;
    const border = BORDER.exec(text.slice(i, i + 6));
    if (border && byAbbreviation.has(border[2]) && border[2] !== text[i]) {
      const end = i + border[0].length;
      if (ends.has(end) || border[3]) {
        out.push(spanCandidate(ctx, 'region', rule, i, end, { name: `${text.slice(i, i + 3)}${border[3] ?? '区域'}`, fields: { level: 'functional_area', parent: null, code: null } }));
      }
      continue;
    }
    PART.lastIndex = i + 1;
    const m = PART.exec(text);
    if (!m) continue;
    const short = text[i] + m[1];
    const end = i + 1 + m[0].length;
    // the whole name must be words: an area word closes it, else a word must end with the directions
    if (!m[2] && !ends.has(end)) continue;
    if (m[2] && !ends.has(i + short.length) && !ends.has(end)) continue;
    // the gazetteer's place wins: 湘西, 黔东南, 陇南, the curated 陕北, and 琼中 opens a county's name
    if (index.gazetteer.lookup(short).length > 0 || index.gazetteer.lookup(text.slice(i, end)).length > 0 || openings.has(short)) continue;
    // without an area word the part must stand as a place, not open a name or modify a noun (宁东基地, 京西古道,
    // 闽南文化, 琼西北供水工程, the firm in 京东消费金融): a list, punctuation, a verb (赣东北扩大开放) or the next part (湘南湘西) follows
    if (!m[2] && !standsAlone(text, end, words, byAbbreviation)) continue;
    // 中 alone is as often "in" (在富民兴陇中开创未来)
    if (m[1] === '中' && !m[2]) continue;
    out.push(spanCandidate(ctx, 'region', rule, i, end, { name: `${short}${m[2] ?? '地区'}`, fields: { level: 'functional_area', parent: province, code: null } }));
    i = end - 1;
  }
  return out;
});
