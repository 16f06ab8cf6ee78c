import type { EntityRule, Refiner } from '../Rule';
import { PolicyIssuedRule } from './PolicyIssuedRule';
import { PolicyOverlapRefiner } from './PolicyOverlapRefiner';
import { PolicyQuotedRule } from './PolicyQuotedRule';
import { PolicyTitleRule } from './PolicyTitleRule';

export { PolicyKind } from './PolicyKind';

/** Policy rules, most explicit first: on equal spans PolicyOverlapRefiner keeps the earlier rule's candidate. */
export const policyRules: EntityRule[] = [PolicyTitleRule, PolicyQuotedRule, PolicyIssuedRule];

export const policyRefiners: Refiner[] = [PolicyOverlapRefiner];
