import type { Candidate } from '../Rule';
import { refiner } from '../defineRule';
import { metricLexicon } from './metricLexicon';
import { urbanRuralPair } from './urbanRural';

/** Between the two values of an urban-rural pair: one list separator and nothing else. */
const SEPARATOR = /^[、和]$/;
/** A third value after the pair: then it is a longer list, and which value is whose is not said. */
const MORE_AFTER = /^[、和]\d/;

/**
 * Splits a `城乡…` subject written with two values and no 分别 into its urban and rural series, in that order:
 * `城乡低保标准提高到每月815元和615元` (2026 内蒙古) → 城镇低保标准… 815 元, 农村低保标准… 615 元;
 * `城乡居民人均可支配收入年均增长5.3%、8.1%` (2026 新疆) → 城镇… 5.3 %, 农村… 8.1 %. The second value, carried
 * the first one's subject by MetricSubjectCarryRefiner, also takes its kind and direction (it was read alone as a
 * share). Only an exact pair is split: two values, side by side, of the same subject, with no third one after
 * (urbanRural.ts says which subjects). 分别 lists are paired by MetricRespectivelyRule. Runs after the carry refiner.
 */
export const MetricUrbanRuralRefiner = refiner('metric.urbanRural', (ctx, candidates) => {
  const ml = metricLexicon(ctx.lexicon);
  const text = ctx.text;
  const metrics = candidates.filter((c) => c.kind === 'metric' && c.work?.valueStart !== undefined);
  for (let k = 0; k + 1 < metrics.length; k++) {
    const [a, b] = [metrics[k], metrics[k + 1]];
    if (a.name !== b.name || a.fields.unit !== b.fields.unit) continue;
    const sides = urbanRuralPair(a.name, ml);
    if (!sides) continue;
    if (!SEPARATOR.test(text.slice(a.work!.valueEnd!, b.work!.valueStart!))) continue;
    if (MORE_AFTER.test(text.slice(b.work!.valueEnd!)) || /[、和]$/.test(text.slice(0, a.work!.valueStart!))) continue;
    rename(a, sides[0]);
    rename(b, sides[1]);
    b.fields.kind = a.fields.kind;
    if (a.fields.direction !== undefined) b.fields.direction = a.fields.direction;
    k++;
  }
  return candidates;
}, 'metric');

function rename(c: Candidate, subject: string): void {
  c.name = subject;
  c.fields.subject = subject;
}
