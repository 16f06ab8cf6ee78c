import { sameKindOverlapRefiner } from '../../refiners/sameKindOverlapRefiner';
import type { EntityRule, Refiner } from '../Rule';
import { ProjectMetroRule } from './ProjectMetroRule';
import { ProjectQuotedWorksRule } from './ProjectQuotedWorksRule';
import { ProjectSuffixRule } from './ProjectSuffixRule';

export { ProjectKind } from './ProjectKind';

/**
 * Project rules; the metro rule first, as its numbered names are the more specific reading; quoted works last, as
 * they only claim quotes the suffix rule cannot read.
 */
export const projectRules: EntityRule[] = [ProjectMetroRule, ProjectSuffixRule, ProjectQuotedWorksRule];

/**
 * One project per span: the longer stays (巫镇高速公路巫溪隧道 over a shorter reading), and on equal spans the
 * earlier rule above.
 */
export const projectRefiners: Refiner[] = [sameKindOverlapRefiner('project', 'project.overlap')];
