import type { Lexicon } from '../lexicon/Lexicon';
import type { PassageRecord, ReportMeta, SectionRecord } from '../records/types';
import { normalize } from './normalize';
import { perLexicon } from '../lexicon/perLexicon';

/** Where a passage sits in the report, for rules whose reading depends on it (a metric's period). */
export interface SectionContext {
  /** the innermost numbered section holding the passage; null before the first heading */
  record: SectionRecord | null;
  /** the titles of that section and its ancestors, outermost first */
  titles: string[];
  /**
   * the period the passage's statements default to, from the headings and paragraph openings around it:
   * 2025年 in the review of a 2026 work report, “十五五”时期 in its five-year targets; null = the report's period
   */
  period: string | null;
}

/** `sectionFrames` of seeds/lexicon/metric-periods.json (the rest of the file is read by the metric rules). */
interface FrameWords {
  /** heading words for the results of the year before a whole-year report (2025年工作回顾, 工作回顾) */
  review: string[];
  /** the five years just ended, in a report that opens a new five-year plan: 这五年 → “十四五”时期 */
  fiveYears: string[];
  /** words allowed before a paragraph's opening period: ——这五年, 刚刚过去的2025年 */
  leads: string[];
}
interface PeriodWords {
  relative: Record<string, number>;
  withinYear: string[];
  sectionYear: string[];
  sectionFrames: FrameWords;
}

/** A heading without a number (“十五五”时期主要目标任务) is a short line with no sentence punctuation. */
const HEADING_MAX = 32;
/** 各位代表! before the opening sentence of a paragraph still counts as the paragraph's start. */
const ADDRESS_MAX = 6;
const DIGITS = '一二三四五六七八九';

interface Compiled {
  /** in a heading: a whole-year or plan-period expression (2025年 but not 2025年上半年 / 2025年6月, “十四五”, 过去一年, 这五年) or a review word */
  heading: RegExp;
  /** at a paragraph's start: the same without review words (回顾过去五年 is about the five years) */
  opener: RegExp;
  /** at any sentence's start: a five-year word (五年来, 这五年) */
  fiveYearOpener: RegExp;
  words: PeriodWords;
  /** heading words of a plan section (下一步, 工作打算): indicator-periods.json's `planTitles`, shared with structuredPeriod */
  planTitles: readonly string[];
}

/**
 * Gives each passage its SectionContext. The period is a frame that headings and paragraph openings set and
 * section boundaries scope: a numbered heading sets it for its section from the first period word of its title
 * (一、2025年和“十四五”时期工作回顾 → 2025年; 二、“十五五”时期主要目标任务 → “十五五”时期; 一、工作回顾 → the
 * year before, in a whole-year report); an unnumbered heading line (“十五五”时期主要目标和2026年重点工作) sets it
 * for what follows, numbered sections included; a paragraph that opens with a whole-year or five-year expression
 * (刚刚过去的2025年, / ——这五年 / 今年是…), or any sentence that opens with a five-year word (五年来,…), sets it
 * for the rest of its section. A numbered heading without a
 * period word inherits its parent's frame. Parts of a year (上半年, 1—6月) never set a frame: the rules read them
 * sentence by sentence. Example (corpus, 2026 北京市 line 21): `一、2025年工作回顾` → every passage of it, 2025年.
 */
export function sectionContexts(
  passages: readonly PassageRecord[],
  sections: readonly SectionRecord[],
  report: ReportMeta,
  lexicon: Lexicon,
  text: string,
): SectionContext[] {
  const c = compile(lexicon);
  const byId = new Map(sections.map((s) => [s.id, s]));
  // frames[0]: set by unnumbered headings and openers outside numbered sections; frames[l]: the open level-l section's
  const frames: (string | null | undefined)[] = [undefined, undefined, undefined, undefined];
  const open: (string | undefined)[] = [];
  const out: SectionContext[] = [];
  for (const p of passages) {
    const chain = ancestors(p.sectionId, byId);
    for (let l = 1; l <= 3; l++) {
      const s = chain.find((x) => x.level === l);
      if (open[l] === s?.id) continue;
      open[l] = s?.id;
      frames[l] = s ? framePeriod(normalize(s.title), c, report) : undefined;
    }
    const norm = normalize(p.text);
    const inner = chain.length ? chain[chain.length - 1].level : 0;
    if (isUnnumberedHeading(p, chain, norm)) {
      const f = framePeriod(norm, c, report);
      if (f !== undefined) {
        frames[0] = f;
        // the heading opens a new part: frames of the numbered sections it sits in no longer apply
        for (let l = 1; l <= 3; l++) frames[l] = undefined;
      }
    } else {
      // 这五年 / 五年来 turn a review to the five-year plan even mid-paragraph (2025年是“十四五”收官之年。五年来,…);
      // a year only at a paragraph's start, since 2025年 in passing is not a change of subject
      const m = (opensParagraph(p, text) ? c.opener : c.fiveYearOpener).exec(norm);
      const f = m ? framePeriod(m[1], c, report) : undefined;
      if (f !== undefined) frames[inner] = f;
    }
    let period: string | null = null;
    for (let l = inner; l >= 0; l--) {
      if (frames[l] !== undefined) {
        period = frames[l] ?? null;
        break;
      }
    }
    out.push({ record: chain[chain.length - 1] ?? null, titles: chain.map((s) => s.title), period });
  }
  return out;
}

