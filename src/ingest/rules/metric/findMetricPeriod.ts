import type { PassageContext } from '../Rule';
import type { MetricLexicon } from './metricLexicon';

/**
 * A metric's period and whether the text states it: in its sentence, its passage's opening or its section's
 * heading and openings (false: the report's default period).
 */
export interface FoundPeriod {
  period: string | null;
  explicit: boolean;
  /** written in the metric's own sentence or passage opening, not only in its section's heading */
  written: boolean;
}

/** A passage-opening period (上半年,全市经济… / 一年来,…) frames the whole passage when it starts this early. */
const OPENING_WINDOW = 4;

/**
 * The period of a metric whose value starts at `index`: the last period expression before it in its sentence
 * (上半年, 1—6月, 2025年, 全年, 累计, “十四五”时期), else one that opens the passage, else the period of its
 * section (`ctx.section.period`: 2025年 in the review of a 2026 work report), else the report's period
 * (`ctx.report.period`, or `<year>年`). Words relative to the speaker are resolved against the report year (今年 →
 * 2026年, 去年 → 2025年 in a 2026 report); parts of a year and 全年 against the section's year when it has one
 * (全年 in the 2025 review → 2025年; 上半年 → 2023年上半年 in the seed), the rest kept as written. Expressions
 * inside quotes, titles or asides do not count (《…(2023—2027年)》), nor the period of a baseline for the value
 * after it (由2020年的7.2%提升至7.4%), nor a clause-scoped word (累计) for a value past the next comma. A relative word
 * dating a baseline (由上年729万人) counts from the section's year. Examples: seed line 8
 * `上半年新设立各类市场主体32.8万户` → 2023年上半年; corpus 2026 北京市, under 一、2025年工作回顾,
 * `地区生产总值5.2万亿元` → 2025年.
 */
export function findMetricPeriod(ctx: PassageContext, index: number, ml: MetricLexicon, mask: Uint8Array): FoundPeriod {
  const text = ctx.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('!', index - 1)) + 1;
  let found: string | null = null;
  let baseline = false;
  const clauseScoped = ml.periods.clauseScoped ?? [];
  for (const m of text.slice(0, index).matchAll(ml.period)) {
    // 较去年全年 / 比上年 name a comparison base, not the metric's period.
    if (mask[m.index] || /(较|比|去年|上年)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const gap = text.slice(m.index + m[0].length, index);
    // 由2020年的7.2%提升至7.4%: 2020年 dates the baseline 7.2% only, not the 7.4% after it.
    if ((text[m.index - 1] === '从' || text[m.index - 1] === '由') && !/^的?$/.test(gap)) continue;
    // 累计查明…360多亿吨,煤炭产能突破1.4亿吨: 累计 dates its own clause only.
    if (clauseScoped.includes(m[0]) && /[,;:]/.test(gap)) continue;
    if (m.index >= sentenceStart || (found === null && m.index <= OPENING_WINDOW)) {
      found = m[0];
      baseline = text[m.index - 1] === '从' || text[m.index - 1] === '由';
    }
  }
  const framed = ctx.section?.period ?? null;
  if (found !== null) return { period: resolvePeriod(found, ctx, ml, framed, baseline), explicit: true, written: true };
  if (framed !== null) return { period: framed, explicit: true, written: false };
  const year = ctx.report.year;
  return { period: ctx.report.period ?? (year ? `${year}年` : null), explicit: false, written: false };
}

function resolvePeriod(expr: string, ctx: PassageContext, ml: MetricLexicon, framed: string | null, baseline: boolean): string {
  const year = ctx.report.year;
  if (ml.periods.reportPeriod.includes(expr)) return ctx.report.period ?? (year ? `${year}年` : expr);
  if (!year || /^\d{4}年/.test(expr) || ml.periods.asWritten.includes(expr)) return expr;
  // 全年 and 上半年 belong to the year the section speaks of; 今年 and 去年 to the year the report is given in
  const sectionYear = framed !== null && /^\d{4}年$/.test(framed) ? Number(framed.slice(0, 4)) : year;
  const offset = ml.periods.relative[expr];
  // 由上年729万人增加到732万人 (2026 宁夏, in the 2025 review): a baseline's 上年 is the year before the value it
  // grows into, which is the section's year, not the year before the speaker's.
  if (offset !== undefined) return `${(baseline || sectionYearWords(ctx).includes(expr) ? sectionYear : year) + offset}年`;
  return `${sectionYear}年${expr.replace(/^截至/, '')}`;
}

/** `sectionYear` of metric-periods.json: relative words counted from the section's year (全年). */
function sectionYearWords(ctx: PassageContext): readonly string[] {
  return ctx.lexicon.data<{ sectionYear?: string[] }>('metric-periods').sectionYear ?? [];
}
