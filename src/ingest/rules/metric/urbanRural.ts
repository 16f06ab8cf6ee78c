import type { MetricLexicon } from './metricLexicon';

/**
 * The urban and the rural subject a `城乡…` subject stands for when it carries two values, urban first, or null
 * when it is no such subject: 城乡 + X → 城镇X, 农村X. Reports write both series of one measure as one subject and
 * two values in that order (2026 内蒙古 `城乡低保标准提高到每月815元和615元`, 2026 新疆
 * `城乡居民人均可支配收入年均增长5.3%、8.1%`). Not for a scheme that covers urban and rural residents as one
 * (metric-urban-rural-schemes.txt: 城乡居民基础养老金), nor when X already names a side.
 * Callers apply it only to exactly two values: one value of a `城乡…` subject is one number for both.
 */
export function urbanRuralPair(subject: string, ml: MetricLexicon): [string, string] | null {
  if (!subject.startsWith('城乡')) return null;
  const rest = subject.slice(2);
  if (rest.length < 2 || /\d|城镇|城市|农村/.test(rest) || ml.urbanRuralSchemes.some((w) => rest.startsWith(w))) return null;
  return [`城镇${rest}`, `农村${rest}`];
}

/**
 * `城镇、农村居民人均可支配收入` (and 城镇和农村…, 城市、农村…): the urban side named alone before the rural item, which
 * carries the rest of the subject for both; returns the two subjects, or null when the items are no such pair.
 * 2026 安徽 `城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%` → 城镇常住居民人均可支配收入, 农村常住居民人均可支配收入.
 */
export function urbanRuralItems(first: string, last: string): [string, string] | null {
  if (first !== '城镇' && first !== '城市') return null;
  const rural = /^(?:农村|乡村)(.{2,})$/.exec(last);
  return rural ? [first + rural[1], last] : null;
}
