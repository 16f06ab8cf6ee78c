import type { MetricLexicon } from './metricLexicon';

/**
 * Whether a value opens a list of values written after a list of items with no 分别: the subject found before it
 * is the last item only (it starts right after a 、), and another value follows the value at once. Which value is
 * whose is then not said by the subject (2026 陕西 `“新三样”、集成电路出口增长30.4％、30.1％`, 2026 天津
 * `改造老旧供热、燃气、排水管网800公里、600公里、300公里`: 800 公里 is the heating network's, not 排水管网's), so
 * the amount and change rules leave such a value to MetricRespectivelyRule, which pairs the list in order when
 * one predicate stands between items and values, rather than give it to the last item.
 */
export function opensUnpairedList(text: string, subjectStart: number, valueEnd: number, ml: MetricLexicon): boolean {
  if (text[subjectStart - 1] !== '、' || text[valueEnd] !== '、') return false;
  ml.valueSticky.lastIndex = valueEnd + 1;
  return ml.valueSticky.test(text);
}
