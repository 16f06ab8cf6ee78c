import { sameKindOverlapRefiner } from '../../refiners/sameKindOverlapRefiner';
import type { EntityRule, Refiner } from '../Rule';
import { PolicyApprovedRule } from './PolicyApprovedRule';
import { PolicyGazetteerRule } from './PolicyGazetteerRule';
import { PolicyIssuedRule } from './PolicyIssuedRule';
import { PolicyNamedRule } from './PolicyNamedRule';
import { PolicySloganRule } from './PolicySloganRule';
import { PolicyQuotedRule } from './PolicyQuotedRule';
import { PolicyTitleRule } from './PolicyTitleRule';

export { PolicyKind } from './PolicyKind';

/**
 * Policy rules, most explicit first: on equal spans the overlap refiner below keeps the earlier rule's candidate.
 * PolicyApprovedRule (unquoted plans named before 获…批复) and PolicyNamedRule (unquoted names closed by a head:
 * 创新驱动发展战略) come last: they are the least explicit forms.
 */
export const policyRules: EntityRule[] = [PolicyTitleRule, PolicyQuotedRule, PolicyIssuedRule, PolicyApprovedRule, PolicyNamedRule, PolicySloganRule, PolicyGazetteerRule];

/**
 * One policy per span: the longer stays (“支持市场主体发展36条政策措施” with its quotes over the same name found by
 * another rule), and on equal spans the earlier rule above.
 */
export const policyRefiners: Refiner[] = [sameKindOverlapRefiner('policy', 'policy.overlap')];
