import { RegionIndex, type RegionSurface } from '../../lexicon/RegionIndex';

import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordBoundsOf, wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';

const TOP = new Set(['country', 'province', 'autonomous_region', 'sar']);
const LIST_END = /^[等、和及与]$/;

/**
 * Finds region mentions — countries, provinces, prefecture cities, districts and counties, Chongqing's functional
 * areas (渝西地区, 两江新区) and the 川渝 platforms (成渝地区双城经济圈) — by longest match over every surface form
 * in regions.json + regions-cn.json, resolving short forms to one canonical entry (黔江 → 黔江区).
 * It rejects single-character abbreviations (渝, 川, 黔: never surfaces) and surfaces with several readings that
 * neither the report's province nor a province-over-city preference settles (鼓楼区 outside 江苏/福建/河南).
 * Ambiguous short forms (江北, 渝中) come out with `work.ambiguous` for AmbiguousRegionRefiner, and false-positive
 * contexts (渝中 in 成渝中线) are left to FalsePositiveContextRefiner. County-level short forms outside Chongqing
 * (海淀, 浦东, 昆山: regions-local-short.json) count only in a report about their own province.
 * A joint abbreviation of regions.json (`joint: true`: 川渝, 成渝, 万开云, 日韩) gives one candidate per member on the same
 * span (川渝 → 四川省 and 重庆市), with `joint` naming the abbreviation.
 * Example (seed report line 30): `黔江区、武隆区“国家生态文明建设示范区”` → 黔江区, 武隆区.
 */
export const RegionGazetteerRule = entityRule('region.gazetteer', 'region', (ctx, rule) => {
  const index = RegionIndex.of(ctx.lexicon);
  const reportProvince = index.provinceOf(ctx.report.region);
  const found: { start: number; end: number; reading: RegionSurface; local: boolean }[] = [];
  const { starts, ends } = wordBoundsOf(ctx);
  const words = wordsOf(ctx);
  for (const m of index.gazetteer.find(ctx.text)) {
    // a name that starts inside one word and ends inside another is a reading across them: 保定 in 医保定点, 丽江 in
    // 美丽江苏, 山东 in 贺兰山东麓, 湖南省 in 中共湖南省委 (a place inside a body's name is not a mention of its own).
    // One boundary is enough, since the segmenter often glues a place to its neighbour (大连/d)
    if (!starts.has(m.start) && !ends.has(m.end)) continue;
    // nor when the word it starts inside is a verb: 应城 in 适应城市, 大同 in 放大同城化
    if (!starts.has(m.start) && cutsWord(words, m.start)) continue;
    const reading = index.resolve(m.entries, reportProvince);
    if (reading) found.push({ start: m.start, end: m.end, reading, local: false });
  }
  // 海淀, 浦东: a short form of the report's own province; on the same span it beats a city elsewhere (朝阳 in
  // a 北京市 report is 朝阳区, not 辽宁 朝阳市), and it never cuts into a longer mention
  const local = index.localGazetteer(reportProvince)?.find(ctx.text) ?? [];
  // a stem that starts or ends inside a word is a piece of it: 大安 in 重特大安全, 小金 in 中小金融机构
  for (const m of local) {
    if (index.localShortFollowers.some((f) => ctx.text.startsWith(f, m.end))) continue;
    // (昭平等 reads as 昭 + 平等: a list's 等 or 、 after it ends the stem whatever the segmenter says)
    if (!starts.has(m.start) || !(ends.has(m.end) || LIST_END.test(ctx.text[m.end] ?? ''))) continue;
    const same = found.findIndex((f) => f.start === m.start && f.end === m.end);
    if (same >= 0) {
      const other = found[same].reading.entry;
      if (other.province !== reportProvince && !TOP.has(other.level)) found[same] = { start: m.start, end: m.end, reading: m.entries[0], local: true };
      continue;
    }
    if (found.some((f) => f.start < m.end && m.start < f.end)) continue;
    found.push({ start: m.start, end: m.end, reading: m.entries[0], local: true });
  }
  found.sort((a, b) => a.start - b.start);
  // a joint abbreviation (川渝, 日韩) names each of its members: one mention, several regions
  const entries = (r: RegionSurface) => (r.entry.joint ? r.entry.members.map((m) => index.byName(m)).filter((e) => e !== undefined) : [r.entry]);
  return found.flatMap(({ start, end, reading }) => entries(reading).map((entry) => spanCandidate(ctx, 'region', rule, start, end, {
    name: entry.name,
    fields: {
      level: entry.level,
      parent: entry.parent,
      code: entry.code,
      ...(reading.entry.joint ? { joint: reading.entry.name } : {}),
    },
    work: reading.ambiguous ? { ambiguous: true } : undefined,
  })));
});

/** Whether the word `p` falls inside is a verb: a name starting there reads across it. */
function cutsWord(words: readonly Word[], p: number): boolean {
  const w = words.find((x) => x.start < p && p < x.end);
  return w !== undefined && w.tag.startsWith('v');
}
