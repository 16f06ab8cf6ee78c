import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import { RelationBasis } from '../../records/RelationBasis';
import type { RelationCandidate } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { between, spanOf } from './relationHelpers';
import { regionsInName } from './regionsInName';
import { relationRule } from '../defineRule';

/** Characters that may open a name before its jurisdiction: 《, “, 中共 (中共上海市委关于…). */
const OPENERS = /^(?:[《“"]|中共|中国共产党)*/;
/** a name short enough to be a common word (改革, 开放) says nothing about which thing a title is for */
const MIN_NAMED = 4;
/** the country and blocs say nothing about place (中国农民丰收节, 中国商飞供应体系) */
const WHOLE_LEVELS = new Set(['country', 'bloc']);
/** Areas that are nobody's jurisdiction: 《渝西地区…行动计划》 is for 渝西地区, not issued by it. */
const AREA_LEVELS = new Set(['functional_area', 'macro_region', 'cooperation_area', 'national_new_area']);

/**
 * A policy or programme whose own name names a region supports that region: 《推动成渝地区双城经济圈市场一体化建设
 * 行动方案》 → 成渝地区双城经济圈, 《重庆市现代流通体系实施方案》 → 重庆市, “百万人才进海南”行动计划 → 海南省. The edge
 * carries `role`: `jurisdiction` when the name opens with the region's full official name (重庆市…, 中共上海市委…)
 * or names the report's own place (数字重庆建设 in Chongqing's report): whose policy it is, `basis: 'jurisdiction'`,
 * derived; else `subject`, what it is for (成渝地区双城经济圈 in Chongqing's plan; 数字重庆 in another province's
 * report): `basis: 'title'`, stated, and the place's words inside the name are a source of its node. The gold
 * annotators read titles the same way. The evidence is the name itself. A joint abbreviation names each member
 * (京津冀协同发展 → 北京市, 天津市, 河北省), and places the region rules kept as mentions inside the name, which the
 * gazetteer alone does not spell (郑开同城化发展规划 → 郑州市, 开封市; 新安江生态补偿机制 → 新安江), are subjects too.
 * A 《》 title that spells out a policy or project its passage names elsewhere is for it (探索经济区与行政区适度分离
 * 改革,印发《探索经济区与行政区适度分离改革推进方案》 → the reform); names under four characters are common words.
 * Rejected: the country (健康中国, 中华人民共和国…法 say nothing about place), ambiguous surfaces (渝西 in 渝西跨越计划),
 * places inside other names (浙江 in 浙江大学: false-positive followers), and a region right after a word of
 * title-region-stops.txt (学习浙江经验: a model, not a beneficiary). A jurisdiction prefix is not an issuer: this
 * rule never emits ISSUED_BY.
 * Example (seed line 41): 《推动成渝地区双城经济圈市场一体化建设行动方案》 SUPPORTS 成渝地区双城经济圈 (subject).
 */
export const SupportsTitleRule = relationRule('relation.supportsTitle', (ctx, entities, rule) => {
  const stops = ctx.lexicon.words('title-region-stops');
  const index = RegionIndex.of(ctx.lexicon);
  const out: RelationCandidate[] = [];
  for (const p of entities) {
    if (p.kind !== 'policy') continue;
    const opener = OPENERS.exec(p.text)?.[0].length ?? 0;
    // a joint abbreviation (京津冀协同发展) names each of its members, as its mention does, not a region of its own
    const named = regionsInName(ctx, p).flatMap((r) =>
      r.entry.joint ? r.entry.members.map((m) => index.byName(m)).filter((e) => e !== undefined).map((entry) => ({ ...r, entry })) : [r],
    );
    for (const r of named) {
      if (stops.some((s) => between(ctx, r.start - s.length, r.start) === s)) continue;
      const opens = r.start === p.start + opener && r.surface === r.entry.name && !AREA_LEVELS.has(r.entry.level);
      const role = opens || r.entry.name === ctx.report.region ? 'jurisdiction' : 'subject';
      const to = regionEndpoint(r.entry, { text: r.surface, start: r.start, end: r.end }, rule);
      const basis = role === 'jurisdiction' ? RelationBasis.JURISDICTION : RelationBasis.TITLE;
      out.push({ type: RelType.SUPPORTS, from: p, to, rule: rule, start: p.start, end: p.end, fields: { basis, role } });
    }
    // places no gazetteer surface spells, read as mentions of their own inside the name: the cities of a joint
    // abbreviation (郑开同城化发展规划 → 郑州市, 开封市), a named part of a county; never the report's own place
    for (const r of entities) {
      if (r.kind !== 'region' || r.start < p.start || r.end > p.end || r.name === ctx.report.region || WHOLE_LEVELS.has(String(r.fields.level))) continue;
      if (out.some((x) => x.from === p && x.to.name === r.name)) continue;
      out.push({ type: RelType.SUPPORTS, from: p, to: r, rule: rule, start: p.start, end: p.end, fields: { basis: RelationBasis.TITLE, role: 'subject' } });
    }
  }
  // a 《》 title that names a policy or project the passage names on its own is for it: 《…加快建设西部陆海新通道五年
  // 行动方案》 → 西部陆海新通道, 《探索经济区与行政区适度分离改革推进方案》 → the reform
  for (const p of entities) {
    if (p.kind !== 'policy' || !p.text.startsWith('《')) continue;
    const seen = new Set<string>();
    for (const e of entities) {
      if ((e.kind !== 'policy' && e.kind !== 'project') || e === p || (e.start < p.end && p.start < e.end)) continue;
      if (e.text.length < MIN_NAMED || e.text.startsWith('《') || !p.text.includes(e.text) || seen.has(e.name)) continue;
      seen.add(e.name);
      // the evidence runs from the passage's own mention to the title, so it holds both ends
      out.push({ type: RelType.SUPPORTS, from: p, to: e, rule, ...spanOf(p, e), fields: { basis: RelationBasis.TITLE, role: 'subject' } });
    }
  }
  return out;
});
