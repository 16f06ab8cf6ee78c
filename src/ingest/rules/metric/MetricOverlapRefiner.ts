import type { Candidate } from '../Rule';
import { refiner } from '../defineRule';

/**
 * Keeps one metric per number: when the values of two metric candidates overlap, the candidate of the rule
 * registered first stays (rules/index.ts lists them most specific first: 分别 pairing > change > share > count > amount). A count inside another metric's subject
 * stays: it is a figure of its own. Other candidates pass through untouched.
 * Example (seed line 12): `…增加值同比分别增长5.2%、8.7%` keeps metric.respectively's two readings.
 */
export const MetricOverlapRefiner = refiner('metric.overlap', (ctx, candidates) => {
  const rank = (c: Candidate): number => ctx.ruleRank?.(c.rule) ?? 0;
  // A count inside another metric's subject is still a metric (annotation guide: 为28.8万户企业降低失业保险费
  // 15.72亿元 is two), so only the values themselves compete.
  const metrics = candidates
    .filter((c) => c.kind === 'metric' && c.work?.valueStart !== undefined)
    .sort((a, b) => rank(a) - rank(b) || a.work!.valueStart! - b.work!.valueStart!);
  const kept: Candidate[] = [];
  for (const c of metrics) {
    const overlaps = kept.some(
      (k) => k.work!.valueStart! < c.work!.valueEnd! && c.work!.valueStart! < k.work!.valueEnd!,
    );
    if (!overlaps) kept.push(c);
  }
  const keep = new Set(kept);
  return candidates
    .filter((c) => c.kind !== 'metric' || c.work?.valueStart === undefined || keep.has(c))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}, 'metric');
