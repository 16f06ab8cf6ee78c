import { cleanSubject } from './cleanSubject';
import type { MetricLexicon } from './metricLexicon';
import { nounAfter } from './nounAfter';
import { bareUnit, CHINESE_DIGITS, numberOf, parseMetricValue, storableValue, TENTH_DIGITS, type MetricValue } from './parseMetricValue';

export { bareUnit } from './parseMetricValue';

/** The value written at `pos` exactly (qualifier included), or null. */
function valueAt(text: string, pos: number, ml: MetricLexicon): MetricValue | null {
  ml.valueSticky.lastIndex = pos;
  const m = ml.valueSticky.exec(text);
  if (!m) return null;
  const v = parseMetricValue(m);
  return storableValue(v) ? v : null;
}

/**
 * `a、b noun`: values in different units joined by 、 and closed by one noun all measure that noun (seed line 32
 * `9个、1010公里在建项目加快建设`: 9 个 projects, 1010 公里 of them; line 61 `12条(段)、304公里轨道交通`). Returns the
 * values from `v` on and the noun, or null. Values in one unit are not this: `排水管网800公里、600公里、300公里`
 * (2026 天津) gives each value to a different item, and the noun after the last is no value's but the last's.
 */
export function sharedNounList(text: string, v: MetricValue, ml: MetricLexicon): { values: MetricValue[]; noun: string } | null {
  const values = [v];
  let end = v.end;
  while (text[end] === '、') {
    const next = valueAt(text, end + 1, ml);
    if (!next) break;
    values.push(next);
    end = next.end;
  }
  if (values.length < 2) return null;
  const units = values.map((x) => bareUnit(x.unit));
  if (new Set(units).size !== units.length) return null;
  const noun = nounAfter(text, end, ml);
  return noun ? { values, noun } : null;
}

/**
 * `N类 M项 noun`: a count of categories written right before the count of the things in them counts the same noun
 * (seed line 8 `11大类36项“提信心、稳增长、强主体”系列政策文件`, line 39 `518类近9亿条数据`, 2026 湖北省 `10大类55项民生实事
 * 项目`); the category units are metric-category-units.txt. Returns the noun, or '' when `v` is no such count.
 */
export function categoryNoun(text: string, v: MetricValue, ml: MetricLexicon): string {
  if (!ml.categoryUnits.has(bareUnit(v.unit))) return '';
  const next = valueAt(text, v.end, ml);
  if (!next || !ml.countUnits.has(bareUnit(next.unit))) return '';
  return nounAfter(text, next.end, ml);
}

