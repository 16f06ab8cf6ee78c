import type { Lexicon } from '../lexicon/Lexicon';
import { loadLexicon } from '../lexicon/loadLexicon';
import { normalize } from '../text/normalize';

/** Which stretch of time a value covers. */
export const PeriodPart = {
  FULL_YEAR: 'FULL_YEAR',
  H1: 'H1',
  Q1: 'Q1',
  Q2: 'Q2',
  Q3: 'Q3',
  Q4: 'Q4',
  /** any other run of months of one year (前三季度 = 1–9, 下半年 = 7–12, 10月 = 10–10) */
  MONTHS: 'MONTHS',
  /** a five-year plan period (“十四五”时期) */
  PLAN_PERIOD: 'PLAN_PERIOD',
  /** a running total with no period of its own (累计) */
  CUMULATIVE: 'CUMULATIVE',
} as const;
export type PeriodPart = (typeof PeriodPart)[keyof typeof PeriodPart];

/** Whether the value happened, is a goal, or is a forecast. */
export const PeriodStatus = { ACTUAL: 'ACTUAL', TARGET: 'TARGET', ESTIMATE: 'ESTIMATE' } as const;
export type PeriodStatus = (typeof PeriodStatus)[keyof typeof PeriodStatus];

/** What `structuredPeriod` reads: a metric's period text and where the metric stands. */
export interface PeriodInput {
  /**
   * the metric's period as written or as the extractor resolved it (2023年1—6月, 2025年, 全年, 上半年, “十四五”时期);
   * null = the section's period, else the report's
   */
  period: string | null;
  reportYear: number | null;
  /** the report's own period as written (2023年1—6月 for the seed, 2026年 for a work report) */
  reportPeriod?: string | null;
  /** ISO date the report was given (YYYY-MM-DD) */
  publishDate?: string | null;
  /** the period the passage's section sets (SectionContext.period: 2025年 in a review, “十五五”时期) */
  sectionPeriod?: string | null;
  /** the titles of the passage's section and its ancestors, outermost first (SectionContext.titles) */
  sectionTitles?: readonly string[];
  /** the metric's kind (MetricKind); TARGET makes the status TARGET */
  kind?: string | null;
  /** the sentence holding the metric */
  sentence?: string | null;
  /** where the metric starts in `sentence`: only a forecast word before it counts (none given: the whole sentence) */
  offset?: number | null;
}

export interface StructuredPeriod {
  /** the calendar year; null for a plan period or a cumulative total */
  year: number | null;
  part: PeriodPart;
  /** first and last month (1–12) of a part of a year; absent for FULL_YEAR, PLAN_PERIOD, CUMULATIVE */
  months?: [number, number];
  /** the five-year plan: 十四五, 十五五 … */
  plan?: string;
  status: PeriodStatus;
}

interface PeriodWords {
  relative: Record<string, number>;
  withinYear: Record<string, [number, number]>;
  reportPeriod: string[];
  cumulative: string[];
  pastPlan: string[];
  estimateWords: string[];
  planTargetWords: string[];
  reviewTitles: string[];
  planTitles: string[];
}

/** A period without its status, and the day it ends (null: unknown, as for 累计). */
interface Span {
  year: number | null;
  part: PeriodPart;
  months?: [number, number];
  plan?: string;
  end: number | null;
}

const DIGITS = '一二三四五六七八九';
const PLAN = new RegExp(`十([${DIGITS}])五`);
const MONTH_RANGE = /^(\d{1,2})[—–\-~至](\d{1,2})月/;
/** 6月底, 截至6月末: a point in time, read as the months it closes from January */
const MONTH_END = /^(?:截至)?(\d{1,2})月(?:底|末)/;
const ONE_MONTH = /^(\d{1,2})月/;
const QUARTERS: Record<string, PeriodPart> = { '1-3': 'Q1', '4-6': 'Q2', '7-9': 'Q3', '10-12': 'Q4', '1-6': 'H1' };

