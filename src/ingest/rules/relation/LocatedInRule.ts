import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate, RelationRule } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { between, clauseBounds, spanOf } from './relationHelpers';

/**
 * Places a project or an agency in a region. Three readings, strongest first:
 * (1) the region is inside the name: 万州江南密溪沟污水处理厂 → 万州区, 黔江机场 → 黔江区, 重庆市人民政府 → 重庆市
 *     (false-positive contexts apply: nothing from 成渝中线高铁);
 * (2) projects only: the region comes right before the name (`永川` + `松溉…储能项目`);
 * (3) projects only: a locative marker (在, 位于, 落户 … locative-markers.txt) right before a region in the same
 *     clause, on either side of the name: `在万州建设…项目`, `…项目落户两江新区`.
 * A region merely elsewhere in the clause is not enough: `方案获国家发展改革委批复` does not put the agency there.
 * Example (seed line 30): `万州江南密溪沟污水处理厂开工建设` → project LOCATED_IN 万州区.
 */
export const LocatedInRule: RelationRule = {
  name: 'relation.locatedIn',
  extract(ctx: PassageContext, entities: readonly Candidate[]): RelationCandidate[] {
    const index = RegionIndex.of(ctx.lexicon);
    const markers = ctx.lexicon.words('locative-markers');
    const regions = entities.filter((e) => e.kind === 'region');
    const out: RelationCandidate[] = [];
    const emit = (from: Candidate, to: Candidate, span: { start: number; end: number }) => {
      if (!out.some((r) => r.from === from && r.to.name === to.name)) {
        out.push({ type: RelType.LOCATED_IN, from, to, rule: this.name, ...span, fields: {} });
      }
    };
    for (const e of entities) {
      if (e.kind !== 'project' && e.kind !== 'agency') continue;
      const local = e.start - ctx.passage.start;
      for (const m of index.gazetteer.find(ctx.text.slice(local, local + e.end - e.start))) {
        const reading = index.resolve(m.entries, index.provinceOf(ctx.report.region));
        if (!reading || reading.ambiguous) continue;
        if (index.isFalsePositive(reading.entry, ctx.text, local + m.start, local + m.end)) continue;
        const at = { text: e.text.slice(m.start, m.end), start: e.start + m.start, end: e.start + m.end };
        emit(e, regionEndpoint(reading.entry, at, this.name), { start: e.start, end: e.end });
      }
      if (e.kind !== 'project') continue;
      const [cs, ce] = clauseBounds(ctx, e.start);
      for (const r of regions) {
        if (r.start < cs || r.end > ce || (r.start < e.end && e.start < r.end)) continue;
        const before = between(ctx, cs, r.start);
        if (r.end === e.start || markers.some((m) => before.endsWith(m))) emit(e, r, spanOf(r, e));
      }
    }
    return out;
  },
};
