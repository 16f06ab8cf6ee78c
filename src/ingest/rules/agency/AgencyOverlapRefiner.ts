import { sameKindOverlapRefiner } from '../../refiners/sameKindOverlapRefiner';

/**
 * One agency per span: of two overlapping agency candidates the longer stays, and on equal spans the one of the rule
 * registered first (rules/index.ts).
 */
export const AgencyOverlapRefiner = sameKindOverlapRefiner('agency', 'agency.overlap');