/** Where a clause starts, looking back from `at`: after punctuation, a quote or title opener, or a line break. */
const CLAUSE_START = /[,;:。!?(“《\n]/;

/**
 * `A、B、C N个noun` with N the number of items: the count sums up the list right before it, so it counts those
 * items, named with the noun (seed line 12 `轻合金、轻纺、高端摩托车、新能源及新型储能4个产业增加值同比分别增长…` → 4 个
 * 轻合金、轻纺、高端摩托车、新能源及新型储能产业: the indicator noun, 增加值, is what the list's values measure, not
 * what is counted). Returns that subject, or '' when the count is no such sum (another number of items, no list, no
 * indicator noun after the count).
 */
export function summedListSubject(text: string, v: MetricValue, noun: string, ml: MetricLexicon): string {
  // only when an indicator noun ends the noun: then the noun alone (产业增加值) names no thing counted; a plain noun
  // (南山口、哇让、同德、德令哈4个抽水蓄能电站) already says what is counted
  const indicator = ml.indicatorNouns.find((w) => noun.endsWith(w) && noun.length > w.length);
  if (!indicator) return '';
  let i = v.start;
  while (i > 0 && v.start - i < 60 && !CLAUSE_START.test(text[i - 1])) i--;
  const list = cleanSubject(text.slice(i, v.start), ml).text;
  const items = list.split('、');
  if (items.length < 2 || items.length !== v.value || v.valueMax !== null || items.some((it) => it.length < 1 || /\d/.test(it))) return '';
  return list + noun.slice(0, noun.length - indicator.length);
}

// where a figure of its own starts: digits, or tenths in words (九成)
const FIGURE_START = new RegExp(`[\\d０-９]|[${TENTH_DIGITS}]成`);
/** `连续N年`, digits or one Chinese digit: how long something held */
export const RUN_OF_YEARS = String.raw`连续(\d{1,3}|[${CHINESE_DIGITS}])年`;
/** `连续N年` and what held that long, up to the end of its clause */
const YEARS_RUNNING = new RegExp(`${RUN_OF_YEARS}(?![\\d度底末])([^,;:。!?、]{2,20})(?=[,;:。!?、])`, 'g');

/**
 * `连续4年获评全国营商环境最佳口碑省份` (2026 广东), `连续四年获得…优秀等次` (2026 海南): a number of years something
 * held is a count of years (the corpus gold counts it, unit 年), of what follows. Years are no unit of units.txt
 * (2025年 is a date), so this reads only 连续N年. Yields the value (its offsets into `text`) and the subject.
 */
export function* yearsRunning(text: string, mask: Uint8Array): Generator<{ v: MetricValue; subject: string; end: number }> {
  for (const m of text.matchAll(YEARS_RUNNING)) {
    const numberStart = m.index + 2;
    if (mask[numberStart]) continue;
    const end = numberStart + m[1].length + 1;
    // what held runs to the clause's end or to a figure of its own (连续9年稳定在|1300亿斤以上), which keeps its mention,
    // in tenths too (连续4年占全国|九成以上: 新疆 2026)
    const subject = m[2].split(FIGURE_START)[0];
    if (subject.length < 2) continue;
    const v: MetricValue = { start: numberStart, numberStart, end, value: numberOf(m[1]), valueMax: null, unit: '年', valueText: `${m[1]}年`, qualifier: '' };
    yield { v, subject, end: end + subject.length };
  }
}

/** `(近)N(多)万` right before words, no classifier between */
const WAN_BEFORE_WORDS = /(约|近|超过|超|逾)?(?<![\d.])(\d+(?:\.\d+)?)(多|余)?万(?=[\u4e00-\u9fff])(?![余多])/g;
/** What a population bound sizes: 20万以上人口县, 100万以上人口城市. */
const PLACE_OF_SIZE = /^(?:的)?(?:县|市|城市|城镇|镇|乡|村|区|社区)/;
/** The people may stand this far after 万 (242万偏远农村居民). */
const MAX_PEOPLE = 8;

/**
 * A count of people in 万 with no classifier: `惠及76万群众` (2026 宁夏), `242万偏远农村居民` (2026 浙江) → COUNT, unit
 * 万 as written (the annotation guide's rule; the subject says who), subject the words through the first people noun
 * of metric-people-nouns.txt. Not when a unit follows 万 (the
 * other readings have it), a bound (20万以上人口县), or no people noun within a few characters.
 */
export function* peopleInWan(text: string, ml: MetricLexicon, mask: Uint8Array): Generator<{ v: MetricValue; subject: string; end: number }> {
  for (const m of text.matchAll(WAN_BEFORE_WORDS)) {
    const [whole, before = '', num, infix = ''] = m;
    const numberStart = m.index + before.length;
    const wanEnd = m.index + whole.length;
    if (mask[numberStart] || text[numberStart - 1] === '第' || ml.unitAtStart.test(text.slice(wanEnd - 1))) continue;
    // 30万以上参保孕产妇: at least that many people; 20万以上人口县: a size of place, which is no count of people
    const atLeast = text.startsWith('以上', wanEnd);
    const wordsStart = atLeast ? wanEnd + 2 : wanEnd;
    const window = text.slice(wordsStart, wordsStart + MAX_PEOPLE + 3);
    const cut = window.search(/[,;:。!?、(“《\s\d]|以上|以下/);
    const words = cut < 0 ? window : window.slice(0, cut);
    let at = -1;
    let noun = '';
    for (const w of ml.peopleNouns) {
      const i = words.indexOf(w);
      if (i >= 0 && i <= MAX_PEOPLE && (at < 0 || i < at || (i === at && w.length > noun.length))) {
        at = i;
        noun = w;
      }
    }
    if (at < 0) continue;
    const subject = words.slice(0, at + noun.length);
    if (atLeast && PLACE_OF_SIZE.test(words.slice(subject.length))) continue;
    const v: MetricValue = {
      start: m.index,
      numberStart,
      end: wanEnd,
      value: Number(num),
      valueMax: null,
      unit: '万',
      valueText: `${num}${infix}万`,
      qualifier: before + infix + (atLeast ? '以上' : ''),
      counted: '人',
    };
    yield { v, subject, end: wordsStart + subject.length };
  }
}