/**
 * Reads a metric's period as `{ year, part, months, plan, status }` (word lists: indicator-periods.json).
 *
 * Period: a written year wins (2023年1—6月 → 2023 H1 [1,6]); a relative word counts from the report year (去年 →
 * year − 1); 全年, 年底 and a bare part of a year (上半年, 1—6月) belong to the year of the section's period when it
 * is one (the 2025 review of a 2026 report), else to the report year. Months map to H1 (1–6), Q1–Q4 or MONTHS;
 * 1–12 is FULL_YEAR; a point (6月底) covers January to it. “十四五”时期 is PLAN_PERIOD 十四五 (year null); 五年来 is
 * the plan that just ended when the report year opens a new one; 累计 is CUMULATIVE; no period at all is the
 * section's period, else the report's. Words after the year that it does not know leave the whole year.
 *
 * Status, first rule that applies: kind TARGET → TARGET; 预计 in the sentence before the metric (`offset`) →
 * ESTIMATE; a goal word (力争, 目标, 左右) anywhere in the sentence of a plan section → TARGET (in a review,
 * 增长5%左右 is a result); a period that has not ended by the report's date → TARGET (a work report's figures for
 * its own year are plans); else ACTUAL. The report's date is `publishDate`, else the end of its period when that
 * is part of a year (the seed: 2023-06-30), else 1 January of its year (a work report is given as its year
 * opens). A section is a plan when its period has not ended by that date (2026年, “十五五”时期) and a review when
 * it has (2025年); without a period, its titles decide (下一步工作打算 / 计划执行情况), innermost first.
 * Example: 2026 北京市, section 三、2026年重点工作, `地区生产总值增长5%左右`, kind TARGET → { year: 2026,
 * part: FULL_YEAR, status: TARGET }; the seed, `2023年1—6月` → { year: 2023, part: H1, months: [1, 6], status: ACTUAL }.
 */
export function structuredPeriod(input: PeriodInput, lexicon: Lexicon = loadLexicon()): StructuredPeriod {
  const w = lexicon.data<PeriodWords>('indicator-periods');
  const reportYear = input.reportYear;
  const reportSpan = input.reportPeriod ? readPeriod(input.reportPeriod, reportYear, null, null, w) : null;
  const sectionSpan = input.sectionPeriod ? readPeriod(input.sectionPeriod, reportYear, null, reportSpan, w) : null;
  const sectionYear = sectionSpan && sectionSpan.part === PeriodPart.FULL_YEAR ? sectionSpan.year : null;
  const span = input.period
    ? readPeriod(input.period, reportYear, sectionYear, reportSpan, w)
    : (sectionSpan ?? reportSpan ?? yearSpan(reportYear));

  const reportDate = dateOf(input.publishDate) ?? reportDay(reportSpan, reportYear);
  const sentence = normalize(input.sentence ?? '');
  // 下达资金11.3亿元,预计今年新增77所幼儿园: the forecast is of what follows it, not of the funds before it
  const lead = typeof input.offset === 'number' ? sentence.slice(0, input.offset) : sentence;
  const stance = sectionStance(sectionSpan, input.sectionTitles ?? [], reportDate, w);
  let status: PeriodStatus = PeriodStatus.ACTUAL;
  if (input.kind === 'TARGET') status = PeriodStatus.TARGET;
  else if (w.estimateWords.some((x) => lead.includes(x))) status = PeriodStatus.ESTIMATE;
  else if (stance === 'PLAN' && w.planTargetWords.some((x) => sentence.includes(x))) status = PeriodStatus.TARGET;
  else if (span.end !== null && reportDate !== null && span.end > reportDate) status = PeriodStatus.TARGET;

  const out: StructuredPeriod = { year: span.year, part: span.part, status };
  if (span.months) out.months = span.months;
  if (span.plan) out.plan = span.plan;
  return out;
}

