import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { AgencyKind } from './AgencyKind';

// a congress by its term: 第十四届人民代表大会, 第七届人民代表大会, 十四届人民代表大会 (甘肃 2026)
const TERM = /第?[一二三四五六七八九十]+届人民代表大会/g;
// the levels of place that hold such a congress here: provinces, autonomous regions, cities
const PLACE_LEVELS = new Set(['province', 'autonomous_region', 'municipality', 'prefecture_city']);

/**
 * A provincial or city people's congress named with its term, as a report's heading names the session it was given
 * at: 在河南省第十四届人民代表大会第四次会议上 (河南 2026), 在海南省第七届人民代表大会第五次会议上 (海南 2026). The place
 * right before the term must be a province or city of the gazetteer, written whole; the term is no part of the
 * body's name (河南省人民代表大会). LEGISLATURE. A term with no place (第十四届全国人民代表大会) is the gazetteer's.
 */
export const AgencyCongressSessionRule = entityRule('agency.congressSession', 'agency', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('届人民代表大会')) return [];
  const index = RegionIndex.of(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(TERM)) {
    const hit = index.placeBefore(text, m.index, (e, place) => e.entry.name === place && PLACE_LEVELS.has(e.entry.level));
    if (!hit) continue;
    out.push(spanCandidate(ctx, 'agency', rule, hit.start, m.index + m[0].length, {
      name: `${hit.reading.entry.name}人民代表大会`,
      fields: { kind: AgencyKind.LEGISLATURE },
    }));
  }
  return out;
});
