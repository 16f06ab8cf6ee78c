import type { Item, UnitItems } from './gold';

/**
 * What the guide leaves unsettled and annotators split on is left out of scoring, on both sides, so that a score
 * measures the extractor and not which annotator drew the unit:
 * - a word that stands for a place without naming it (全国, 全省, 我区, 本市): of two annotators of one draw, one
 *   marked every 全国, the other none; the extractor emits none (the report's own place is its Report node's region);
 * - a place inside a policy's name (京津冀 in 京津冀协同发展, 浙江 in “数字浙江”): the guide rules out places inside
 *   organisation and project names only, and annotators and even the two adjudicators of one draw decided it both
 *   ways. A Region inside a gold Policy's span is left out of the gold and of what was found, with the relations
 *   that end on it.
 */
const DEICTIC_PLACE = /^(?:全|我|本)(?:国|省|市|区|县|州|自治区)$/;

const inside = (x: Item, p: Item) => x !== p && x.start >= p.start && x.end <= p.end && (x.start > p.start || x.end < p.end);

export function leaveOutUnsettled(gold: Map<string, UnitItems>, found: Map<string, UnitItems>): [Map<string, UnitItems>, Map<string, UnitItems>] {
  const g = new Map<string, UnitItems>();
  const f = new Map<string, UnitItems>();
  for (const [id, u] of gold) {
    const policies = u.items.filter((x) => x.type === 'Policy');
    const unsettled = (x: Item) => x.type === 'Region' && (DEICTIC_PLACE.test(x.text) || policies.some((p) => inside(x, p)));
    g.set(id, strip(u, unsettled));
    const other = found.get(id);
    if (other) f.set(id, strip(other, unsettled));
  }
  for (const [id, u] of found) if (!f.has(id)) f.set(id, u);
  return [g, f];
}

function strip(u: UnitItems, drop: (x: Item) => boolean): UnitItems {
  return { unit: u.unit, items: u.items.filter((x) => !drop(x)), relations: u.relations.filter((r) => !drop(r.from) && !drop(r.to)) };
}
