import type { MetricLexicon } from './metricLexicon';

/**
 * The subject `item` names when it is a bare head noun standing beside `before` (metric-sibling-heads.txt): the
 * qualifier of `before` joined to `item` when `before` ends in another head of the same group, else `item`
 * unchanged. A bare 死亡人数 after 道路交通事故起数 is the road-traffic deaths, not any deaths (2026 浙江省).
 * Examples: (生产安全事故起数, 死亡人数) → 生产安全事故死亡人数; (省属企业营业收入, 利润) → 省属企业利润;
 * (地区生产总值, 利润) → 利润.
 */
export function siblingHead(before: string, item: string, ml: MetricLexicon): string {
  for (const group of ml.siblingHeads) {
    if (!group.includes(item)) continue;
    const head = group.filter((h) => h !== item).sort((a, b) => b.length - a.length).find((h) => before.endsWith(h) && before.length > h.length);
    if (head) return before.slice(0, before.length - head.length) + item;
  }
  return item;
}
