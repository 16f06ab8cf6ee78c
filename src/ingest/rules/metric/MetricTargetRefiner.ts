import { MetricKind } from '../../records/labels';
import type { ReportMeta } from '../../records/types';
import type { PassageContext } from '../Rule';
import { metricLexicon } from './metricLexicon';
import { refiner } from '../defineRule';

/**
 * The passage last refined for each report, and whether the sentence it ends in is open and stated as a goal.
 * Passages split at `;` inside a sentence (主要预期目标是:地区生产总值增长5%左右…;新能源产业产值增长8%以上…), so
 * the cue may stand in the passage before. The engine refines a report's passages in text order, one at a time.
 */
const lastPassage = new WeakMap<ReportMeta, { end: number; targetOpen: boolean }>();

/**
 * Turns metrics stated as goals into TARGET: a cue of metric-target-words.txt (预期目标, 力争, 确保 …), or outside a
 * review of metric-hold-words.txt (控制在), earlier in the same sentence, including the passages of that sentence
 * before a `;` split, every figure dated in its own sentence to a later year than the report's (到2030年…), and every
 * figure with no period of its own in a plan section (planSection: 建成家庭养老床位1000张 under 下一步工作打算). The reading it replaces
 * stays in `measure` (YOY_GROWTH for 增长5%左右), and a target without an explicit period gets the report year
 * (2026年 in a 2026 work report). Example (corpus, 2026 北京市 line 48): `主要预期目标是:地区生产总值增长5%左右` →
 * TARGET 5 %, measure YOY_GROWTH, period 2026年; (2026 吉林省) the passage after it, `新能源产业产值增长8%以上,…`,
 * too.
 */
/** a five-year plan's span as a period (“十四五”时期), its ordinal digit captured */
export const PLAN_PERIOD = /^“?十([一二三四五六七八九])五”?时期$/;
const DIGITS = '一二三四五六七八九';
/** The last year of a five-year plan named by its ordinal digit (“十五五” → 2030). */
const planEnd = (digit: string): number => 1966 + (DIGITS.indexOf(digit) + 11 - 3) * 5 + 4;

/**
 * Whether the passage sits in a plan section: its period (text/sectionPeriods.ts) is the report's own year in a
 * whole-year report (三、2026年重点工作), the whole year of a part-year report (二、下一步工作打算 → 2023年), or a
 * five-year plan that has not ended (“十五五”时期 in 2026). A review (2025年, “十四五”时期) is not.
 */
function planSection(ctx: PassageContext): boolean {
  const period = ctx.section?.period;
  const year = ctx.report.year;
  if (!period || year === null) return false;
  const plan = PLAN_PERIOD.exec(period);
  if (plan) return planEnd(plan[1]) >= year;
  return period === `${year}年` && (ctx.report.period !== `${year}年` || ctx.section?.record !== null);
}

/**
 * Whether the passage sits in a review: its period is a year before the report's (2025年 in a 2026 report) or a
 * five-year plan that has ended, and no heading above it names the report's year or a plan still running
 * (二、“十四五”时期发展成就和“十五五”时期主要目标任务 holds both). A cue there reports what was held to
 * (城镇调查失业率控制在5%以内 under 一、2025年和“十四五”时期工作回顾 is the year's level), so a hold word
 * (metric-hold-words.txt) there sets no goal.
 */
function reviewSection(ctx: PassageContext): boolean {
  const period = ctx.section?.period;
  const year = ctx.report.year;
  if (!period || year === null) return false;
  const plan = PLAN_PERIOD.exec(period);
  const whole = /^(\d{4})年$/.exec(period);
  if (!(plan ? planEnd(plan[1]) < year : whole !== null && Number(whole[1]) < year)) return false;
  const ahead = (title: string): boolean =>
    [...title.matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) >= year) || [...title.matchAll(/十([一二三四五六七八九])五/g)].some((m) => planEnd(m[1]) >= year);
  return !(ctx.section?.titles ?? []).some(ahead);
}

export const MetricTargetRefiner = refiner('metric.target', (ctx, candidates) => {
  const ml = metricLexicon(ctx.lexicon);
  const text = ctx.text;
  const prev = lastPassage.get(ctx.report);
  // Only a passage that starts exactly where a `;`-ended one stopped continues its sentence (same line).
  const carried = prev !== undefined && prev.targetOpen && prev.end === ctx.passage.start;
  const sentenceStart = (at: number): number => Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('!', at - 1)) + 1;
  const year = ctx.report.year;
  const partYear = year !== null && ctx.report.period !== null && ctx.report.period !== `${year}年`;
  const cues = [...ml.targetWords, ...(partYear ? ml.forecastWords : []), ...(reviewSection(ctx) ? [] : ml.holdWords)];
  const isTarget = (at: number): boolean => {
    const start = sentenceStart(at);
    return (carried && start === 0) || cues.some((w) => text.slice(start, at).includes(w));
  };
  lastPassage.set(ctx.report, { end: ctx.passage.end, targetOpen: text.endsWith(';') && isTarget(text.length) });
  const planned = planSection(ctx);
  return candidates.map((c) => {
    const vs = c.work?.valueStart;
    if (c.kind !== 'metric' || vs === undefined || c.work?.baseline) return c;
    // 提出8项指标: the number of a plan's own items describes the plan, it is no goal
    if (c.fields.kind === MetricKind.COUNT && ml.documentItemNouns.some((w) => c.name.endsWith(w))) return c;
    // a figure dated in its own sentence to a year after the report's is a goal, whatever the section (到2030年，…人均
    // 预期寿命提高到80岁以上: 安徽 2026)
    const dated = /^(\d{4})年$/.exec(String(c.fields.period ?? ''));
    const ahead = c.work?.periodWritten === true && year !== null && dated !== null && Number(dated[1]) > year;
    // a figure with a period of its own in a plan section (上半年…, 2025年…) reports; one without sets a goal
    if (!ahead && !isTarget(vs) && !(planned && c.work?.periodWritten !== true)) return c;
    const period = c.work?.periodExplicit || !year ? c.fields.period : `${year}年`;
    return { ...c, fields: { ...c.fields, kind: MetricKind.TARGET, measure: c.fields.kind, period } };
  });
}, 'metric');
