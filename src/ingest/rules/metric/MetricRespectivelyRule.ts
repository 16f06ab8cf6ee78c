import { MetricKind } from '../../records/labels';
import type { EntityRule } from '../Rule';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { cleanSubject } from './cleanSubject';
import { growthKind } from './growthKind';
import { siblingHead } from './siblingHead';
import { seriesOf } from './seriesOf';
import { urbanRuralItems } from './urbanRural';
import type { MetricLexicon } from './metricLexicon';
import { metricRule, type MetricDraft } from './metricRule';
import { bareUnit, MAGNITUDE_SOURCE, parseMetricValue, storableValue, type MetricValue } from './parseMetricValue';

const CLAUSE_END = new Set([',', ';', ':', '。', '!', '?', '(', '“', '《', '\n']);

/**
 * Matches `A、B(、C)…indicator 分别 predicate a、b(、c)` and pairs the i-th subject with the i-th value. Chosen
 * subjects: each item, with the indicator noun the last item ends in (metric-indicator-nouns.txt: 增加值, 产量 …)
 * appended to the others, and a trailing summary count dropped (新能源及新型储能4个产业增加值 → 新能源及新型储能增加值).
 * When nothing precedes 分别 in the clause (`…1520个、毕业企业352家,同比分别增长8.5%、9.3%`), the subjects are
 * those of the metrics just before, assigned by MetricSubjectCarryRefiner. Rejects lists whose item and value
 * counts differ (precision first). Each mention is its value alone (the items and values of one list nest).
 * Example (seed line 12): `智能网联新能源汽车、先进材料增加值同比分别增长5.2%、
 * 8.7%` → 智能网联新能源汽车增加值 YOY_GROWTH 5.2 %, 先进材料增加值 YOY_GROWTH 8.7 %.
 */
export const MetricRespectivelyRule: EntityRule = metricRule('metric.respectively', function* ({ ml, text, mask, lexicon }) {
  const regions = RegionIndex.of(lexicon).gazetteer;
  /** the length of the place name that opens `s`, 0 if none */
  const placeAt = (s: string): number => {
    const m = regions.find(s)[0];
    return m && m.start === 0 ? m.end : 0;
  };
  for (let at = text.indexOf('分别'); at >= 0; at = text.indexOf('分别', at + 2)) {
    if (mask[at]) continue;
    ml.respectivelyPredicate.lastIndex = at + 2;
    const pred = ml.respectivelyPredicate.exec(text);
    const fromTo = fromToValues(text, at + 2, ml);
    if (fromTo) {
      yield* fromToMetrics(text, at, ml, fromTo, placeAt);
      continue;
    }
    const values = valuesAt(text, at + 2 + (pred ? pred[0].length : 0), ml);
    if (values.length < 2) continue;
    // 起数、死亡人数较“十三五”同期分别下降: a comparator before 分别 is the base, no part of the last item
    const before = ml.comparatorBefore.exec(text.slice(Math.max(0, at - 12), at))?.[1];
    const subjects = itemsBefore(text, before ? at - before.length : at, ml, values.length, placeAt);
    if (subjects && subjects.length !== values.length) continue;
    yield* paired(values, subjects, pred, before, at, ml);
    if (subjects) yield* growthAfter(text, values, subjects, at, ml);
  }
  yield* unmarkedLists(text, mask, ml, placeAt);
});

/**
 * The metrics of a list of values after one predicate, each with the item of the same rank (`subjects`), or with
 * none for the carry refiner to fill (null: the clause names none). `pred` is the predicate read after 分别 (or
 * after the items), `before` a comparator written before 分别, `at` where the predicate starts.
 */
