import type { Candidate, PassageContext, Refiner } from '../Rule';

/** Which rule owns a number two rules both read: the more specific reading first. */
const PRIORITY = ['metric.respectively', 'metric.change', 'metric.share', 'metric.count', 'metric.amount'];

/**
 * Keeps one metric per number: when the values of two metric candidates overlap, the candidate of the more
 * specific rule stays (分别 pairing > change > share > count > amount). A count inside another metric's subject
 * stays: it is a figure of its own. Other candidates pass through untouched.
 * Example (seed line 12): `…增加值同比分别增长5.2%、8.7%` keeps metric.respectively's two readings.
 */
export const MetricOverlapRefiner: Refiner = {
  name: 'metric.overlap',
  refine(_ctx: PassageContext, candidates: Candidate[]): Candidate[] {
    // A count inside another metric's subject is still a metric (annotation guide: 为28.8万户企业降低失业保险费
    // 15.72亿元 is two), so only the values themselves compete.
    const metrics = candidates
      .filter((c) => c.kind === 'metric' && typeof c.fields._vs === 'number')
      .sort((a, b) => rank(a) - rank(b) || (a.fields._vs as number) - (b.fields._vs as number));
    const kept: Candidate[] = [];
    for (const c of metrics) {
      const overlaps = kept.some(
        (k) => (k.fields._vs as number) < (c.fields._ve as number) && (c.fields._vs as number) < (k.fields._ve as number),
      );
      if (!overlaps) kept.push(c);
    }
    const keep = new Set(kept);
    return candidates
      .filter((c) => c.kind !== 'metric' || typeof c.fields._vs !== 'number' || keep.has(c))
      .sort((a, b) => a.start - b.start || a.end - b.end);
  },
};

function rank(c: Candidate): number {
  const i = PRIORITY.indexOf(c.rule);
  return i < 0 ? PRIORITY.length : i;
}