/** The span a period text names; `sectionYear` dates 全年 and bare parts of a year, `reportSpan` 今年以来. */
function readPeriod(raw: string, reportYear: number | null, sectionYear: number | null, reportSpan: Span | null, w: PeriodWords): Span {
  const text = normalize(raw).replace(/[\s“”"]/g, '');
  const plan = PLAN.exec(text);
  if (plan) return planSpan(DIGITS.indexOf(plan[1]) + 11);
  if (w.pastPlan.some((x) => text.includes(x))) {
    const ended = reportYear !== null ? endedPlan(reportYear) : null;
    return ended !== null ? planSpan(ended) : { year: null, part: PeriodPart.CUMULATIVE, end: null };
  }
  if (w.cumulative.some((x) => text.startsWith(x))) return { year: null, part: PeriodPart.CUMULATIVE, end: null };
  if (w.reportPeriod.some((x) => text.startsWith(x))) return reportSpan ?? yearSpan(reportYear);

  let year: number | null;
  let rest = text;
  const written = /^(\d{4})年/.exec(text);
  const relative = Object.keys(w.relative).sort((a, b) => b.length - a.length).find((x) => text.startsWith(x));
  if (written) {
    year = Number(written[1]);
    rest = text.slice(written[0].length);
  } else if (relative !== undefined) {
    year = reportYear === null ? null : reportYear + w.relative[relative];
    rest = text.slice(relative.length);
  } else {
    year = sectionYear ?? reportYear;
  }
  const within = monthsOf(rest, w);
  return { year, ...within, ...endOf(year, within.months) };
}

/** The months a period text after its year names; none = the whole year. */
function monthsOf(rest: string, w: PeriodWords): { part: PeriodPart; months?: [number, number] } {
  let months: [number, number] | null = null;
  const range = MONTH_RANGE.exec(rest) ?? MONTH_END.exec(rest);
  const one = ONE_MONTH.exec(rest);
  if (range) months = range[2] !== undefined ? [Number(range[1]), Number(range[2])] : [1, Number(range[1])];
  else if (one) months = [Number(one[1]), Number(one[1])];
  else {
    const word = Object.keys(w.withinYear).sort((a, b) => b.length - a.length).find((x) => rest.startsWith(x));
    if (word) months = w.withinYear[word];
  }
  if (!months || (months[0] === 1 && months[1] === 12)) return { part: PeriodPart.FULL_YEAR };
  const part = QUARTERS[`${months[0]}-${months[1]}`] ?? PeriodPart.MONTHS;
  return { part, months: [months[0], months[1]] };
}

function endOf(year: number | null, months: [number, number] | undefined): { end: number | null } {
  if (year === null) return { end: null };
  // day 0 of the next month is the last day of this one
  return { end: Date.UTC(year, months ? months[1] : 12, 0) };
}

function yearSpan(year: number | null): Span {
  return { year, part: PeriodPart.FULL_YEAR, ...endOf(year, undefined) };
}

/** The n-th five-year plan: the third ran 1966–1970, and every plan since five years more. */
function planSpan(n: number): Span {
  const last = 1966 + 5 * (n - 3) + 4;
  return { year: null, part: PeriodPart.PLAN_PERIOD, plan: `十${DIGITS[n - 11]}五`, end: Date.UTC(last, 11, 31) };
}

/** The plan that ended the year before `year`, when `year` opens a new one (2026 → 15th − 1 = 14th). */
function endedPlan(year: number): number | null {
  if ((year - 1966) % 5 !== 0) return null;
  const n = (year - 1966) / 5 + 2;
  return n >= 11 && n <= 19 ? n : null;
}

function dateOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** Without a date: the end of a part-of-year report's period, else the first day of the report's year. */
function reportDay(reportSpan: Span | null, reportYear: number | null): number | null {
  if (reportSpan && reportSpan.part !== PeriodPart.FULL_YEAR && reportSpan.end !== null) return reportSpan.end;
  const year = reportSpan?.year ?? reportYear;
  return year === null ? null : Date.UTC(year, 0, 1);
}

function sectionStance(section: Span | null, titles: readonly string[], reportDate: number | null, w: PeriodWords): 'REVIEW' | 'PLAN' | null {
  if (section && section.end !== null && reportDate !== null) return section.end > reportDate ? 'PLAN' : 'REVIEW';
  for (const t of [...titles].reverse()) {
    if (w.planTitles.some((x) => t.includes(x))) return 'PLAN';
    if (w.reviewTitles.some((x) => t.includes(x))) return 'REVIEW';
  }
  return null;
}
