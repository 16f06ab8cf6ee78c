import { MetricKind } from '../../records/labels';
import { refiner } from '../defineRule';
import { PLAN_PERIOD } from './MetricTargetRefiner';

/** words before the figure that make it a rate per year after all: 年均增长, 同比, 每年 */
const PER_YEAR = /年均|平均每年|每年|同比|比上年|较上年/;
/** how far back in the clause such a word may stand: 居民人均可支配收入年均增长5.3% */
const LOOK_BACK = 16;
/** words of the sentence that say the figure spans the plan (五年增长30.8%, “十四五”时期累计): a section's period alone
 * does not, since a review of the plan and of its last year share one heading (基层诊疗量增长20% is 2025's) */
const SPAN_WORD = /五年|累计|十[一二三四五六七八九]五|时期|以来/;

/**
 * A rise over a whole five-year plan is the change over the plan, not a rate against last year: 居民人均可支配收入五年
 * 增长30.8%, 一般公共预算收入累计完成3.7万亿元，5年增长18.7% under a review of the “十四五” period (2026 广东, 山东) are CHANGE,
 * as the guide reads a cumulative figure, unless the clause says it is yearly (年均增长, 同比), and only when the
 * sentence says so (a span word) or the period is written at the figure. It measures a change too: series compared
 * by `measure` never mix a five-year rise with yearly ones. Runs after MetricTargetRefiner: a goal is a TARGET
 * whatever its span.
 */
export const MetricSpanGrowthRefiner = refiner('metric.spanGrowth', (ctx, candidates) => {
  const text = ctx.text;
  for (const c of candidates) {
    if (c.kind !== 'metric' || c.fields.kind !== MetricKind.YOY_GROWTH || typeof c.fields.period !== 'string') continue;
    if (!PLAN_PERIOD.test(c.fields.period)) continue;
    const at = c.work?.valueStart ?? c.start;
    const clause = text.slice(Math.max(0, at - LOOK_BACK), at).split(/[，。；;]/).pop() ?? '';
    if (PER_YEAR.test(clause) || PER_YEAR.test(c.text)) continue;
    const sentence = text.slice(0, at).split(/[。；;]/).pop() ?? '';
    if (!SPAN_WORD.test(sentence) && c.fields.periodWritten !== true) continue;
    c.fields.kind = MetricKind.CHANGE;
  }
  return candidates;
}, 'metric');