const compile = perLexicon((lexicon: Lexicon): Compiled => {
  const words = lexicon.data<PeriodWords>('metric-periods');
  const f = words.sectionFrames;
  const relative = Object.keys(words.relative).filter((w) => !words.sectionYear.includes(w));
  const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).join('|');
  // 今年上半年 / 2025年6月 / 今年以来 name part of a year, not a frame
  const notPart = `(?!以来|\\d|${alt(words.withinYear)})`;
  const expr = String.raw`(?:(?<!\d)\d{4}年|${alt(relative)})${notPart}|“?十[${DIGITS}]五”?|${alt(f.fiveYears)}`;
  const compiled: Compiled = {
    heading: new RegExp(`${expr}|${alt(f.review)}`),
    opener: new RegExp(`^(?:${alt(f.leads)})?(${expr})`),
    fiveYearOpener: new RegExp(`^(?:${alt(f.leads)})?(${alt(f.fiveYears)})`),
    words,
    planTitles: lexicon.data<{ planTitles: string[] }>('indicator-periods').planTitles,
  };
  return compiled;
});

/**
 * The frame a heading or opening sets: the first period word of `s`, resolved against the report
 * (过去一年 → 2025年 in a 2026 report); undefined when there is none. Review words mean the year before only in a
 * whole-year report (in a half-year report the review is of the half year, the report's own period).
 */
function framePeriod(s: string, c: Compiled, report: ReportMeta): string | null | undefined {
  const m = c.heading.exec(s);
  if (!m) {
    // a plan heading with no year of its own (二、下一步工作打算) in a part-year report: the rest of the year, whose
    // figures are the year's (2023年), not the part already reported (2023年1—6月)
    const partYear = report.year !== null && report.period !== null && report.period !== `${report.year}年`;
    return partYear && c.planTitles.some((w) => s.includes(w)) ? `${report.year}年` : undefined;
  }
  const w = m[0];
  const year = report.year;
  const plan = new RegExp(`^“?十([${DIGITS}])五”?$`).exec(w);
  if (plan) return `“十${plan[1]}五”时期`;
  if (/^\d{4}年$/.test(w)) return w;
  if (year === null) return undefined;
  if (c.words.relative[w] !== undefined) return `${year + c.words.relative[w]}年`;
  if (c.words.sectionFrames.fiveYears.includes(w)) return endedPlan(year) ?? undefined;
  // a review word: only a whole-year report reviews the year before
  return report.period === `${year}年` ? `${year - 1}年` : null;
}

/**
 * The five-year plan that ended the year before `year`, when `year` opens a new one (2026 → “十四五”时期). Plans
 * run 1966–1970 (the third) and every five years since; other years have no plan just ended (null).
 */
function endedPlan(year: number): string | null {
  if ((year - 1966) % 5 !== 0) return null;
  const n = (year - 1966) / 5 + 2;
  if (n < 11 || n > 19) return null;
  return `“十${DIGITS[n - 11]}五”时期`;
}

function ancestors(id: string | null, byId: ReadonlyMap<string, SectionRecord>): SectionRecord[] {
  const chain: SectionRecord[] = [];
  for (let s = id ? byId.get(id) : undefined; s; s = s.parentId ? byId.get(s.parentId) : undefined) chain.unshift(s);
  return chain;
}

/** A short line of its own without sentence punctuation that is not a numbered heading. */
function isUnnumberedHeading(p: PassageRecord, chain: readonly SectionRecord[], norm: string): boolean {
  if (norm.length > HEADING_MAX || /[。,;:!?、]/.test(norm)) return false;
  return !chain.some((s) => s.start === p.start);
}

/** The passage starts its line, or follows only an address (各位代表!) on it. */
function opensParagraph(p: PassageRecord, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  const before = normalize(text.slice(lineStart, p.start)).trim();
  return before === '' || (before.length <= ADDRESS_MAX && before.endsWith('!'));
}
