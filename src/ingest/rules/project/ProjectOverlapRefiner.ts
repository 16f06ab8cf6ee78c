import { sameKindOverlapRefiner } from '../../refiners/sameKindOverlapRefiner';

/**
 * One project per span: of two overlapping project candidates the longer stays, and on equal spans the one of the rule
 * registered first (rules/index.ts).
 */
export const ProjectOverlapRefiner = sameKindOverlapRefiner('project', 'project.overlap');
