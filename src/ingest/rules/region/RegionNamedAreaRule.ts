import { perLexicon } from '../../lexicon/perLexicon';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { headSet, namedPhrases, placeTest } from '../common/namedHeads';
import type { Candidate, PassageContext } from '../Rule';
import type { Word } from '../../text/segment';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordBoundsOf, wordsOf } from '../wordsOf';
import { initialsByProvince } from './RegionJointInitialsRule';
import { nameStops } from '../nameStops';

const heads = headSet('region-area-heads', new Set(['functional_area']));
// the heads of zones an area plans, and how far back its name may start
const PLANNED_ZONE = /(?:示范区|先行区)/g;
const MAX_ZONE = 20;
// the areas that name such zones: a macro-region (长三角) or a part of a province (皖南国际文化旅游示范区)
const ZONE_NAMERS = new Set(['macro_region', 'functional_area']);
const placeWordHeads = perLexicon((lex) =>
  lex.words('region-place-word-heads').filter((l) => !l.startsWith('!')).map((line) => line.split('|').map((x) => x.trim()) as [string, string]),
);
const placeWordCancels = perLexicon((lex) => lex.words('region-place-word-heads').filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim()));
// how far back place words may reach before a generic head: 粤东粤西粤北地区
const MAX_PLACE_WORDS = 8;
// a part of a province, its one-character name and a direction: 粤东, 湘西, 苏北
const PROVINCE_PART = /^\p{Script=Han}[东南西北中]$/u;
// the items of a list sharing an area head are short names: 许港, 郑焦 (two cities' initials), 济南
const LIST_ITEM = /^\p{Script=Han}{2,4}$/u;

/**
 * Planning and functional areas named by their head (region-area-heads.txt: 都市圈, 城市群, 经济圈, 经济带, 经济区)
 * that the gazetteer does not list: 放大辽东绿色经济区…, 深入实施沈阳都市圈…, 长江中游城市群. The guide counts such
 * areas as places. The name is bounded by the lead verb before it (rules/common/namedHeads.ts) and by any verb
 * inside what is left (优先发展北部湾经济区 → 北部湾经济区, 提升优化杭州都市圈 → 杭州都市圈).
 * Rejects kinds of area: a modifier holding a word of region-area-stops.txt (世界级城市群, 临空经济区, 1小时经济圈),
 * counted areas (4个国家级渔港经济区), heads with no name (加快城市群, 都市圈和城市群), and names that end in an area
 * of the gazetteer (五年度长江经济带, 对接成渝地区双城经济圈: the gazetteer's mention). A place inside the area's
 * name is part of it (OverlapRefiner keeps the longer mention).
 * A generic head of region-place-word-heads.txt (地区) names an area only after words jieba tags as places, two
 * characters or more, none a place of the gazetteer: 胶东地区, 皖北地区 (民族地区, 欠发达地区 are kinds of area);
 * parts of a province run together are one area each (粤东粤西粤北地区 → 粤东地区, 粤西地区, 粤北地区).
 * Zones named by a macro-region or a part of a province of the gazetteer are areas too (长三角生态绿色一体化发展示范区,
 * 成渝地区双城经济圈建设先行区, 皖南国际文化旅游示范区): PolicyNamedRule leaves them, they are not pilots.
 * A 、-list of short names before 等 and an area head shares the head (推进许港、郑焦、郑新等产业带建设: three belts,
 * each mention its short name), where every item is a place of the gazetteer or opens with the initial of one
 * city of the report's province (许港: 许昌 and the airport zone); a count before the head (等4个产业带) makes a kind.
 * Example (辽宁 2026): 辽东绿色经济区中药材等特色产业快速发展 → 辽东绿色经济区.
 */
/**
 * The length of the run of the report's own cities' initials (2 to 4, each a different city) that ends at `end` and
 * starts no earlier than `from`, else 0.
 */
function initialsRunBefore(ctx: PassageContext, end: number, from: number): number {
  const initials = ctx.report.region ? initialsByProvince(ctx.lexicon).get(ctx.report.region) : undefined;
  if (!initials) return 0;
  const cities = new Set<string>();
  let n = 0;
  while (n < 4 && end - n - 1 >= from) {
    const city = initials.get(ctx.text[end - n - 1]);
    if (!city || cities.has(city)) break;
    cities.add(city);
    n++;
  }
  return n >= 2 ? n : 0;
}

