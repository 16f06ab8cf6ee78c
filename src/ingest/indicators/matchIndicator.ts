import { normalize } from '../text/normalize';
import type { Indicator, IndicatorCatalogue } from './Indicator';
import { withoutExamples } from './listedExamples';
import { withoutProgrammeName } from './programmeName';
import { subjectKeys } from './subjectKeys';
import { unitFamily } from './unitFamily';

/**
 * The indicator a metric's subject names, or null. The subject is reduced by `subjectKeys` (region scope, period,
 * filler and growth-rate words off; 全省地区生产总值增速 → 地区生产总值) and looked up among the variants, reduced
 * alike: first exactly, then (the conservative rule) with one trailing measure word off both sides (进出口总值 =
 * 进出口总额 = 进出口). Nothing else: no substring or fuzzy match, so a narrower series (南疆五地州地区生产总值,
 * 宁波舟山港集装箱吞吐量) or a bare noun (产值) stays unmapped. When the whole subject finds nothing, the subject
 * without a quoted programme name at its start is looked up the same way (“千项万亿”重大项目完成投资 → 重大项目完成投资),
 * then the whole named after the examples that open it (供排水等地下管网 → 地下管网).
 *
 * The unit must fit the indicator: `%` and `倍` fit every indicator (a growth rate or a share, the level of a rate,
 * a growth multiple: anyFamilyUnits of indicator-matching.json); any other unit must be of the indicator's unit
 * family after its magnitude prefix is removed (亿斤 → mass for 粮食产量; 个百分点 → percent, so only rates take
 * it). A unit no family holds does not fit. `unit` null skips the check.
 * Examples: (`地区生产总值`, `万亿元`) → gdp; (`粮食产量`, `%`) → grain_output; (`粮食产量`, `万人`) → null.
 */
export function matchIndicator(subject: string, unit: string | null, catalogue: IndicatorCatalogue): string | null {
  const indicator =
    lookUp(subject, catalogue) ?? lookUp(withoutProgrammeName(subject), catalogue) ?? lookUp(withoutExamples(subject), catalogue);
  if (!indicator) return null;
  if (unit === null || catalogue.rules.anyFamilyUnits.has(normalize(unit).trim())) return indicator.id;
  return unitFamily(unit, catalogue.rules) === indicator.unitFamily ? indicator.id : null;
}

function lookUp(subject: string | null, catalogue: IndicatorCatalogue): Indicator | undefined {
  if (subject === null) return undefined;
  const keys = subjectKeys(subject, catalogue.rules);
  return catalogue.exact.get(keys.exact) ?? catalogue.core.get(keys.core);
}
