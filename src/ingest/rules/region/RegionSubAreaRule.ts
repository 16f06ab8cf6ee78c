import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

/** Levels whose named parts a report writes right after them: a county's or district's 片区. */
const HOLDER_LEVELS = new Set(['district', 'county', 'autonomous_county', 'county_city', 'prefecture_city']);
// a proper name of two to four characters closed by 片区, right after its county: 酉阳菖蒲盖片区
const SUB_AREA = /^([\u4e00-\u9fa5]{2,4}?)片区/;
const FREE_TRADE = /自贸试验区|自由贸易试验区/;
/** words that make the 片区 a kind of area, not a named one: 重点片区, 示范片区, 乡村振兴片区 */
const GENERIC = /(?:重点|示范|特色|综合|乡村|振兴|城市|更新|宜居|和美|典型|省级|市级|主题)/;

/**
 * A named part of a county or city written right after it: 酉阳菖蒲盖片区 → 菖蒲盖片区, a functional area whose
 * parent is 酉阳土家族苗族自治县 (the relation rules state the nesting: PartOfStatedRule). The county stays a mention
 * of its own (the gazetteer's).
 * Rejects kinds of area (重点片区, 示范片区, 乡村振兴片区: GENERIC), a 片区 after no place, and a name that is itself a
 * place of the gazetteer.
 * In a passage about the province's free-trade zone a city of the province right before 片区 names that zone's part
 * (辽宁 2026: 推动大连片区整合提升 → 中国（辽宁）自由贸易试验区大连片区), the city being part of the name.
 * Example (seed line 22): 酉阳菖蒲盖片区命名为市级“绿水青山就是金山银山”实践创新基地 → 菖蒲盖片区.
 */
export const RegionSubAreaRule = entityRule('region.subArea', 'region', (ctx, rule) => {
  if (!ctx.text.includes('片区')) return [];
  const index = RegionIndex.of(ctx.lexicon);
  const province = index.provinceOf(ctx.report.region);
  const out: Candidate[] = [];
  // a passage about the province's free-trade zone names its parts by their city: 推动大连片区整合提升
  const freeTrade = province !== null && FREE_TRADE.test(ctx.text) ? index.byName(province) : undefined;
  for (const m of index.gazetteer.find(ctx.text)) {
    const reading = index.resolve(m.entries, province);
    if (!reading || reading.ambiguous || !HOLDER_LEVELS.has(reading.entry.level)) continue;
    if (freeTrade && reading.entry.province === province && ctx.text.startsWith('片区', m.end)) {
      const short = freeTrade.shortNames.find((n) => n.length >= 2) ?? freeTrade.name;
      out.push(spanCandidate(ctx, 'region', rule, m.start, m.end + 2, {
        name: `中国（${short}）自由贸易试验区${ctx.text.slice(m.start, m.end)}片区`,
        fields: { level: 'functional_area', parent: freeTrade.name, code: null },
      }));
      continue;
    }
    const sub = SUB_AREA.exec(ctx.text.slice(m.end, m.end + 8));
    if (!sub || GENERIC.test(sub[1]) || index.gazetteer.find(sub[1]).length > 0) continue;
    out.push(spanCandidate(ctx, 'region', rule, m.end, m.end + sub[0].length, {
      name: sub[0],
      fields: { level: 'functional_area', parent: reading.entry.name, code: null },
    }));
  }
  return out;
});
