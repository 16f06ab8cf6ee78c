import { MetricKind } from '../../records/labels';
import type { EntityRule } from '../Rule';
import { findSubject } from './findSubject';
import { growthKind } from './growthKind';
import type { MetricLexicon } from './metricLexicon';
import { metricRule, type MetricDraft } from './metricRule';
import type { MetricValue } from './parseMetricValue';
import { opensUnpairedList } from './unpairedList';

/**
 * Matches a change: `subject (comparator) growth-word value`, with the growth words, comparators and units of
 * seeds/lexicon (metric-growth-words, metric-comparators, units). The kind is growthKind's: a percentage against last
 * year is YOY_GROWTH; 个百分点, an amount, another base (较年初) or a cut (压降) is a CHANGE. Rejects values inside
 * quotes, titles and asides, and leaves `分别增长a、b` to MetricRespectivelyRule, which pairs the values with their
 * subjects. A gap to a benchmark in points (高于全国0.8个百分点, metric-gap-verbs.txt) is a CHANGE too, its base the
 * benchmark.
 * Example (seed line 5): `地区生产总值同比增长4.6%` → 地区生产总值, YOY_GROWTH 4.6 %, up.
 */
export const MetricChangeRule: EntityRule = metricRule('metric.change', function* ({ ml, text, mask, values }) {
  for (const { v, vc } of values()) {
    // 快于经济增速1个百分点: the benchmark may end in a growth word, so the gap is read first
    const gap = vc.inRespectively ? null : gapOf(text, v, ml, mask);
    if (gap) {
      yield gap;
      continue;
    }
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
    yield {
      start: found.start,
      end: v.end,
      subject: found.subject,
      kind: growthKind(v.unit, comparator, word, found.subject, ml),
      value: v,
      predicateStart: found.subject ? predicateStart : found.start,
      direction: ml.growthDirection.get(word) ?? null,
    };
  }
});

/**
 * A gap to a benchmark in points: `(subject)高于全国0.8个百分点` → CHANGE with the benchmark as its base; a clause that
 * names no subject of its own (`增长6.7%、高于全国0.8个百分点`) takes the one before (MetricSubjectCarryRefiner).
 */
function gapOf(text: string, v: MetricValue, ml: MetricLexicon, mask: Uint8Array): MetricDraft | null {
  if (v.unit !== '个百分点' || v.start > v.numberStart) return null;
  const gap = ml.gapBefore.exec(text.slice(Math.max(0, v.start - 16), v.start));
  if (!gap || mask[v.start - gap[0].length]) return null;
  const [predicate, verb, benchmark] = gap;
  const predicateStart = v.start - predicate.length;
  const found = findSubject(text, predicateStart, ml, mask);
  if (!found) return null;
  return {
    start: found.start,
    end: v.end,
    subject: found.subject,
    kind: MetricKind.CHANGE,
    value: v,
    predicateStart: found.subject ? predicateStart : found.start,
    direction: ml.gapDirection.get(verb) ?? null,
    base: benchmark,
  };
}
