import { normalize } from '../text/normalize';
import type { SubjectRules } from './Indicator';

/**
 * The family of a unit as written: the unit itself when indicator-matching.json lists it (千瓦, 个百分点), else
 * the unit without its magnitude prefix (亿元 → 元 → currency; 万千瓦 → 千瓦 → power; 万元/人 → 元/人 → currency).
 * null for a unit no family holds. Example: `亿斤` → mass.
 */
export function unitFamily(unit: string, rules: SubjectRules): string | null {
  const u = normalize(unit).trim();
  const direct = rules.unitFamilies.get(u);
  if (direct) return direct;
  for (const m of rules.magnitudes) {
    if (u.startsWith(m) && u.length > m.length) {
      const base = rules.unitFamilies.get(u.slice(m.length));
      if (base) return base;
    }
  }
  return null;
}
