import { MetricKind } from '../../records/labels';
import type { MetricLexicon } from './metricLexicon';

/**
 * The kind of a figure after a growth word (metric-growth-words.txt), given the comparator written before the word
 * (同比, 较年初, … or none) and the subject: a percentage against last year is YOY_GROWTH (同比下降5.4%), and so is
 * a rise with no base written (增长5.4%) and a fall of an indicator of the catalogue (进出口下降5.4%: the rate its
 * series compares); 个百分点, an amount, another base (较年初下降0.3个百分点), any other fall with no base (事故起数
 * 下降11.5%: the guide's CHANGE 减少/下降) or a word that states a cut made (融资平台累计压降85.2%: `cut` in the
 * file) is a CHANGE.
 */
export function growthKind(unit: string, comparator: string | undefined, word: string, subject: string, ml: MetricLexicon): MetricKind {
  if (unit !== '%' || ml.cutGrowth.has(word)) return MetricKind.CHANGE;
  if (comparator !== undefined) return ml.yoyComparators.has(comparator) ? MetricKind.YOY_GROWTH : MetricKind.CHANGE;
  return ml.growthDirection.get(word) !== 'down' || ml.tracked(subject) ? MetricKind.YOY_GROWTH : MetricKind.CHANGE;
}
