/** Small pure helpers for the reliability checks' numbers. */

/** The q-quantile (0..1) of the values by the nearest-rank method; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): LatencySummary {
  return { n: values.length, p50: quantile(values, 0.5), p99: quantile(values, 0.99), max: values.length ? Math.max(...values) : Number.NaN };
}

/** Counts of each key, sorted by key: `histogram(['200', '400', '200'])` is `{ '200': 2, '400': 1 }`. */
export function histogram(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...keys].sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export const formatHistogram = (h: Record<string, number>): string =>
  Object.entries(h)
    .map(([k, v]) => `${k}×${v}`)
    .join(' ') || '(none)';

export const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : 'n/a');

/** Label → count maps (as `stats` gives them) subtracted: only the keys whose count changed. */
export function countDelta(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const d = (after[k] ?? 0) - (before[k] ?? 0);
    if (d !== 0) out[k] = d;
  }
  return out;
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  return Object.keys(countDelta(a, b)).length === 0;
}

/**
 * `k=v` pairs, sorted; the same count under two sources (`node:Policy` from stats and `label:Policy` from the
 * driver, `rel:X` and `type:X`) is shown once as `Policy=3`, or `Policy=3/4` when the two disagree.
 */
export function formatCounts(c: Record<string, number>, empty = '(no change)'): string {
  const merged = new Map<string, number[]>();
  for (const [k, v] of Object.entries(c)) {
    const name = k.replace(/^(node|label|rel|type):/, '');
    merged.set(name, [...(merged.get(name) ?? []), v]);
  }
  return (
    [...merged]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, vs]) => `${k}=${[...new Set(vs)].join('/')}`)
      .join(' ') || empty
  );
}
