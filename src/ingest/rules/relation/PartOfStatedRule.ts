import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import type { Candidate, RelationCandidate } from '../Rule';
import { between, LIST_JOINER, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';
import { projectLexicon } from '../project/projectLexicon';

/** Areas that hold places by planning or cooperation, not by administration: what 等 sums a place up into. */
const HOLDING_AREAS = new Set(['cooperation_area', 'functional_area', 'macro_region']);
/** Areas a text narrows right after a bigger place (中心城区两江四岸); a macro region after a place is another
 * reading of a direction word (山西中部城市群: central Shanxi, not 中部地区), so it is left out. */
const NARROWED_AREAS = new Set(['cooperation_area', 'functional_area']);

/** routes a named structure is built on (巫镇高速公路巫溪隧道), and the kinds of such structures */
const ROUTE_KINDS = new Set(['HIGHWAY', 'RAILWAY']);
const STRUCTURE_KINDS = new Set(['BRIDGE']);
/** a structure's own name: two characters or more, no ordinal or number (二号隧道, 第3隧道 name no structure) */
const STRUCTURE_NAME = /^[\u4e00-\u9fa5]{2,}$/;
const ORDINAL = /^(?:第|[一二三四五六七八九十\d])/;

/**
 * A place the sentence itself puts inside another, beyond the gazetteer's own hierarchy (PartOfRule):
 * (1) places listed before 等 + an area that sums them up: 川渝万达开统筹发展示范区等川渝毗邻地区 → the platform
 *     PART_OF 川渝毗邻地区 (every item of a 、/和 list);
 * (3) a structure named right after the route it is on, one name holding both: 巫镇高速公路巫溪隧道 → PART_OF
 *     巫镇高速公路, 西成铁路尖扎黄河特大桥 → 西成铁路 (a tunnel or bridge with a name of its own; an airport's 东二跑道
 *     or T2航站楼 names no structure of its own and stays one project, as the seed annotates 万州机场T2航站楼).
 * (2) an area named right after a bigger place, with nothing between, whose gazetteer parent is that place or
 *     one of its ancestors (the text narrows it): 中心城区两江四岸 → 两江四岸 PART_OF 中心城区, 酉阳菖蒲盖片区 → 菖蒲盖片区
 *     PART_OF 酉阳土家族苗族自治县.
 * Rejected: a list summed up by a category that is no place (黄山、池州、安庆、宣城等市), two cities side by side
 * (宁波舟山港: 舟山 is no area of 宁波), two areas of one parent side by side (粤东粤西粤北地区), a direction after a
 * province (山西中部), and joint abbreviations.
 * Example (seed line 30): 推动中心城区两江四岸整体提升 → 两江四岸 PART_OF 中心城区.
 */
export const PartOfStatedRule = relationRule('relation.partOfStated', (ctx, entities, rule) => {
  const index = RegionIndex.of(ctx.lexicon);
  const regions = entities.filter((e) => e.kind === 'region' && e.fields.joint === undefined);
  const out: RelationCandidate[] = [];
  const emit = (from: Candidate, to: Candidate, basis: string) => {
    if (from.name !== to.name && !out.some((r) => r.from === from && r.to === to)) out.push({ type: RelType.PART_OF, from, to, rule, ...spanOf(from, to), fields: { basis } });
  };
  for (const b of regions) {
    // a named part the text alone gives (菖蒲盖片区) carries its level and parent on the mention
    const entry = index.byName(b.name) ?? (typeof b.fields.parent === 'string' ? { level: String(b.fields.level), parent: b.fields.parent } : undefined);
    if (!entry) continue;
    for (const a of regions) {
      if (a.end > b.start) continue;
      const gap = between(ctx, a.end, b.start);
      if (gap === '等' && HOLDING_AREAS.has(entry.level)) {
        // the item right before 等 and every item listed before it
        let item: Candidate | undefined = a;
        while (item) {
          emit(item, b, 'clause');
          const head: Candidate = item;
          item = regions.find((r) => r.end < head.start && LIST_JOINER.test(between(ctx, r.end, head.start)));
        }
      } else if (gap === '' && NARROWED_AREAS.has(entry.level)) {
        const outer = index.byName(a.name);
        // two parts of one place side by side are siblings, not one inside the other (粤东粤西粤北地区)
        const siblings = outer?.parent === entry.parent;
        if (outer && entry.parent !== null && !siblings && (entry.parent === outer.name || index.ancestors(outer).some((x) => x.name === entry.parent))) emit(b, a, 'adjacent');
      }
    }
  }
  for (const p of entities) if (p.kind === 'project') out.push(...structureOnRoute(ctx.lexicon, p, rule));
  return out;
});

/** The route a named structure is on, when one project name holds both (巫镇高速公路巫溪隧道); else none. */
function structureOnRoute(lexicon: Parameters<typeof projectLexicon>[0], p: Candidate, rule: string): RelationCandidate[] {
  const matches = projectLexicon(lexicon).suffixes.search(p.text);
  const last = matches.filter((m) => m.end === p.text.length && STRUCTURE_KINDS.has(m.data!.kind)).sort((a, b) => a.start - b.start)[0];
  if (!last) return [];
  const route = matches.filter((m) => m.end <= last.start && ROUTE_KINDS.has(m.data!.kind) && m.start >= 2).sort((a, b) => b.end - a.end || a.start - b.start)[0];
  if (!route) return [];
  const own = p.text.slice(route.end, last.start);
  if (!STRUCTURE_NAME.test(own) || ORDINAL.test(own)) return [];
  const end = p.start + route.end;
  const whole: Candidate = { kind: 'project', rule, text: p.text.slice(0, route.end), start: p.start, end, name: p.text.slice(0, route.start) + route.data!.canonical, fields: { kind: route.data!.kind } };
  return [{ type: RelType.PART_OF, from: p, to: whole, rule, start: p.start, end: p.end, fields: { basis: 'adjacent' } }];
}
