import { perLexicon } from '../../lexicon/perLexicon';
import { wordBoundsOf, wordsOf } from '../wordsOf';
import { naturalFeatures } from './naturalFeatures';
import { RegionIndex, type RegionEntry } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

interface RawFile {
  entries: { name: string; level: string; parent: string | null }[];
}

/**
 * Per province: the first character of each of its prefecture-level cities, kept only where one city has it, and the
 * abbreviations of region-city-abbreviations.json that no city of the province starts with (锡 for 无锡, 宁 for 南京).
 */
export const initialsByProvince = perLexicon((lex) => {
  const byProvince = new Map<string, Map<string, string[]>>();
  for (const e of lex.data<RawFile>('regions-cn').entries) {
    if (e.level !== 'prefecture_city' || !e.parent) continue;
    const initials = byProvince.get(e.parent) ?? new Map<string, string[]>();
    initials.set(e.name[0], [...(initials.get(e.name[0]) ?? []), e.name]);
    byProvince.set(e.parent, initials);
  }
  const parents = new Map(lex.data<RawFile>('regions-cn').entries.filter((e) => e.level === 'prefecture_city').map((e) => [e.name, e.parent]));
  const out = new Map<string, Map<string, string>>();
  for (const [province, initials] of byProvince) {
    out.set(province, new Map([...initials].filter(([, cities]) => cities.length === 1).map(([c, cities]) => [c, cities[0]])));
  }
  // the abbreviations that are not first characters (锡 for 无锡), where no city of the province starts with them
  for (const [c, city] of Object.entries(lex.data<{ abbreviations: Record<string, string> }>('region-city-abbreviations').abbreviations)) {
    const province = parents.get(city);
    if (province && !byProvince.get(province)?.has(c)) out.get(province)?.set(c, city);
  }
  return out;
});

const MIN_RUN = 2;
const MAX_RUN = 4;
/** a run this long names its cities with no follower: three initials of three cities rarely spell anything else */
const FREE_RUN = 3;

/**
 * Joint names of the report's own cities written with one character each (郑开同城化 → 郑州市 + 开封市, 西咸一体化,
 * 北钦防一体化): a run of two to four characters, each the first character of exactly one prefecture-level city of
 * the report's province (or its abbreviation, region-city-abbreviations.json: 锡, 宁), all different cities, right before a word of region-joint-followers.txt (同城化, 一体化,
 * 协同), or a 、-list of such runs whose last item has one (深化郑洛、郑许协同发展), a list's 等 between them
 * (苏锡常、宁镇扬、锡常泰等融合发展); three or four initials that jieba leaves as words of their own need no follower
 * (福厦泉要素市场化配置综合改革试点, 兰白定临城市群). One mention, one candidate per
 * city, as the gazetteer's joint abbreviations (成渝).
 * Rejects a run the gazetteer reads as one place (西安, 广东: a place, not two initials), a character two cities of
 * the province share (no reading is guessed), and runs in other provinces' reports.
 * Example (河南 2026): 出台郑开同城化发展规划 → 郑开: 郑州市, 开封市.
 */
export const RegionJointInitialsRule = entityRule('region.jointInitials', 'region', (ctx, rule) => {
  const province = ctx.report.region;
  const initials = province ? initialsByProvince(ctx.lexicon).get(province) : undefined;
  if (!initials || initials.size === 0) return [];
  const followers = ctx.lexicon.words('region-joint-followers');
  const index = RegionIndex.of(ctx.lexicon);
  const text = ctx.text;
  // the run of initials that ends right before `end`, longest first, not reaching into a longer run of Han text
  const runBefore = (end: number): [number, RegionEntry[]] | undefined => {
    for (let n = Math.min(MAX_RUN, end); n >= MIN_RUN; n--) {
      const start = end - n;
      const run = text.slice(start, end);
      const cities = [...run].map((c) => initials.get(c));
      if (cities.some((c) => c === undefined) || new Set(cities).size !== n) continue;
      if (index.gazetteer.lookup(run).length > 0) continue;
      const entries = cities.map((c) => index.byName(c!)).filter((e): e is RegionEntry => e !== undefined);
      if (entries.length === n) return [start, entries];
    }
    return undefined;
  };
  const out: Candidate[] = [];
  const emit = (start: number, end: number, entries: RegionEntry[]) => {
    for (const entry of entries) {
      out.push(spanCandidate(ctx, 'region', rule, start, end, {
        name: entry.name,
        fields: { level: entry.level, parent: entry.parent, code: entry.code, joint: text.slice(start, end) },
      }));
    }
  };
  // three or four initials standing as whole words, whatever follows (福厦泉要素市场化配置综合改革试点, 安池铜跨江一体
  // 发展, 赤锡通低空应用集聚区, 兰白定临城市群); not when a word of the run is a place or a river of its own (揭阳潮汕机场,
  // 珠江潮涌, 西安咸阳国际机场: a city's name followed by initials), nor when jieba reads a word across its edges, nor
  // when another initial stands right before or after it
  const words = wordsOf(ctx);
  const { starts, ends } = wordBoundsOf(ctx);
  const { named } = naturalFeatures(ctx.lexicon);
  const placeWordInside = (start: number, end: number) => words.some((w) => w.start >= start && w.end <= end &&
    w.end - w.start > 1 && (index.gazetteer.lookup(w.text).length > 0 || named.has(w.text)));
  const freeRuns: [number, number][] = [];
  for (let at = 0; at + FREE_RUN <= text.length; at++) {
    // an initial right before the run makes the reading ambiguous (昆玉昆曲科创协同 is 昆玉 and 昆曲, not 玉昆曲)
    if (!starts.has(at) || initials.get(text[at]) === undefined || initials.has(text[at - 1] ?? '')) continue;
    for (let n = Math.min(MAX_RUN, text.length - at); n >= FREE_RUN; n--) {
      const found = runBefore(at + n);
      if (!found || found[0] !== at || found[1].length !== n || !ends.has(at + n) || initials.has(text[at + n] ?? '') ||
        placeWordInside(at, at + n)) continue;
      freeRuns.push([at, at + n]);
      emit(at, at + n, found[1]);
      at += n - 1;
      break;
    }
  }
  const taken = (start: number, end: number) => freeRuns.some(([s, e]) => s === start && e === end);
  for (const f of followers) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      // a list's 等 may stand before the follower: 苏锡常、宁镇扬、锡常泰等融合发展
      const end0 = text[at - 1] === '等' ? at - 1 : at;
      let found = runBefore(end0);
      let end = end0;
      // back along a 、-list: 郑洛、郑许协同发展
      while (found) {
        if (!taken(found[0], end)) emit(found[0], end, found[1]);
        if (text[found[0] - 1] !== '、') break;
        end = found[0] - 1;
        found = runBefore(end);
      }
    }
  }
  return out;
});
