import { sameKindOverlapRefiner } from '../../refiners/sameKindOverlapRefiner';
import type { EntityRule, Refiner } from '../Rule';
import { ProjectMetroRule } from './ProjectMetroRule';
import { ProjectNamedRule } from './ProjectNamedRule';
import { ProjectQuotedWorksRule } from './ProjectQuotedWorksRule';
import { ProjectSuffixRule } from './ProjectSuffixRule';

export { ProjectKind } from './ProjectKind';

/**
 * Project rules; the metro rule first, as its numbered names are the more specific reading; quoted works after the
 * suffix rule, as they only claim quotes the suffix rule cannot read; soft heads (平台, 基地, 商圈) last, the least
 * explicit form.
 */
export const projectRules: EntityRule[] = [ProjectMetroRule, ProjectSuffixRule, ProjectQuotedWorksRule, ProjectNamedRule];

/**
 * One project per span: the longer stays (巫镇高速公路巫溪隧道 over a shorter reading), and on equal spans the
 * earlier rule above.
 */
export const projectRefiners: Refiner[] = [sameKindOverlapRefiner('project', 'project.overlap')];