function* paired(
  values: MetricValue[],
  subjects: { subject: string }[] | null,
  pred: RegExpExecArray | null,
  before: string | undefined,
  at: number,
  ml: MetricLexicon,
): Generator<MetricDraft> {
  const growth = pred?.[2];
  // 分别快于全国3.4个、1个百分点: a gap to a benchmark, as in MetricChangeRule, and only in percentage points
  const gap = pred?.[5];
  if (gap && values.some((v) => v.unit !== '个百分点')) return;
  // 分别比“十三五”时期下降: a base other than last year makes a change, as in MetricChangeRule
  const comparator = pred?.[1] ?? before;
  for (const [i, v] of values.entries()) {
    const item = subjects?.[i];
    const kind = gap ? MetricKind.CHANGE
      : growth
      ? growthKind(v.unit, comparator, growth, item?.subject ?? '', ml)
      : pred?.[3] !== undefined || v.unit === '%' ? MetricKind.SHARE
      : ml.countUnits.has(bareUnit(v.unit)) ? MetricKind.COUNT : MetricKind.LEVEL;
    // the mention is the value alone: the items' spans would nest (A、B…分别增长a、b), and the overlap refiner
    // keeps one metric of a nest; the subject comes from the item all the same
    yield {
      start: v.start,
      end: v.end,
      subject: item ? item.subject : '',
      kind,
      value: v,
      predicateStart: at,
      direction: growth ? (ml.growthDirection.get(growth) ?? null) : gap ? (ml.gapDirection.get(gap) ?? null) : undefined,
      base: pred?.[3] ?? pred?.[6],
      group: item ? undefined : { at, index: i, size: values.length },
    };
  }
}

/** how far back from a list of values its predicate may start (比上年同期增长: seven characters) */
const MAX_PREDICATE = 10;

/**
 * Lists paired in order with no 分别, the reports' shorter form: items split on 、, then one predicate, then as
 * many values (2026 陕西 `国内游客人次、总花费增长5.6％、7.5％` → 国内游客人次 5.6 %, 总花费 7.5 %; `“新三样”、集成电路
 * 出口增长30.4％、30.1％`). Only when the 、 list and the values agree in number and the predicate is one the 分别
 * form reads; the amount and change rules leave such values unread (unpairedList.ts), so nothing else claims them.
 */
function* unmarkedLists(text: string, mask: Uint8Array, ml: MetricLexicon, placeAt: (s: string) => number): Generator<MetricDraft> {
  for (const m of text.matchAll(ml.value)) {
    const p = m.index;
    if (mask[p] || (p > 0 && /[、和与\d.]/.test(text[p - 1]))) continue;
    let q = p;
    let pred: RegExpExecArray | null = null;
    for (let k = Math.max(0, p - MAX_PREDICATE); k < p && !pred; k++) {
      ml.respectivelyPredicate.lastIndex = k;
      const r = ml.respectivelyPredicate.exec(text);
      if (r && r[0].length > 0 && k + r[0].length === p) [q, pred] = [k, r];
    }
    if (!pred || text.slice(Math.max(0, q - 2), q) === '分别') continue;
    const values = valuesAt(text, p, ml);
    if (values.length < 2) continue;
    const subjects = itemsBefore(text, q, ml, values.length, placeAt);
    if (!subjects || subjects.length !== values.length || subjects.some((x) => !x.subject)) continue;
    if ((text.slice(subjects[0].start, q).match(/、/g) ?? []).length !== values.length - 1) continue;
    yield* paired(values, subjects, pred, undefined, q, ml);
  }
}

/**
 * `…分别达a、b,增长c、d`: growth rates listed right after the levels of a 分别 list, as many as they, belong to the
 * same items in the same order (2026 江苏 `城乡居民人均可支配收入分别达6.9万元、3.4万元,增长4.2%、5.3%`). Only
 * growth rates (%) in the very next clause, and only when the counts agree.
 */
function* growthAfter(text: string, levels: MetricValue[], subjects: { subject: string }[], at: number, ml: MetricLexicon) {
  const end = levels[levels.length - 1].end;
  if (text[end] !== ',' || levels.some((v) => v.unit === '%')) return;
  ml.respectivelyPredicate.lastIndex = end + 1;
  const pred = ml.respectivelyPredicate.exec(text);
  const growth = pred?.[2];
  if (!pred || !growth) return;
  const values = valuesAt(text, end + 1 + pred[0].length, ml);
  if (values.length !== levels.length || values.some((v) => v.unit !== '%')) return;
  for (const [i, v] of values.entries()) {
    yield {
      start: v.start,
      end: v.end,
      subject: subjects[i].subject,
      kind: growthKind(v.unit, pred[1], growth, subjects[i].subject, ml),
      value: v,
      predicateStart: at,
      direction: ml.growthDirection.get(growth) ?? null,
    };
  }
}

