import { MetricKind } from '../../records/labels';
import type { EntityRule } from '../Rule';
import { findSubject } from './findSubject';
import { metricRule } from './metricRule';
import { opensUnpairedList } from './unpairedList';

/**
 * Matches a change: `subject (comparator) growth-word value`, with the growth words, comparators and units of
 * seeds/lexicon (metric-growth-words, metric-comparators, units). A percentage against last year is YOY_GROWTH;
 * 个百分点, an amount, or another base (较年初) is a CHANGE. Rejects values inside quotes, titles and asides, and
 * leaves `分别增长a、b` to MetricRespectivelyRule, which pairs the values with their subjects.
 * Example (seed line 5): `地区生产总值同比增长4.6%` → 地区生产总值, YOY_GROWTH 4.6 %, up.
 */
export const MetricChangeRule: EntityRule = metricRule('metric.change', function* ({ ml, text, mask, values }) {
  for (const { v, vc } of values()) {
    if (!vc.afterGrowth || vc.inRespectively || vc.threshold) continue;
    const growth = ml.growthBefore.exec(text.slice(Math.max(0, v.start - 16), v.start));
    if (!growth) continue;
    const [predicate, comparator, word] = growth;
    const predicateStart = v.start - predicate.length;
    const found = findSubject(text, predicateStart, ml, mask);
    if (!found) continue;
    // “新三样”、集成电路出口增长30.4%、30.1% (2026 陕西省): two items, two values and no 分别; the first value is
    // the first item's, not the last one's, so the pairing is left undone rather than guessed (precision first)
    if (opensUnpairedList(text, found.start, v.end, ml)) continue;
    const yoy = comparator === undefined || ml.yoyComparators.has(comparator);
    yield {
      start: found.start,
      end: v.end,
      subject: found.subject,
      kind: v.unit === '%' && yoy ? MetricKind.YOY_GROWTH : MetricKind.CHANGE,
      value: v,
      predicateStart: found.subject ? predicateStart : found.start,
      direction: ml.growthDirection.get(word) ?? null,
    };
  }
});
