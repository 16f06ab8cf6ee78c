import { RelType } from '../../records/labels';
import type { Candidate, RelationCandidate } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { between, clauseBounds, spanOf } from './relationHelpers';
import { regionsInName } from './regionsInName';
import { relationRule } from '../defineRule';

/** Agencies whose names are brands: 长安汽车 is in 重庆, not in 长安区; only a province prefix (云南农村商业银行) places them. */
const BRAND_KINDS = new Set(['COMPANY']);
const PROVINCE_LEVELS = new Set(['province', 'autonomous_region', 'sar']);
/** markers that place a body when they follow its name at once: 落户, 落地 (locative-markers.txt's others read a
 * clause, and 在 before a place says where a body acts: 市政府在万州召开) */
const AFTER_NAME_MARKERS = new Set(['落户', '落地', '落在', '设在']);

/**
 * Places a project or an agency in a region. Three readings, strongest first:
 * (1) the region is inside the name: 万州江南密溪沟污水处理厂 → 万州区, 黔江机场 → 黔江区, 重庆市人民政府 → 重庆市;
 *     for an agency whose mention names no place, its canonical name (市委 → 中共重庆市委员会 → 重庆市), which the
 *     agency rules resolved from the report's own jurisdiction (false-positive contexts apply: nothing from
 *     成渝中线高铁; the country is never read from a name: 中国科学院);
 * (2) projects only: the region comes right before the name (`永川` + `松溉…储能项目`);
 * (3) projects only: a locative marker (在, 位于, 落户 … locative-markers.txt) right before a region in the same
 *     clause, on either side of the name: `在万州建设…项目`, `…项目落户两江新区`.
 * (4) agencies only: 落户/落地 right after the name, then the region: 推动工作机制秘书处落地重庆.
 * (5) projects only: the region opens its clause, or follows a verb of support (locative-build-leads.txt), and a
 *     build verb (locative-build-verbs.txt) joins it to the name: 支持赤峰建设蒙东作物种质资源库, 海东打造高原康养基地.
 * Rejected: a region merely elsewhere in the clause (`方案获国家发展改革委批复` does not put the agency there), a
 * city in a company's brand name (长安汽车, 宁德时代), and a project with no place in its name or clause: the report's own
 * region is never assumed. Abbreviated route names (渝昆高铁) are LocatedInAbbreviationRule's.
 * Example (seed line 22): `万州江南密溪沟污水处理厂开工建设` → project LOCATED_IN 万州区.
 */
export const LocatedInRule = relationRule('relation.locatedIn', (ctx, entities, rule) => {
  const markers = ctx.lexicon.words('locative-markers');
  const buildVerbs = new Set(ctx.lexicon.words('locative-build-verbs'));
  const buildLeads = ctx.lexicon.words('locative-build-leads');
  const regions = entities.filter((e) => e.kind === 'region');
  const out: RelationCandidate[] = [];
  const emit = (from: Candidate, to: Candidate, span: { start: number; end: number }, basis: string) => {
    if (!out.some((r) => r.from === from && r.to.name === to.name)) {
      out.push({ type: RelType.LOCATED_IN, from, to, rule: rule, ...span, fields: { basis } });
    }
  };
  for (const e of entities) {
    if (e.kind !== 'project' && e.kind !== 'agency') continue;
    let named = regionsInName(ctx, e);
    if (named.length === 0 && e.kind === 'agency' && e.name !== e.text) named = regionsInName(ctx, e, e.name);
    if (e.kind === 'agency' && BRAND_KINDS.has(String(e.fields.kind))) named = named.filter((r) => PROVINCE_LEVELS.has(r.entry.level));
    for (const r of named) {
      emit(e, regionEndpoint(r.entry, { text: r.surface, start: r.start, end: r.end }, rule), e, 'name');
    }
    if (e.kind !== 'project') {
      // a body set up in a place, the marker right after its name (推动工作机制秘书处落地重庆, 国际深空探测学会总部落户
      // 合肥); a place elsewhere in its clause is where it acts, not where it is (市政府在万州召开…)
      for (const r of regions) {
        const gap = between(ctx, e.end, r.start);
        if (r.start >= e.end && AFTER_NAME_MARKERS.has(gap)) emit(e, r, spanOf(e, r), 'locative');
      }
      continue;
    }
    const [cs, ce] = clauseBounds(ctx, e.start);
    for (const r of regions) {
      if (r.start < cs || r.end > ce || (r.start < e.end && e.start < r.end)) continue;
      const before = between(ctx, cs, r.start);
      if (r.end === e.start) emit(e, r, spanOf(r, e), 'adjacent');
      else if (markers.some((m) => before.endsWith(m))) emit(e, r, spanOf(r, e), 'locative');
      else if (r.end < e.start && buildVerbs.has(between(ctx, r.end, e.start)) && (before === '' || buildLeads.includes(before))) emit(e, r, spanOf(r, e), 'builds');
    }
  }
  return out;
});