/** 分别从(2020年的)…: the start of a from–to list, up to its first value */
const FROM = /^[从由](?:\d{4}年的|[^\d,;。、]{0,6}?)(?=\d)/;
/** …提高到(2025年的)…: between the start values and the end values */
const TO = /^(?:提高|增加|提升|增长|降低|下降|减少)[到至](?:\d{4}年的)?(?=\d)/;

/**
 * `分别从a、b提高到c、d`: the start and end values of a from–to list, as many of each (two or more), or null.
 * 2026 贵州 `城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年`.
 */
function fromToValues(text: string, pos: number, ml: MetricLexicon): { from: MetricValue[]; to: MetricValue[] } | null {
  const f = FROM.exec(text.slice(pos, pos + 12));
  if (!f) return null;
  const from = valuesAt(text, pos + f[0].length, ml);
  if (from.length < 2) return null;
  const end = from[from.length - 1].end;
  const t = TO.exec(text.slice(end, end + 12));
  if (!t) return null;
  const to = valuesAt(text, end + t[0].length, ml);
  return to.length === from.length ? { from, to } : null;
}

/**
 * The metrics of a from–to list: each item has an end level and, when the start is dated, a start level (LEVEL, or
 * COUNT for a classifier); the items pair in order, as in any 分别 list, and a list whose items cannot be paired
 * gives nothing.
 */
function* fromToMetrics(
  text: string,
  at: number,
  ml: MetricLexicon,
  { from, to }: { from: MetricValue[]; to: MetricValue[] },
  placeAt: (s: string) => number,
) {
  const subjects = itemsBefore(text, at, ml, from.length, placeAt);
  if (!subjects || subjects.length !== from.length) return;
  // the start values are metrics too (annotation guide: 从X增至Y keeps both values); a dated start's later values
  // share the date written before the first (分别从2020年的645元/月、4318元/年提高到…)
  const dated = /年的$/.test(text.slice(at, from[0].start));
  for (const v of [...from, ...to]) {
    const i = (from.includes(v) ? from : to).indexOf(v);
    yield {
      ...(from.includes(v) ? (dated ? { periodAt: from[0].start } : { undated: true }) : {}),
      start: v.start,
      end: v.end,
      subject: subjects[i].subject,
      kind: ml.countUnits.has(bareUnit(v.unit)) ? MetricKind.COUNT : MetricKind.LEVEL,
      value: v,
      predicateStart: at,
    };
  }
}

const VALUE_SEPARATORS = new Set(['、', '和', '与']);

/** A number with a magnitude but no unit, inside a list: 1.28万亿 of `1.28万亿、1.18万亿、8200亿元`. */
const BARE_MAGNITUDE = new RegExp(String.raw`(\d+(?:\.\d+)?)(${MAGNITUDE_SOURCE})(?=[、和与])`, 'y');
/** a unit with its magnitude: the base unit after it (万亿元 → 元) */
const MAGNITUDE_THEN_BASE = new RegExp(`^(?:${MAGNITUDE_SOURCE})(.+)$`);
/** A number with no unit at all, or only the 个 of 个百分点, inside a list: 20.9 of `20.9、36.2、54个百分点`, 3.4个 of `3.4个、1个百分点`. */
const BARE_NUMBER = /(\d+(?:\.\d+)?)(个?)(?=[、和与]\d)/y;
/** the units a bare number of a list may borrow from the last value: rates and their differences */
const LENT_RATES = new Set(['%', '个百分点']);

/**
 * `a、b(、c)…` (the last one also after 和 or 与) starting at `pos`. Earlier values may leave the base unit to the
 * last one, which then lends it (2026 江西 `产业规模分别达1.28万亿、1.18万亿、8200亿元` → 1.28 万亿元; 2026 广东
 * `客运量分别达1409万、1305万人次` → 1409 万人次); a list whose last value has no base unit to lend is cut before them.
 */
