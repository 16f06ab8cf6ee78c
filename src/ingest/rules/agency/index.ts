import type { EntityRule, Refiner } from '../Rule';
import { AgencyGazetteerRule } from './AgencyGazetteerRule';
import { AgencyOverlapRefiner } from './AgencyOverlapRefiner';
import { AgencySuffixRule } from './AgencySuffixRule';

export { AgencyKind } from './AgencyKind';

/** Agency rules: the curated gazetteer first, so its canonical names win ties against the suffix rule. */
export const agencyRules: EntityRule[] = [AgencyGazetteerRule, AgencySuffixRule];

export const agencyRefiners: Refiner[] = [AgencyOverlapRefiner];
