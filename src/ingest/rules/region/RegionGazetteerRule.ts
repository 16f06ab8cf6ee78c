import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate, EntityRule, PassageContext } from '../Rule';

/**
 * Finds region mentions — countries, provinces, prefecture cities, districts and counties, Chongqing's functional
 * areas (渝西地区, 两江新区) and the 川渝 platforms (成渝地区双城经济圈) — by longest match over every surface form
 * in regions.json + regions-cn.json, resolving short forms to one canonical entry (黔江 → 黔江区).
 * It rejects single-character abbreviations (渝, 川, 黔: never surfaces) and surfaces with several readings that
 * neither the report's province nor a province-over-city preference settles (鼓楼区 outside 江苏/福建/河南).
 * Ambiguous short forms (江北, 渝中) come out with `_ambiguous: true` for AmbiguousRegionRefiner, and false-positive
 * contexts (渝中 in 成渝中线) are left to FalsePositiveContextRefiner.
 * Example (seed report line 30): `黔江区、武隆区“国家生态文明建设示范区”` → 黔江区, 武隆区.
 */
export const RegionGazetteerRule: EntityRule = {
  name: 'region.gazetteer',
  kind: 'region',
  extract(ctx: PassageContext): Candidate[] {
    const index = RegionIndex.of(ctx.lexicon);
    const reportProvince = index.provinceOf(ctx.report.region);
    const out: Candidate[] = [];
    for (const m of index.gazetteer.find(ctx.text)) {
      const reading = index.resolve(m.entries, reportProvince);
      if (!reading) continue;
      const { entry } = reading;
      const start = ctx.passage.start + m.start;
      const end = ctx.passage.start + m.end;
      out.push({
        kind: 'region',
        rule: this.name,
        text: ctx.passage.text.slice(m.start, m.end),
        start,
        end,
        name: entry.name,
        fields: {
          level: entry.level,
          parent: entry.parent,
          code: entry.code,
          ...(reading.ambiguous ? { _ambiguous: true } : {}),
        },
      });
    }
    return out;
  },
};
