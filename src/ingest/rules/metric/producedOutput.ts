import type { MetricLexicon } from './metricLexicon';

/** What stands after the verb must be a product, not the rest of a compound (生产总值, 生产安全, 生产性服务业). */
const NOT_PRODUCT = /^(?:总值|安全|性|经营|要素|力|方式|生活|建设|服务)/;

/**
 * The subject of an amount made by a verb of metric-output-verbs.txt: `生产钾肥` with 757.5万吨 → `钾肥产量`, the name
 * the indicator goes by (the annotation guide's subject is what is measured, and a verb is no part of that); null
 * when the subject does not open with such a verb followed by a product, or the amount is money.
 * Example (2026 青海省): `全年生产钾肥757.5万吨` → 钾肥产量.
 */
export function producedOutput(subject: string, unit: string, ml: MetricLexicon): string | null {
  if (unit.endsWith('元')) return null;
  const verb = ml.outputVerbs.find((w) => subject.startsWith(w));
  if (!verb) return null;
  const product = subject.slice(verb.length);
  return product.length >= 2 && !NOT_PRODUCT.test(product) && !product.endsWith('产量') ? `${product}产量` : null;
}
