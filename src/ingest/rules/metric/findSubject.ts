import { cleanSubject } from './cleanSubject';
import { RUN_OF_YEARS } from './countList';
import type { MetricLexicon } from './metricLexicon';
import { nounAfter } from './nounAfter';
import { RANKING } from './ranking';
import { SERVICE_LINE } from '../../text/serviceLine';

/** Where a clause ends, looking back from a value: punctuation and openers of quotes, titles and asides. */
const BOUNDARY = new Set([',', ';', ':', '。', '!', '?', '、', '(', '“', '《', '\n', '\t', ' ']);
const OPENER: Record<string, string> = { ')': '(', '”': '“', '》': '《' };
/** A subject longer than this is a clause, not an indicator name; precision first. */
const MAX_SUBJECT = 24;
const YEARS_SPAN = /(?<![\d.])\d{1,2}年$/;
// how long a figure has held (棉花产量连续4年占全国九成以上: 新疆 2026) says when, not what: no figure of the subject's and
// no word of it (MetricCountRule counts the years)
const YEARS_RUNNING = new RegExp(RUN_OF_YEARS, 'g');

/**
 * `subject` is '' when the clause names no indicator of its own (、同比增长17.3%, 、累计29家): the carry refiner fills
 * it, and `start` is then where the clause starts, so the mention reads `累计29家`.
 */
export interface FoundSubject {
  subject: string;
  start: number;
}

/**
 * Finds the subject written before a metric's predicate, which starts at `end` in the normalised passage text:
 * the clause back to the previous separator (skipping whole (…), “…” and 《…》 groups), with a leading count or
 * year cut off (248个川渝共建重大项目… → 川渝共建重大项目…) and cleaned by cleanSubject. Returns null when the
 * clause holds another number that is not a count, a year or a threshold (提前3年达到国家提出的95%), because the
 * subject would then be a guess. Example (seed line 10): `…对接4000余场、发布就业岗位近130万个,城镇新增就业|41万人`
 * → `城镇新增就业`.
 */
export function findSubject(text: string, end: number, ml: MetricLexicon, mask: Uint8Array): FoundSubject | null {
  const limit = Math.max(0, end - 48);
  let i = end;
  while (i > limit) {
    const c = text[i - 1];
    const open = OPENER[c];
    if (open) {
      const j = text.lastIndexOf(open, i - 2);
      if (j < limit) break;
      i = j;
      continue;
    }
    if (BOUNDARY.has(c)) break;
    i--;
  }
  // a span of years right before the predicate dates the change, as 五年 does (内河港口吞吐量5年增长1.6倍): no figure
  // of its own, and no word of the subject
  const span = YEARS_SPAN.exec(text.slice(i, end));
  let raw = text.slice(i, span && !mask[end - span[0].length] ? end - span[0].length : end);
  let base = i;
  let cut = cutAfterLastNumber(raw, base, ml, mask);
  if (cut < 0) return null;
  // 为28.8万户企业降低失业保险费15.72亿元: the count before is of those the act is for, and its noun (企业) is theirs,
  // not part of what the amount measures (降低失业保险费)
  const beneficiary = /[为向](?:约|近|超过?)?\d+(?:\.\d+)?\D+$/.test(raw.slice(0, cut)) ? nounAfter(text, base + cut, ml) : '';
  if (beneficiary && raw.length - cut - beneficiary.length >= 2) cut += beneficiary.length;
  raw = raw.slice(cut);
  base += cut;
  const clean = cleanSubject(raw, ml);
  if (clean.text.length < 2 || ml.subjectStop.has(clean.text) || !/[\u4e00-\u9fffA-Za-z]/.test(clean.text)) {
    return { subject: '', start: base };
  }
  if (clean.text.length > MAX_SUBJECT) return null;
  return { subject: clean.text.replace(ml.subjectInfixes, '').replace(YEARS_RUNNING, ''), start: base + clean.offset };
}

/** Offset in `raw` after its last number (a count 248个, a date 1—6月), 0 if none, -1 if that number is unexplained. */
function cutAfterLastNumber(raw: string, base: number, ml: MetricLexicon, mask: Uint8Array): number {
  const dated = [...raw.matchAll(ml.period)].filter((m) => /\d/.test(m[0]));
  const inDate = (k: number): boolean => dated.some((m) => k >= m.index && k < m.index + m[0].length);
  let cut = 0;
  for (const d of dated) cut = Math.max(cut, d.index + d[0].length);
  for (const m of raw.matchAll(/(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])/g)) {
    // 每10万人口高等教育平均在校生: a rate's denominator is part of the indicator's name; so is a service line's number
    // (12345热线群众诉求满意率: 内蒙古 2026)
    if (mask[base + m.index] || inDate(m.index) || raw[m.index - 1] === '每' || SERVICE_LINE.test(raw.slice(m.index))) continue;
    if (raw.endsWith('连续', m.index) && raw[m.index + m[0].length] === '年') continue;
    const after = raw.slice(m.index + m[0].length).replace(/^(余|多)/, '');
    // 世界500强企业: a ranking names a class of firms, the number is part of the name
    if (RANKING.test(raw.slice(m.index))) continue;
    const unit = ml.unitAtStart.exec(after);
    if (!unit) return -1;
    const tail = after.slice(unit[0].length);
    // `3岁以下婴幼儿托位`, `经济总量超500亿元的县域`: a threshold describes the indicator and stays inside it.
    if (/^(以下|以上|的)/.test(tail)) continue;
    cut = Math.max(cut, raw.length - tail.length);
  }
  return cut;
}
