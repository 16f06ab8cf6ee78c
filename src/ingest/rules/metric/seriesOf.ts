import type { MetricLexicon } from './metricLexicon';
import { urbanRuralPair } from './urbanRural';

/**
 * The `n` subjects a subject names when it carries `n` values in order, or null: 城乡 + X with two values
 * (urbanRural.ts), or a compound of metric-paired-series.txt with as many words, each replacing it in turn
 * (一般公共预算收支 → 一般公共预算收入, 一般公共预算支出; 一二三产增加值 → 一产增加值, 二产增加值, 三产增加值).
 * A subject holding the compound twice is left alone: which one splits is not clear.
 */
export function seriesOf(subject: string, n: number, ml: MetricLexicon): string[] | null {
  const urbanRural = n === 2 ? urbanRuralPair(subject, ml) : null;
  if (urbanRural) return urbanRural;
  for (const [compound, ...words] of ml.pairedSeries) {
    if (words.length !== n) continue;
    const at = subject.indexOf(compound);
    if (at < 0 || subject.indexOf(compound, at + 1) >= 0) continue;
    return words.map((w) => subject.slice(0, at) + w + subject.slice(at + compound.length));
  }
  return null;
}
