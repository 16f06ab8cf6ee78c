import type { MetricLexicon } from './metricLexicon';
import { urbanRuralPair } from './urbanRural';

/**
 * The two subjects a subject names when it carries two values in order, or null: 城乡 + X (urbanRural.ts), or a
 * compound of metric-paired-series.txt whose two words replace it in turn (一般公共预算收支 → 一般公共预算收入,
 * 一般公共预算支出; 存贷款余额 → 存款余额, 贷款余额). A subject holding the compound twice is left alone: which one
 * splits is not clear.
 */
export function seriesPair(subject: string, ml: MetricLexicon): [string, string] | null {
  const urbanRural = urbanRuralPair(subject, ml);
  if (urbanRural) return urbanRural;
  for (const [compound, first, second] of ml.pairedSeries) {
    const at = subject.indexOf(compound);
    if (at < 0 || subject.indexOf(compound, at + 1) >= 0) continue;
    const swap = (w: string) => subject.slice(0, at) + w + subject.slice(at + compound.length);
    return [swap(first), swap(second)];
  }
  return null;
}
