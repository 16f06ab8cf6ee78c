import { MetricKind } from '../../records/labels';
import type { MetricLexicon } from './metricLexicon';

/**
 * The kind of a figure after a growth word (metric-growth-words.txt), given the comparator written before the word
 * (同比, 较年初, … or none): a percentage against last year or no base written is YOY_GROWTH (增长5.4%, 进出口下降
 * 5.4%); 个百分点, an amount, another base (较年初下降0.3个百分点) or a word that states a cut made (融资平台累计压降
 * 85.2%: `cut` in the file) is a CHANGE.
 */
export function growthKind(unit: string, comparator: string | undefined, word: string, ml: MetricLexicon): MetricKind {
  const yoy = !ml.cutGrowth.has(word) && (comparator === undefined || ml.yoyComparators.has(comparator));
  return unit === '%' && yoy ? MetricKind.YOY_GROWTH : MetricKind.CHANGE;
}
