import type { PassageContext } from '../Rule';
import type { MetricLexicon } from './metricLexicon';

/** A metric's period and whether the text states it (false: the report's default period). */
export interface FoundPeriod {
  period: string | null;
  explicit: boolean;
}

/** A passage-opening period (上半年,全市经济… / 一年来,…) frames the whole passage when it starts this early. */
const OPENING_WINDOW = 4;

/**
 * The period of a metric whose value starts at `index`: the last period expression before it in its sentence
 * (上半年, 1—6月, 2025年, 全年, 累计, “十四五”时期), else one that opens the passage, else the report's period
 * (`ctx.report.period`, or `<year>年`). Words relative to the report year are resolved (今年 → 2026年 in a 2026
 * report; 上半年 → 2023年上半年), the rest kept as written. Expressions inside quotes, titles or asides do not
 * count (《…(2023—2027年)》). Example (seed line 8): `上半年新设立各类市场主体32.8万户` → 2023年上半年.
 */
export function findMetricPeriod(ctx: PassageContext, index: number, ml: MetricLexicon, mask: Uint8Array): FoundPeriod {
  const text = ctx.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('!', index - 1)) + 1;
  let found: string | null = null;
  for (const m of text.slice(0, index).matchAll(ml.period)) {
    // 较去年全年 / 比上年 name a comparison base, not the metric's period.
    if (mask[m.index] || /(较|比|去年|上年)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m.index >= sentenceStart || (found === null && m.index <= OPENING_WINDOW)) found = m[0];
  }
  if (found !== null) return { period: resolvePeriod(found, ctx, ml), explicit: true };
  const year = ctx.report.year;
  return { period: ctx.report.period ?? (year ? `${year}年` : null), explicit: false };
}

function resolvePeriod(expr: string, ctx: PassageContext, ml: MetricLexicon): string {
  const year = ctx.report.year;
  if (ml.periods.reportPeriod.includes(expr)) return ctx.report.period ?? (year ? `${year}年` : expr);
  if (!year || /^\d{4}年/.test(expr) || ml.periods.asWritten.includes(expr)) return expr;
  const offset = ml.periods.relative[expr];
  if (offset !== undefined) return `${year + offset}年`;
  return `${year}年${expr.replace(/^截至/, '')}`;
}
