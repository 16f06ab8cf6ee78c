import type { EntityRule, Refiner } from '../Rule';
import { ProjectMetroRule } from './ProjectMetroRule';
import { ProjectOverlapRefiner } from './ProjectOverlapRefiner';
import { ProjectSuffixRule } from './ProjectSuffixRule';

export { ProjectKind } from './ProjectKind';

/** Project rules; the metro rule first, as its numbered names are the more specific reading. */
export const projectRules: EntityRule[] = [ProjectMetroRule, ProjectSuffixRule];

export const projectRefiners: Refiner[] = [ProjectOverlapRefiner];