function valuesAt(text: string, pos: number, ml: MetricLexicon, lend = true): MetricValue[] {
  const values: MetricValue[] = [];
  const bare: MetricValue[] = [];
  const unitless: MetricValue[] = [];
  for (let p = pos; ; ) {
    // 3.4个 is read as a count unless the list ends in 个百分点; the bare reading is tried first and kept only then
    BARE_NUMBER.lastIndex = p;
    const n = lend ? BARE_NUMBER.exec(text) : null;
    ml.valueSticky.lastIndex = p;
    const m = n ? null : ml.valueSticky.exec(text);
    BARE_MAGNITUDE.lastIndex = p;
    const b = m || n ? null : BARE_MAGNITUDE.exec(text);
    if (!m && !b && !n) break;
    const v: MetricValue = m
      ? parseMetricValue(m)
      : n
        ? { start: p, numberStart: p, end: p + n[0].length, value: Number(n[1]), valueMax: null, unit: n[2], valueText: n[0], qualifier: '' }
        : { start: p, numberStart: p, end: p + b![0].length, value: Number(b![1]), valueMax: null, unit: b![2], valueText: b![0], qualifier: '' };
    // a run of digits too long to be a figure ends the list, as any non-value would
    if (!storableValue(v)) break;
    values.push(v);
    if (b) bare.push(v);
    if (n) unitless.push(v);
    p = v.end;
    // the last value often follows 和 or 与 (分别下降3.6%和1.3%); the next value must follow at once
    if (!VALUE_SEPARATORS.has(text[p])) break;
    p++;
  }
  if (unitless.length > 0) return lendRate(values, unitless, text) ?? valuesAt(text, pos, ml, false);
  if (bare.length === 0) return values;
  const last = values[values.length - 1];
  const base = MAGNITUDE_THEN_BASE.exec(last.unit)?.[1];
  if (bare.includes(last) || !base || !ml.units.has(base)) return values.slice(0, values.indexOf(bare[0]));
  return values.map((v) => (bare.includes(v) ? { ...v, unit: v.unit + base } : v));
}

/**
 * A list whose numbers leave the rate's unit to the last value (2026 云南 `分别提高20.9、36.2、54个百分点`, 2026 山西
 * `分别快于全国3.4个、1个百分点`): each takes it; null when the last value is no rate, and the list is read again the
 * usual way (`保有量分别达到1436个、883个`: counts), so a bare number never borrows a count or an amount.
 */
function lendRate(values: MetricValue[], unitless: MetricValue[], text: string): MetricValue[] | null {
  const last = values[values.length - 1];
  if (unitless.includes(last) || !LENT_RATES.has(last.unit) || unitless.some((v) => v.unit !== '' && !last.unit.startsWith(v.unit))) return null;
  return values.map((v) => (unitless.includes(v) ? { ...v, unit: last.unit, valueText: text.slice(v.start, v.end) } : v));
}

// a list summed up by a count and its noun: 产业优化升级、科技创新…民生等7个板块项目
const SUMMED = /^(.+)等[\d一二三四五六七八九十两]+[个项类家条]([\u4e00-\u9fff]{1,8})$/;

/**
 * The subjects listed before 分别 in its clause, or null when the clause lists none (they are carried). When 分别
 * opens its clause, a list summed up by `等N个noun` in the clause before gives the items, each with the noun:
 * `产业优化升级、科技创新…等7个板块项目,分别完成年度计划的57%、72.6%…` → 产业优化升级板块项目 …
 */
