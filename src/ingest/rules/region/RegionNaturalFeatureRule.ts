import { featureName, naturalFeatures as features } from './naturalFeatures';
import { regionNameHead } from '../../refiners/regionNameHead';
import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';

// an item of a 、-list bounded on both sides by punctuation: 杞麓湖、异龙湖实现脱劣 (jieba splits names it does not know)
const BOUNDED_ITEM = /(?<=^|[，。；：、（“])([\u4e00-\u9fa5]{2,3})(?=、|（)/gu;
// a reach of a river: the river (a word ending in 江 or 河, two characters are enough here) and the reach right after
const REACH = /(?:中上游|中下游|上中游|上游|中游|下游)/g;
const RIVER_END = /[江河]$/;
const REACH_AT = new RegExp(`^${REACH.source}`);
const MAX_RIVER = 5;
// the rest of a 、-list through its 等: a head after it names each item (紫金山、太湖、钟山、云龙湖等实验室)
const LIST_TO_ETC = /^(?:、[\u4e00-\u9fa5]{1,6})+等/u;

/**
 * Lakes, rivers and islands named in the text (杞麓湖、异龙湖实现脱劣, 赤水河（云南省段）, 黑瞎子岛): the guide counts
 * every place, and the gazetteer lists only administrative and planning units. A word jieba tags as a place or a
 * name, of three characters or more, closed by an ending of region-natural-features.txt.
 * Rejects two-character words (河湖, 内河 are common words; 湛江 is a city), the file's stop words (母亲河, 护城河),
 * surfaces the gazetteer lists (牡丹江, 黑龙江: the gazetteer's readings) and a feature that opens a proper name by
 * a head of region-name-heads.txt (琉璃河遗址), as the gazetteer's places do. A feature inside a project name
 * (赤水河大桥) is that project's (OverlapRefiner keeps the longer).
 * The major rivers, lakes and seas of the file's `=` lines count at two characters, as jieba's whole words (黄河干流,
 * 开展渭河、无定河等环境治理), unless a proper name's head follows, or follows the list it stands in (海河实验室,
 * 紫金山、太湖、钟山、云龙湖等实验室), or the word that makes a college or a new area of it (闽江学院, 赣江新区).
 * A reach of a river is an area (筑牢长江上游重要生态屏障, seed line 43; 黄河上游水源涵养区): the river's word and
 * 上游/中游/下游 right after it, two-character rivers too (the reach says it is a river, not 湛江 the city); inside a
 * project's name (长江上游航运中心) it is that project's.
 * Example (云南 2026): 杞麓湖、异龙湖实现脱劣 → 杞麓湖, 异龙湖.
 */
export const RegionNaturalFeatureRule = entityRule('region.naturalFeature', 'region', (ctx, rule) => {
  const f = features(ctx.lexicon);
  const index = RegionIndex.of(ctx.lexicon);
  const out: Candidate[] = [];
  for (const w of wordsOf(ctx)) {
    // a major river, lake or sea jieba reads as one word: 保持黄河干流Ⅱ类水质, 开展渭河、无定河等环境治理
    if (f.named.has(w.text)) {
      // a reach after it makes the reach the place (黄河上游: read below)
      if (REACH_AT.test(ctx.text.slice(w.end))) continue;
      const list = LIST_TO_ETC.exec(ctx.text.slice(w.end));
      const partOfName = regionNameHead(ctx.lexicon, ctx.text, w.end) || index.falsePositiveFollowers.some((x) => ctx.text.startsWith(x, w.end)) || ctx.text.startsWith('新区', w.end);
      if (!partOfName && !(list && regionNameHead(ctx.lexicon, ctx.text, w.end + list[0].length))) out.push(spanCandidate(ctx, 'region', rule, w.start, w.end, { name: w.text, fields: { level: 'natural_area', parent: null, code: null } }));
      continue;
    }
    if (!featureName(w)) continue;
    const level = f.endings.get(w.text[w.text.length - 1]);
    if (!level || f.stops.has(w.text)) continue;
    if (index.gazetteer.lookup(w.text).length > 0) continue;
    // the feature opens a proper name, as places do: 海南岛国际电影节, 琉璃河遗址 (region-name-heads.txt)
    if (regionNameHead(ctx.lexicon, ctx.text, w.end)) continue;
    out.push(spanCandidate(ctx, 'region', rule, w.start, w.end, { name: w.text, fields: { level, parent: null, code: null } }));
  }
  // the words jieba misses: a list item set off by punctuation whose neighbour in the list is a feature of the same
  // kind (杞麓湖、异龙湖; 黄河、淮河、海河: rivers with rivers), the item itself closed by that ending
  const items = [...ctx.text.matchAll(BOUNDED_ITEM)].map((m) => ({ start: m.index!, end: m.index! + m[1].length, text: m[1] }));
  const isFeature = (t: string) => f.endings.has(t[t.length - 1]) && !f.stops.has(t) && index.gazetteer.lookup(t).length === 0;
  const at = new Set(out.map((c) => c.start - ctx.passage.start));
  const push = (start: number, end: number) => {
    const text = ctx.text.slice(start, end);
    at.add(start);
    out.push(spanCandidate(ctx, 'region', rule, start, end, { name: text, fields: { level: f.endings.get(text[text.length - 1])!, parent: null, code: null } }));
  };
  // the item after a 、 read up to the ending its neighbour has (异龙湖实现脱劣: the list's last item runs on)
  const nextFeature = (end: number, ending: string): string | undefined => {
    if (ctx.text[end] !== '、') return undefined;
    const m = new RegExp(`^[\\u4e00-\\u9fa5]{1,3}?${ending}`, 'u').exec(ctx.text.slice(end + 1, end + 5));
    return m && m[0].length >= 2 && isFeature(m[0]) ? m[0] : undefined;
  };
  for (const [i, it] of items.entries()) {
    if (at.has(it.start) || !isFeature(it.text)) continue;
    const ending = it.text[it.text.length - 1];
    const before = items[i - 1];
    if ((before && before.end + 1 === it.start && isFeature(before.text) && before.text.endsWith(ending)) || nextFeature(it.end, ending)) push(it.start, it.end);
  }
  const words = wordsOf(ctx);
  for (const m of ctx.text.matchAll(REACH)) {
    const end = m.index + m[0].length;
    // the river is the word before the reach (黄河/ns 上游/f), or jieba reads both as one word (长江上游/l)
    const river =
      words.find((w) => w.end === m.index && words.some((r) => r.start === m.index && r.end === end)) ??
      words.filter((w) => w.start < m.index && w.end === end).map((w) => ({ ...w, text: w.text.slice(0, m.index - w.start), end: m.index }))[0];
    if (!river || !RIVER_END.test(river.text) || river.text.length < 2 || river.text.length > MAX_RIVER || f.stops.has(river.text)) continue;
    out.push(spanCandidate(ctx, 'region', rule, river.start, end, { name: ctx.text.slice(river.start, end), fields: { level: 'natural_area', parent: null, code: null } }));
  }
  for (const c of [...out].sort((a, b) => a.start - b.start)) {
    const end = c.end - ctx.passage.start;
    const next = nextFeature(end, c.text[c.text.length - 1]);
    if (next && !at.has(end + 1)) push(end + 1, end + 1 + next.length);
  }
  return out;
});
