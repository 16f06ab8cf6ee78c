/** A value as found by `MetricLexicon.value`: offsets are into the normalised passage text. */
export interface MetricValue {
  /** where the match starts (at a leading qualifier 约/超过 if any) */
  start: number;
  /** where the number itself starts */
  numberStart: number;
  end: number;
  value: number;
  /** upper end of a range: 10%—20% → 20, 2—3个 → 3 */
  valueMax: number | null;
  unit: string;
  /** the number through its unit, as written: 2411亿元, 10%—20%, 4000余场 */
  valueText: string;
  /** 约 / 近 / 超过 / 余 / 左右 / 以上 … as written, '' when none */
  qualifier: string;
  /** what a bare magnitude counts when the text names it after (30万参保孕产妇: 人): the base unit it normalises to */
  counted?: string;
}

/**
 * The magnitude prefixes a unit is written with (2411亿元, 32.8万户, 9千亿元), longest first, and what each
 * multiplies by: the one home of the list (the value pattern, bare units, list tails and scaled values read it).
 */
export const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
];
/** The Chinese digits a figure in words may open with before its magnitude (三千亿元, 两万亿元), and their values. */
const DIGIT_VALUES: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
export const CHINESE_DIGITS = Object.keys(DIGIT_VALUES).join('');
/** the digits a share in tenths is written with (三成, 八成); 一成 too often opens a word (一成不变) */
export const TENTH_DIGITS = CHINESE_DIGITS.replace('一', '');

/** A round hundred or thousand written as a word before a classifier (突破百条, 超千场), and its value. */
const ROUND_VALUES: Readonly<Record<string, number>> = { 百: 100, 千: 1000 };
export const ROUND_WORDS = Object.keys(ROUND_VALUES).join('');

/** The number a value pattern captured: digits, one Chinese digit, a round 百/千, or nothing before a magnitude (万亿元 is 1 万亿元). */
export function numberOf(num: string): number {
  if (num === '') return 1;
  return DIGIT_VALUES[num] ?? ROUND_VALUES[num] ?? Number(num);
}

// the hundreds and thousands a magnitude in words opens with (百万, 千亿)
const WORD_SCALES = /^[百千](?=[万亿])/;

/** a regex alternation of the magnitude prefixes, longest first */
export const MAGNITUDE_SOURCE = MAGNITUDES.map(([m]) => m).join('|');
const AFTER_MAGNITUDE = new RegExp(`^(${MAGNITUDE_SOURCE})([余多])(.+)$`);
const LEADING_MAGNITUDE = new RegExp(`^(?:${MAGNITUDE_SOURCE})(?=.)`);

/** 2411亿元 → 元, 32.8万户 → 户: the unit without its magnitude prefix */
export const bareUnit = (unit: string): string => unit.replace(LEADING_MAGNITUDE, '');

/**
 * Reads one match of `MetricLexicon.value` (groups: approx-before, number, range end, infix, unit, approx-after).
 * Example: `超2907亿元` at 40 → { value: 2907, unit: 亿元, qualifier: 超, valueText: 2907亿元 }; `2万余家` → { value: 2,
 * unit: 万家, qualifier: 余 }.
 */
export function parseMetricValue(m: RegExpExecArray): MetricValue {
  const [whole, before = '', num, max, written, writtenUnit, after = ''] = m;
  // 余 or 多 may stand after the magnitude instead of before it (2万余家, 24万多户): a qualifier, not part of the unit
  const split = AFTER_MAGNITUDE.exec(writtenUnit);
  const infix = written ?? split?.[2] ?? '';
  const asWritten = split ? split[1] + split[3] : writtenUnit;
  // a figure in words counts its hundreds and thousands in the number (百万辆 is 100 万辆, 三千亿元 3000 亿元), as
  // figures in digits are written (100万辆, 3000亿元)
  const scale = /^\d/.test(num) ? undefined : WORD_SCALES.exec(asWritten);
  const unit = scale ? asWritten.slice(1) : asWritten;
  const numberStart = m.index + before.length;
  const end = m.index + whole.length;
  return {
    start: m.index,
    numberStart,
    end,
    value: numberOf(num) * (scale ? (scale[0] === '千' ? 1000 : 100) : 1),
    valueMax: max === undefined ? null : Number(max),
    unit,
    valueText: whole.slice(before.length, whole.length - after.length),
    qualifier: before + infix + after,
  };
}

/** The largest magnitude a metric may state: beyond it a "number" is a run of digits, not a figure (增长999…9%). */
export const MAX_METRIC_VALUE = 1e15;

/** Whether a value can be stored and compared: finite, within ±MAX_METRIC_VALUE, its range end too. */
export function storableValue(v: Pick<MetricValue, 'value' | 'valueMax'>): boolean {
  const ok = (x: number) => Number.isFinite(x) && Math.abs(x) <= MAX_METRIC_VALUE;
  return ok(v.value) && (v.valueMax === null || ok(v.valueMax));
}