function itemsBefore(
  text: string,
  at: number,
  ml: MetricLexicon,
  n: number,
  placeAt: (s: string) => number,
): { subject: string; start: number }[] | null {
  const i = clauseStart(text, at, 60);
  if (i === at && text[at - 1] === ',') return summedItems(text, at - 1, ml, n);
  const clean = cleanSubject(text.slice(i, at), ml);
  if (!clean.text) return null;
  const base = i + clean.offset;
  const split = (re: RegExp): { subject: string; start: number }[] => {
    const items: { subject: string; start: number }[] = [];
    let s = 0;
    for (const m of clean.text.matchAll(re)) {
      items.push({ subject: clean.text.slice(s, m.index), start: base + s });
      s = m.index + m[0].length;
    }
    items.push({ subject: clean.text.slice(s), start: base + s });
    return items;
  };
  const items = split(/、/g);
  // 城乡居民人均可支配收入分别增长5.3%、7%: one 城乡 item with two values names the urban and the rural series, as
  // 一般公共预算收支 names revenue and spending
  const sides = items.length === 1 && n >= 2 ? seriesOf(withoutFromValues(items[0].subject), n, ml) : null;
  if (sides) return sides.map((subject) => ({ subject, start: items[0].start }));
  const all = split(/[、和及与]/g);
  // Items are split on 、 first: 新能源及新型储能 is one item; 和/及 split only when that makes the counts agree.
  const chosen = items.length === n ? items : all.length === n ? all : null;
  const pair = chosen?.length === 2 ? urbanRuralItems(chosen[0].subject, chosen[1].subject) : null;
  if (chosen && pair) return pair.map((subject, k) => ({ subject, start: chosen[k].start }));
  const placed = chosen && placeItems(chosen, placeAt);
  if (placed) return placed;
  const shared = chosen && shareIndicator(chosen, ml);
  return shared ? withSiblingHeads(shared, ml) : [];
}

/**
 * An item without the starting values it was raised from: `城乡居民人均可支配收入从2021年的46503元和16935元` (2026 西藏,
 * …分别提高到58794元和23145元) → 城乡居民人均可支配收入; the starting values are metrics of their own. An item that
 * still holds a number names nothing whole and is returned as it is, for the callers to reject.
 */
function withoutFromValues(item: string): string {
  const m = /^([^\d]{2,}?)[从由][^\d]*\d.*$/.exec(item);
  return m ? m[1] : item;
}

const OPENER: Record<string, string> = { '”': '“', ')': '(', '》': '《' };

/**
 * Where the clause ending at `at` starts, at most `max` characters back; a whole “…”, (…) or 《…》 group is part of
 * it (“新三样”产品和中间品出口 is one clause), an opener without its closer ends it.
 */
function clauseStart(text: string, at: number, max: number): number {
  let i = at;
  while (i > 0 && at - i < max) {
    const open = OPENER[text[i - 1]];
    if (open) {
      const j = text.lastIndexOf(open, i - 2);
      if (j < 0 || at - j >= max) break;
      i = j;
      continue;
    }
    if (CLAUSE_END.has(text[i - 1])) break;
    i--;
  }
  return i;
}

/**
 * `广州、深圳地铁线网单日最高客运量` (2026 广东): items that are each a place name, before a last item that opens with one,
 * share what follows that place (广州地铁线网单日最高客运量); null when the items are no such list.
 */
function placeItems(items: { subject: string; start: number }[], placeAt: (s: string) => number) {
  const last = items[items.length - 1].subject;
  const place = placeAt(last);
  if (!place || last.length - place < 2) return null;
  if (items.slice(0, -1).some((it) => it.subject.length < 2 || placeAt(it.subject) !== it.subject.length)) return null;
  const rest = last.slice(place);
  return items.map((it, i) => (i === items.length - 1 ? it : { ...it, subject: it.subject + rest }));
}

/** A bare head after an item ending in a head of its group takes that item's qualifier (起数和死亡人数). */
function withSiblingHeads(items: { subject: string; start: number }[], ml: MetricLexicon) {
  const out = [...items];
  for (let k = 1; k < out.length; k++) out[k] = { ...out[k], subject: siblingHead(out[k - 1].subject, out[k].subject, ml) };
  return out;
}

/** The items of a `A、B…等N个noun` clause ending at `end`, each joined to the noun; null unless there are `n`. */
function summedItems(text: string, end: number, ml: MetricLexicon, n: number): { subject: string; start: number }[] | null {
  let i = end;
  while (i > 0 && end - i < 80 && !CLAUSE_END.has(text[i - 1])) i--;
  const clean = cleanSubject(text.slice(i, end), ml);
  const m = SUMMED.exec(clean.text);
  if (!m) return null;
  const base = i + clean.offset;
  const items: { subject: string; start: number }[] = [];
  let s = 0;
  for (const part of m[1].split('、')) {
    items.push({ subject: part + m[2], start: base + s });
    s += part.length + 1;
  }
  return items.length === n && items.every((it) => !/\d/.test(it.subject)) ? items : null;
}

