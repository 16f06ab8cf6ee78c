import { sameKindOverlapRefiner } from '../../refiners/sameKindOverlapRefiner';

/**
 * One policy per span: of two overlapping policy candidates the longer stays, and on equal spans the one of the rule
 * registered first (rules/index.ts).
 */
export const PolicyOverlapRefiner = sameKindOverlapRefiner('policy', 'policy.overlap');
