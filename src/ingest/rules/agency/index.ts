import { sameKindOverlapRefiner } from '../../refiners/sameKindOverlapRefiner';
import type { EntityRule, Refiner } from '../Rule';
import { AgencyGazetteerRule } from './AgencyGazetteerRule';
import { AgencyNamedRule } from './AgencyNamedRule';
import { AgencySuffixRule } from './AgencySuffixRule';

export { AgencyKind } from './AgencyKind';

/**
 * Agency rules: the curated gazetteer first, so its canonical names win ties against the suffix rule; soft heads
 * (实验室, 工作专班) last, the least explicit form.
 */
export const agencyRules: EntityRule[] = [AgencyGazetteerRule, AgencySuffixRule, AgencyNamedRule];

/**
 * One agency per span: the longer stays (市委全面深化改革委员会 over 市委), and on equal spans the earlier rule
 * above (the gazetteer's canonical 国家发展改革委).
 */
export const agencyRefiners: Refiner[] = [sameKindOverlapRefiner('agency', 'agency.overlap')];
