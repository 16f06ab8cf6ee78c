import type { MetricLexicon } from './metricLexicon';

/** The funds named right after an amount (4000万元财政资金支持…), kept in the subject with 的. */
const FUNDS = /^(?:财政资金|专项资金|资金)/;
/** A purpose is the rest of its clause: no number, at most this long. */
const MAX_PURPOSE = 24;

/**
 * The subject of an amount put up for a purpose: `(三年)安排450亿元支持以AI为引领的新质生产力发展。` (2026 广西) →
 * 支持以AI为引领的新质生产力发展资金; `统筹调剂安排4000万元财政资金支持提振汽车、家电产品消费,` (seed line 9) →
 * 支持提振汽车、家电产品消费的财政资金. `before` is what stands before the amount in its clause, as written: a verb of
 * metric-funding-verbs.txt with at most four words before it; the purpose opens with a verb of
 * metric-purpose-verbs.txt right after the amount (or its funds) and runs to the end of the clause. Null otherwise:
 * 省级财政累计投入665亿元用于为民办实事项目 keeps 省级财政投入, an actor's input.
 */
export function fundedPurpose(before: string, text: string, end: number, ml: MetricLexicon): string | null {
  const verb = ml.fundingVerbs.find((w) => before.endsWith(w));
  if (!verb || before.length > verb.length + 4) return null;
  const funds = FUNDS.exec(text.slice(end))?.[0] ?? '';
  const at = end + funds.length;
  if (!ml.purposeVerbs.some((w) => text.startsWith(w, at))) return null;
  const stop = text.slice(at).search(/[,;。!?:]/);
  const purpose = text.slice(at, stop < 0 ? text.length : at + stop);
  if (purpose.length > MAX_PURPOSE || /\d/.test(purpose)) return null;
  return funds ? `${purpose}的${funds}` : `${purpose}资金`;
}