export const RegionNamedAreaRule = entityRule('region.namedArea', 'region', (ctx, rule) => {
  const stops = ctx.lexicon.words('region-area-stops');
  const index = RegionIndex.of(ctx.lexicon);
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  const leads = nameStops(ctx.lexicon);
  // an area stays a place when it modifies the noun after it: 辽东绿色经济区中药材等特色产业
  for (const p of namedPhrases(ctx, heads(ctx.lexicon), placeTest(ctx.lexicon), undefined, { nounAfter: true })) {
    const headStart = p.end - p.head.head.length;
    // the last verb inside the modifier opens the name after it
    const verb = words.filter((w) => (w.tag === 'v' || leads.has(w.text)) && w.start >= p.start && w.end <= headStart).pop();
    let start = verb ? verb.end : p.start;
    // …unless it is a city's initial in a run of them, which jieba reads as verbs (兰白定临城市群: 定/v 临/v)
    const run = initialsRunBefore(ctx, headStart, p.start);
    if (run > 0 && start > headStart - run) start = headStart - run;
    // a verbal noun right after it is a verb too: 提升优化杭州都市圈
    const next = words.find((w) => w.start === start && w.tag === 'vn' && w.end < headStart);
    if (next) start = next.end;
    const modifier = ctx.text.slice(start, headStart);
    if (modifier.length < 2 || stops.some((s) => modifier.includes(s))) continue;
    // (an ambiguous short form of the gazetteer, 科学城 for 西部（重庆）科学城, is no area of its own: 张江科学城 is)
    if (index.gazetteer.find(ctx.text.slice(start, p.end)).some((m) => start + m.end === p.end && m.entries.some((e) => !e.ambiguous))) continue;
    const name = ctx.text.slice(start, p.end);
    out.push(spanCandidate(ctx, 'region', rule, start, p.end, { name, fields: { level: p.head.kind, parent: null, code: null } }));
  }
  // 胶东地区: a generic head after nothing but place words
  for (const [head, level] of placeWordHeads(ctx.lexicon)) {
    for (let at = ctx.text.indexOf(head); at >= 0; at = ctx.text.indexOf(head, at + 1)) {
      const before = words.filter((w) => w.end <= at && w.end > at - MAX_PLACE_WORDS).reverse();
      let start = at;
      const placeWords: Word[] = [];
      for (const w of before) {
        if (w.end !== start || w.tag !== 'ns') break;
        start = w.start;
        placeWords.unshift(w);
      }
      const modifier = ctx.text.slice(start, at);
      if (modifier.length < 2 || !words.some((w) => w.start === at && w.text.startsWith(head))) continue;
      if (placeWordCancels(ctx.lexicon).some((c) => ctx.text.startsWith(c, at))) continue;
      if (index.gazetteer.lookup(modifier).length > 0 || out.some((c) => c.end - ctx.passage.start === at + head.length)) continue;
      // parts of a province run together share the head, each an area of its own: 粤东粤西粤北地区 → 粤东, 粤西, 粤北地区
      if (placeWords.length > 1 && placeWords.every((w) => PROVINCE_PART.test(w.text))) {
        placeWords.forEach((w, i) => {
          const end = i === placeWords.length - 1 ? at + head.length : w.end;
          out.push(spanCandidate(ctx, 'region', rule, w.start, end, { name: w.text + head, fields: { level, parent: null, code: null } }));
        });
        continue;
      }
      out.push(spanCandidate(ctx, 'region', rule, start, at + head.length, { name: modifier + head, fields: { level, parent: null, code: null } }));
    }
  }
  out.push(...listedAreas(ctx, rule, words, leads));
  // a zone named by a macro-region or a part of a province is an area it plans (长三角生态绿色一体化发展示范区): read from
  // that area at a word start in the window before each 示范区/先行区, the name a run of Han characters
  const { starts } = wordBoundsOf(ctx);
  for (const z of ctx.text.matchAll(PLANNED_ZONE)) {
    const end = z.index + z[0].length;
    const from = Math.max(0, end - MAX_ZONE);
    const run = /\p{Script=Han}+$/u.exec(ctx.text.slice(from, end));
    if (!run) continue;
    const runStart = end - run[0].length;
    // the area nearest the head names the zone: 渝西地区打造成渝地区双城经济圈建设先行区 is the 成渝 zone
    const namer = index.gazetteer
      .find(run[0])
      .filter((m) => starts.has(runStart + m.start) && m.end < run[0].length - 3 && m.entries.some((e) => ZONE_NAMERS.has(e.entry.level) && !e.entry.joint))
      .pop();
    if (!namer) continue;
    const start = runStart + namer.start;
    out.push(spanCandidate(ctx, 'region', rule, start, end, { name: ctx.text.slice(start, end), fields: { level: 'functional_area', parent: null, code: null } }));
  }
  return out;
});

/** 许港、郑焦、郑新等产业带: the items of a list before 等 and an area head, each named by the head. */
function listedAreas(ctx: PassageContext, rule: string, words: readonly Word[], leads: ReadonlySet<string>): Candidate[] {
  const text = ctx.text;
  if (!text.includes('等')) return [];
  const set = heads(ctx.lexicon);
  const province = ctx.report.region;
  const initials = province ? initialsByProvince(ctx.lexicon).get(province) : undefined;
  const index = RegionIndex.of(ctx.lexicon);
  const named = (item: string) => LIST_ITEM.test(item) && (initials?.has(item[0]) === true || index.gazetteer.lookup(item).length > 0);
  const out: Candidate[] = [];
  for (const m of text.matchAll(set.pattern)) {
    if (text[m.index - 1] !== '等') continue;
    const items: [number, number][] = [];
    let end = m.index - 1;
    for (;;) {
      const sep = text.lastIndexOf('、', end - 1);
      if (sep >= 0 && end - sep - 1 <= 4 && named(text.slice(sep + 1, end))) {
        items.unshift([sep + 1, end]);
        end = sep;
        continue;
      }
      // the first item runs back to the lead verb or the punctuation before it
      const opener = words.filter((w) => w.end <= end && w.end >= end - 4 && (w.tag.startsWith('v') || leads.has(w.text) || /^\p{P}+$/u.test(w.text))).pop();
      const start = opener ? opener.end : end - 4;
      if (items.length > 0 && named(text.slice(start, end))) items.unshift([start, end]);
      break;
    }
    if (items.length < 2) continue;
    const head = m[0];
    for (const [s, e] of items) {
      out.push(spanCandidate(ctx, 'region', rule, s, e, { name: text.slice(s, e) + head, fields: { level: set.byHead.get(head)!.kind, parent: null, code: null } }));
    }
  }
  return out;
}
