import type { EntityRule, Refiner } from '../Rule';
import { MetricAmountRule } from './MetricAmountRule';
import { MetricChangeRule } from './MetricChangeRule';
import { MetricCleanupRefiner } from './MetricCleanupRefiner';
import { MetricCountRule } from './MetricCountRule';
import { MetricOverlapRefiner } from './MetricOverlapRefiner';
import { MetricRespectivelyRule } from './MetricRespectivelyRule';
import { MetricShareRule } from './MetricShareRule';
import { MetricSubjectCarryRefiner } from './MetricSubjectCarryRefiner';
import { MetricTargetRefiner } from './MetricTargetRefiner';

/**
 * The metric rules, most specific first. Each rule leaves to the others the values it does not own (a value
 * after a growth word is MetricChangeRule's, a 分别 list MetricRespectivelyRule's), and MetricOverlapRefiner
 * settles any number two rules still both read, by the same order.
 */
export const metricRules: EntityRule[] = [
  // 分别 lists pair subjects with values; without it the first value would take the last subject.
  MetricRespectivelyRule,
  // 同比增长4.6% / 下降0.3个百分点
  MetricChangeRule,
  // 完成年度计划的54.7% / 实施率达到90.7%
  MetricShareRule,
  // 144个智能工厂 (count before its noun)
  MetricCountRule,
  // 完成投资2411亿元 / 新设立各类市场主体32.8万户 (amount after its subject)
  MetricAmountRule,
];

/**
 * The metric refiners, in order: one metric per number, then subjects carried along a clause (needs the
 * survivors in text order), then targets (needs final kinds). MetricCleanupRefiner, which removes the working
 * fields, is exported apart: it runs after the cross-kind overlap refiner, which reads the value spans.
 */
export const metricRefiners: Refiner[] = [MetricOverlapRefiner, MetricSubjectCarryRefiner, MetricTargetRefiner];

export { MetricCleanupRefiner };
