import { MetricKind } from '../../records/labels';
import type { Candidate, PassageContext, Refiner } from '../Rule';
import { metricLexicon } from './metricLexicon';

/**
 * Turns metrics stated as goals into TARGET: a cue of metric-target-words.txt (预期目标, 力争, 确保, 控制在 …)
 * earlier in the same sentence. The reading it replaces stays in `measure` (YOY_GROWTH for 增长5%左右), and a
 * target without an explicit period gets the report year (2026年 in a 2026 work report). Example (corpus,
 * 2026 北京市 line 48): `主要预期目标是:地区生产总值增长5%左右` → TARGET 5 %, measure YOY_GROWTH, period 2026年.
 */
export const MetricTargetRefiner: Refiner = {
  name: 'metric.target',
  refine(ctx: PassageContext, candidates: Candidate[]): Candidate[] {
    const ml = metricLexicon(ctx.lexicon);
    const text = ctx.text;
    return candidates.map((c) => {
      if (c.kind !== 'metric' || typeof c.fields._vs !== 'number') return c;
      const vs = c.fields._vs;
      const sentence = text.slice(Math.max(text.lastIndexOf('。', vs - 1), text.lastIndexOf('!', vs - 1)) + 1, vs);
      if (!ml.targetWords.some((w) => sentence.includes(w))) return c;
      const year = ctx.report.year;
      const period = c.fields._periodExplicit || !year ? c.fields.period : `${year}年`;
      return { ...c, fields: { ...c.fields, kind: MetricKind.TARGET, measure: c.fields.kind, period } };
    });
  },
};