/** indicator nouns that measure the indicator each item names, not name one of their own */
const RATE_NOUNS = new Set(['增速']);

/** 一、二、三产业增加值: an item that is only an ordinal names the 第N产业 of the last item. */
const ORDINAL_ITEM = /^第?([一二三])$/;
const ORDINAL_LAST = /^第?[一二三](产业.+)$/;

/**
 * What the last item says of all the items when no indicator noun marks it: the words after the part of the last
 * item that ends like the first item (same head character), provided every other item ends so too. 2026 广东
 * `先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达…` → 增加值占规模以上工业增加值比重; 2026 北京 `食品、药品抽检合格率`
 * → 抽检合格率. '' when the items share no such head (炼铁、炼钢先进产能占比: which part is 炼钢's is not said) or the
 * words end in no measure (metric-measure-endings.txt).
 */
function sharedTail(subjects: string[], ml: MetricLexicon): string {
  const last = subjects[subjects.length - 1];
  const others = subjects.slice(0, -1);
  const head = others[0].slice(-1);
  if (others.some((o) => o.length < 2 || o.slice(-1) !== head)) return '';
  const longest = Math.max(...others.map((o) => o.length));
  const at = last.indexOf(head, 1);
  if (at < 0 || at + 1 > longest + 3) return '';
  const tail = last.slice(at + 1);
  // a whole phrase that measures something: not cut inside a quote (城市公园、“口袋公园”保有量)
  if (tail.length < 2 || !/^[\u4e00-\u9fff]/.test(tail) || /[“”]/.test(tail)) return '';
  return ml.measureEndings.some((w) => tail.endsWith(w)) ? tail : '';
}

/** Appends the last item's indicator noun (or the tail the items share) to the others; null if an item still holds a number. */
function shareIndicator(items: { subject: string; start: number }[], ml: MetricLexicon) {
  const industry = ORDINAL_LAST.exec(items[items.length - 1].subject);
  if (industry && items.slice(0, -1).every((it) => ORDINAL_ITEM.test(it.subject))) {
    return items.map((it) => ({ ...it, subject: `第${/[一二三]/.exec(it.subject)![0]}${industry[1]}` }));
  }
  const last = items[items.length - 1].subject;
  const indicator = ml.indicatorNouns.find((w) => last.endsWith(w) && last.length > w.length);
  // a summary count (or the 等 that closes a list) before the noun is dropped, the words after it shared:
  // 新能源及新型储能4个产业增加值 → each item's 产业增加值 (轻合金产业增加值), not only 增加值; 食品、…、信息等产业增加值
  // → 信息产业增加值
  const summary = indicator ? /等?\d+[个项类大]([\u4e00-\u9fff]{0,3})$|等((?:产业|行业)?)$/.exec(last.slice(0, -indicator.length)) : null;
  const noun = indicator ? (summary?.[1] ?? summary?.[2] ?? '') + indicator : undefined;
  const tail = indicator ? '' : sharedTail(items.map((it) => it.subject), ml);
  const out = items.map((it, i) => {
    if (tail && i < items.length - 1) return { ...it, subject: it.subject + tail };
    if (!noun || !indicator) return it;
    if (i === items.length - 1) {
      return { ...it, subject: last.slice(0, last.length - indicator.length - (summary?.[0].length ?? 0)) + noun };
    }
    // a rate is of each item's own indicator: 工业技改投资、制造业技改投资增速 → 工业技改投资增速
    return ml.indicatorNouns.some((w) => it.subject.endsWith(w)) && !RATE_NOUNS.has(indicator) ? it : { ...it, subject: it.subject + noun };
  });
  return out.some((it) => /\d/.test(it.subject) || it.subject.length < 1) ? null : out;
}
