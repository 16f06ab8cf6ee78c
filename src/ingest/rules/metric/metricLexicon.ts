import { loadIndicators } from '../../indicators/loadIndicators';
import { matchIndicator } from '../../indicators/matchIndicator';
import { CHINESE_DIGITS, MAGNITUDE_SOURCE, ROUND_WORDS, TENTH_DIGITS } from './parseMetricValue';
import type { Lexicon } from '../../lexicon/Lexicon';
import { perLexicon } from '../../lexicon/perLexicon';

/** Period words of `seeds/lexicon/metric-periods.json`. */
export interface MetricPeriodWords {
  relative: Record<string, number>;
  withinYear: string[];
  asWritten: string[];
  reportPeriod: string[];
  /** words that date only their own clause (累计), not the rest of the sentence */
  clauseScoped?: string[];
}

/**
 * The metric rules' word lists, compiled once per lexicon. Every regex is built from `seeds/lexicon/` data, so a
 * new unit, growth word or qualifier is a one-line data change. Value regexes are global and shared: callers set
 * `lastIndex` before each use (extraction is synchronous, so sharing is safe).
 *
 * The value pattern captures: 1 approx-before, 2 number, 3 range end, 4 infix (余/多), 5 unit, 6 approx-after.
 * Example: `超2907亿元` → 超 · 2907 · – · – · 亿元 · –; `10%—20%` → – · 10 · 20 · – · % · –.
 */
export interface MetricLexicon {
  /** `(approx)?number(—number)?(余)?unit(左右)?` anywhere (global) */
  value: RegExp;
  /** the same, anchored at `lastIndex` (sticky), for lists after 分别 */
  valueSticky: RegExp;
  /**
   * `从/由 (period)(的)` ending exactly at the end of a string: the value after it is the start of a from–to pair
   * (从4.16万亿元增加到5.67万亿元); group 1 is the period that dates it, if any (从上半年5.5%, 由2020年的7.2%)
   */
  baselineBefore: RegExp;
  /**
   * `从/由 (period)(的) value verb(到|至) (period)(的)` ending exactly at the end of a string: the value after it ends a
   * from–to pair (从2020年的5.2万元提高到2025年的7.4万元); group 1 dates the baseline, group 2 is the baseline
   * value (its indices are kept: the `d` flag)
   */
  pairBefore: RegExp;
  /** a unit at the start of a string (to skip `3岁` inside a subject) */
  unitAtStart: RegExp;
  /** `(comparator)?growth-word` ending exactly at the end of a string (the predicate before a value) */
  growthBefore: RegExp;
  /** `(linker)?(approx)?` ending at the end of a string, to find where a value's predicate starts */
  linkerBefore: RegExp;
  /** `share-verb base (的|比重|比例)` ending at the end of a string: 完成年度计划的, 占…比重 */
  shareBefore: RegExp;
  /**
   * sticky, right after 分别: 1 comparator, 2 growth word, 3 share base, 4 linker, 5 gap verb, 6 its benchmark
   * (分别增长 / 分别年均增长 / 分别快于全国 /
   * 分别比“十三五”时期下降 / 分别完成年度计划的 / 分别为)
   */
  respectivelyPredicate: RegExp;
  /** a period expression (global); see findMetricPeriod */
  period: RegExp;
  /** a period expression at the start of a string */
  periodAtStart: RegExp;
  growthDirection: ReadonlyMap<string, 'up' | 'down' | null>;
  /** growth words that state a cut made (压降): a CHANGE, never a growth rate */
  cutGrowth: ReadonlySet<string>;
  /**
   * whether a subject names a quantity of the indicator catalogue (indicators.tsv: an amount, a mass, not a count of
   * things or people), whose percentages are its growth rates
   */
  tracked: (subject: string) => boolean;
  /**
   * `gap-verb benchmark` ending exactly at the end of a string, before a value in 个百分点 (高于全国, 快于经济增速):
   * 1 the verb, 2 the benchmark (metric-gap-verbs.txt)
   */
  gapBefore: RegExp;
  gapDirection: ReadonlyMap<string, 'up' | 'down'>;
  /** growth words that state a change only before a percentage (改善16.5%, but 改善7000多所学校办学条件) */
  percentOnlyGrowth: ReadonlySet<string>;
  yoyComparators: ReadonlySet<string>;
  countUnits: ReadonlySet<string>;
  /** nouns of people a count in 万 may stand before with no classifier (76万群众): metric-people-nouns.txt */
  peopleNouns: readonly string[];
  /** heads of subjects that state a stock (参保人数, 保有量): a LEVEL even in a classifier unit */
  stockHeads: readonly string[];
  /** classifiers of categories (类, 大类): a count of them before another count counts its noun's kinds */
  categoryUnits: ReadonlySet<string>;
  /** units that describe the noun right after them (0—6岁儿童) */
  descriptorUnits: ReadonlySet<string>;
  /** words after a value that make it a grade in a name (30万吨级进港航道) */
  gradeWords: readonly string[];
  /** nouns after a count that name milestones, not things (3个千亿级台阶) */
  milestoneNouns: readonly string[];
  /** kinds of place a count counts, longest first (设区市, 市县): placeTopicSubject.ts */
  placeKinds: readonly string[];
  /** nouns after 提升N个 that keep it a change (等级): valueContext.ts */
  stepNouns: readonly string[];
  /** qualifiers before a number (约, 突破, 迈上, 连跨): metric-approx-before.txt, longest first */
  approxBeforeWords: readonly string[];
  /**
   * `、next-value … milestone-noun` right after a value (anchored at the start of a string): the value is a step
   * passed on the way to the last one (连跨5万亿元、6万亿元两个台阶)
   */
  milestoneStepAfter: RegExp;
  approxAfter: readonly string[];
  subjectPrefixes: readonly string[];
  subjectSuffixes: readonly string[];
  subjectStop: ReadonlySet<string>;
  /** words dropped from inside a subject (累计, 实现): metric-subject-infixes.txt */
  subjectInfixes: RegExp;
  genericSubjects: ReadonlySet<string>;
  /** subjects that total something named earlier in the sentence (总里程, 总投资, 建成面积); true = a stock */
  totalSubjects: ReadonlyMap<string, boolean>;
  /** head nouns of a document's items (主要指标, 举措): a count of them is no metric */
  documentItemNouns: readonly string[];
  /** verbs that make a subject a flow (新增, 建设), dropped when a total of the same thing takes it */
  flowPrefixes: readonly string[];
  /** words opening the subject of an amount added (新增): a CHANGE, not a LEVEL (metric-increase-prefixes.txt) */
  increasePrefixes: readonly string[];
  /** the increase words after which a count added is a change too (净增: metric-increase-prefixes.txt `|counts`) */
  netIncreasePrefixes: readonly string[];
  countStopWords: readonly string[];
  /** words that open what counted things did though jieba reads them as nouns (有序退出, 落地见效): relativeSubject.ts */
  predicateOpeners: readonly string[];
  policyCountNouns: readonly string[];
  indicatorNouns: readonly string[];
  /** endings of a measure (率, 比重, 标准): metric-measure-endings.txt */
  measureEndings: readonly string[];
  /**
   * a comparator ending a string, the base of a 分别 list written before 分别 (较“十三五”同期分别下降, 比2020年分别下降):
   * 1 the comparator
   */
  comparatorBefore: RegExp;
  /** groups of heads that measure one thing side by side (起数, 死亡人数): metric-sibling-heads.txt */
  siblingHeads: readonly (readonly string[])[];
  /** what follows 城乡 when it names one scheme, not an urban and a rural series: metric-urban-rural-schemes.txt */
  urbanRuralSchemes: readonly string[];
  /** compounds that name several series, then the word for each (收支: 收入, 支出): metric-paired-series.txt */
  pairedSeries: readonly (readonly string[])[];
  /** verbs that leave the measured thing to the noun after the unit (建设改造…公里城市地下管网): metric-object-verbs.txt */
  objectVerbs: readonly string[];
  /** verbs of making that turn an amount's subject into its product's 产量: producedOutput.ts */
  outputVerbs: readonly string[];
  /** verbs that put up money (安排, 筹措) and verbs that open its purpose (支持, 用于): fundedPurpose.ts */
  fundingVerbs: readonly string[];
  purposeVerbs: readonly string[];
  targetWords: readonly string[];
  /** forecasts of the year under way (预计全年): target cues in a part-year report only */
  forecastWords: readonly string[];
  /** levels held to (控制在): target cues except in a review, where they report the level reached */
  holdWords: readonly string[];
  periods: MetricPeriodWords;
  /** all units, to tell a base unit after a 万/亿 prefix */
  units: ReadonlySet<string>;
}


const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Longest first, so 个百分点 wins over 个 and 达到 over 达. */
const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Longest first, so 年均 is stripped before 均. */
const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const firstField = (line: string): string => line.split(/\s+/)[0];

// the unit families of indicators that count things or people (事故起数, 死亡人数): a fall in them is a change
const COUNTED_FAMILIES = new Set(['count', 'people']);

/** Compiles (once per lexicon) the patterns and sets of the metric rules. */
export const metricLexicon = perLexicon((lexicon: Lexicon): MetricLexicon => {
  const units = lexicon.words('units');
  const growth = lexicon.words('metric-growth-words');
  const comparators = lexicon.words('metric-comparators');
  // `word` or `word|counts` (metric-increase-prefixes.txt), read once for both lists
  const increase = lexicon.words('metric-increase-prefixes').map((l) => l.split('|').map((x) => x.trim()));
  const approxBefore = alt(lexicon.words('metric-approx-before'));
  const approxAfter = lexicon.words('metric-approx-after');
  const infix = alt(lexicon.words('metric-approx-infix'));
  const linkers = alt(lexicon.words('metric-linkers'));
  const periods = lexicon.data<MetricPeriodWords>('metric-periods');

  // A figure in words is a magnitude alone or after one Chinese digit (突破万亿元, 突破百万辆, 跨越两万亿元): only right
  // after a word that leads a figure (an approximator or a linker, 突破/超/达), never a free word (千家万户, 万众).
  const wordLeads = alt([...lexicon.words('metric-approx-before'), ...lexicon.words('metric-linkers')]);
  // Tenths in words likewise (占全国近三成, 绿电占比超三成), not a word that 成 starts (达成, 近三成为); a share or a
  // change leads them too (棉花产量连续4年占全国九成以上: 新疆 2026; 比2020年增加五成以上: 陕西 2026).
  const tenthLeads = String.raw`占(?:全国|全省|全市|全区|全球)?|增加|增长|提高|下降|减少`;
  // A round hundred or thousand of things likewise (集装箱航线突破百条, 举办超千场体育赛事). Each alternative tests
  // what stands at the position before it looks back at the word that leads: the value pattern runs over every
  // character of a report, and a look back first at each of them doubled its time.
  const num =
    String.raw`\d+(?:\.\d+)?` +
    String.raw`|[${CHINESE_DIGITS}](?<=(?:${wordLeads})[${CHINESE_DIGITS}])(?=(?:${MAGNITUDE_SOURCE}))` +
    String.raw`|(?=(?:${MAGNITUDE_SOURCE}))(?<=(?:${wordLeads}))` +
    String.raw`|[${TENTH_DIGITS}](?<=(?:${wordLeads}|${tenthLeads})[${TENTH_DIGITS}])(?=成(?![为功效果立长员就交型绩]))` +
    String.raw`|[${ROUND_WORDS}](?<=(?:${wordLeads})[${ROUND_WORDS}])(?=(?:${alt(lexicon.words('metric-count-units'))}))`;
  // A magnitude prefix is written before the base unit (2411亿元, 32.8万户, 9千亿元); the unit is kept as written.
  // 余/多 may follow the magnitude (2万余家): parseMetricValue moves it to the qualifier.
  // 年 is a unit only after a decimal (人均受教育年限达到11.7年: 宁夏 2026): after a whole number it is a year or a span
  // (2025年, 提前3年), which units.txt leaves out; not before 均 (PM_2.5年均浓度: 黑龙江 2026, the pollutant's name)
  const unit = String.raw`(?:(?:${MAGNITUDE_SOURCE})(?:${infix})?)?(?:${alt(units)})|(?<=\d\.\d{1,2})年(?![均度])`;
  // Not after a digit, a Latin letter (PM2.5, 5G, B2B), a decimal point, 第 (ordinals) or 每 (每10万人口: the
  // denominator of a rate). 等4个项目 is a count of the list it closes (annotation guide), so 等 may precede.
  const value =
    String.raw`(?:(${approxBefore}))?(?<![\dA-Za-z.第每])(${num})(?:%?[—~\-－](${num}))?(?:(${infix}))?(${unit})(?!(?<=方)[案面式向法针略位舱]|(?<=支)[持撑出付柱援部])` +
    String.raw`(?:(${alt(approxAfter)}))?`;
  const periodWords = alt([
    ...Object.keys(periods.relative),
    ...periods.withinYear,
    ...periods.asWritten,
    ...periods.reportPeriod,
  ]);
  const period =
    String.raw`(?<![\d—\-])\d{4}年(?:\d{1,2}[—\-]\d{1,2}月|\d{1,2}月(?:底|末)?|${alt(periods.withinYear)})?` +
    String.raw`|(?<![\d—\-])\d{1,2}[—\-]\d{1,2}月|截至\d{1,2}月(?:底|末)|${periodWords}`;

  // A baseline is dated only by a period written between 从/由 and its number; the verb before 到/至 is free
  // (增加到, 提升至, 拓展到, 降到), so it is a short stretch without punctuation rather than a word list.
  // A rate's 每人每月 may stand between 从 and the number (从每人每月2375元提高到2484元), and so may an average's 平均
  // (2026 宁夏: 殡葬基本服务费由平均2900元下降到1000元左右), and what a bounded start limits (2023 重庆:
  // 防止返贫监测范围由家庭人均纯收入低于7000元提高至8000元; valueContext reads the 低于 with the value).
  const baseline = String.raw`[从由](?:(${period}))?的?(?:平均|每[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,10}?(?:低于|高于))*`;

  const ml: MetricLexicon = {
    value: new RegExp(value, 'g'),
    valueSticky: new RegExp(value, 'y'),
    baselineBefore: new RegExp(`${baseline}$`),
    pairBefore: new RegExp(String.raw`${baseline}(${value})[^,;:。、!?\d]{0,4}?[到至](?:${period})?的?(?:每[\u4e00-\u9fff])*$`, 'd'),
    unitAtStart: new RegExp(`^${unit}`),
    growthBefore: new RegExp(`(?:(${alt(comparators.map(firstField))}))?(${alt(growth.map(firstField))})$`),
    linkerBefore: new RegExp(`(?:${linkers})?$`),
    shareBefore: new RegExp(
      String.raw`(?:${alt(lexicon.words('metric-share-words'))})([^,;:。、\d]{1,16}?)(?:的|比重|比例)(?:${linkers})?$`,
    ),
    respectivelyPredicate: new RegExp(
      String.raw`(?:年均)?(?:(${alt(comparators.map(firstField))}))?(?:(${alt(growth.map(firstField))})(?![至到])|(?:${alt(lexicon.words('metric-share-words'))})([^,;:。、\d]{1,16}?)(?:的|比重|比例)|(${linkers})|(${alt(lexicon.words('metric-gap-verbs').map(firstField))})([^,;:。、\d]{1,12}?)(?=\d))?`,
      'y',
    ),
    period: new RegExp(period, 'g'),
    periodAtStart: new RegExp(`^(?:${period})`),
    // the benchmark may be a year (快于2024年1.8个百分点, 2026 山西)
    gapBefore: new RegExp(String.raw`(${alt(lexicon.words('metric-gap-verbs').map(firstField))})(\d{4}年[^,;:。、\d]{0,8}?|[^,;:。、\d]{1,12}?)$`),
    gapDirection: new Map(
      lexicon.words('metric-gap-verbs').map((line) => [firstField(line), line.split(/\s+/)[1] === 'down' ? 'down' : 'up'] as const),
    ),
    growthDirection: new Map(
      growth.map((line) => {
        const [word, dir] = line.split(/\s+/);
        return [word, dir === 'up' || dir === 'down' ? dir : null] as const;
      }),
    ),
    percentOnlyGrowth: new Set(growth.filter((l) => l.split(/\s+/)[2] === '%').map(firstField)),
    cutGrowth: new Set(growth.filter((l) => l.split(/\s+/)[2] === 'cut').map(firstField)),
    tracked: (subject) => {
      const catalogue = loadIndicators(lexicon);
      const id = matchIndicator(subject, '%', catalogue);
      return id !== null && !COUNTED_FAMILIES.has(catalogue.byId.get(id)?.unitFamily ?? '');
    },
    comparatorBefore: new RegExp(String.raw`(${alt(comparators.map(firstField))}|[比较]\d{4}年(?:末|底)?)$`),
    yoyComparators: new Set(comparators.filter((l) => l.endsWith(' yoy')).map(firstField)),
    countUnits: new Set(lexicon.words('metric-count-units')),
    peopleNouns: lexicon.words('metric-people-nouns'),
    stockHeads: lexicon.words('metric-stock-heads'),
    categoryUnits: new Set(lexicon.words('metric-category-units')),
    descriptorUnits: new Set(lexicon.words('metric-descriptor-units')),
    gradeWords: lexicon.words('metric-grade-words'),
    milestoneNouns: lexicon.words('metric-milestone-nouns'),
    placeKinds: byLength(lexicon.words('metric-place-kinds')),
    stepNouns: lexicon.words('metric-step-nouns'),
    approxBeforeWords: byLength(lexicon.words('metric-approx-before')),
    milestoneStepAfter: new RegExp(String.raw`^、\d[^,;:。!?]{0,16}?(?:${alt(lexicon.words('metric-milestone-nouns'))})`),
    approxAfter,
    subjectPrefixes: byLength(lexicon.words('metric-subject-prefixes')),
    subjectSuffixes: byLength(lexicon.words('metric-subject-suffixes')),
    subjectStop: new Set(lexicon.words('metric-subject-stop')),
    // not at either end (the prefix and suffix lists handle those), and never inside a quoted name
    subjectInfixes: new RegExp(String.raw`(?<=[^“”]{2})(?:${alt(lexicon.words('metric-subject-infixes'))})(?=[^“”]{2})(?![^“]*”)`, 'g'),
    genericSubjects: new Set(lexicon.words('metric-generic-subjects')),
    totalSubjects: new Map(
      lexicon.words('metric-total-subjects').map((line) => [firstField(line), line.split(/\s+/)[1] === 'stock'] as const),
    ),
    documentItemNouns: lexicon.words('metric-document-item-nouns'),
    flowPrefixes: byLength(lexicon.words('metric-flow-prefixes')),
    increasePrefixes: increase.map(([word]) => word),
    netIncreasePrefixes: increase.filter(([, flag]) => flag === 'counts').map(([word]) => word),
    countStopWords: lexicon.words('metric-count-stop-words'),
    predicateOpeners: byLength(lexicon.words('metric-predicate-openers')),
    policyCountNouns: lexicon.words('metric-policy-count-nouns'),
    measureEndings: lexicon.words('metric-measure-endings'),
    indicatorNouns: [...lexicon.words('metric-indicator-nouns')].sort((a, b) => b.length - a.length),
    siblingHeads: lexicon.words('metric-sibling-heads').map((line) => line.split(/\s+/)),
    urbanRuralSchemes: lexicon.words('metric-urban-rural-schemes'),
    pairedSeries: lexicon.words('metric-paired-series').map((line) => line.split(/\s+/)),
    objectVerbs: lexicon.words('metric-object-verbs'),
    outputVerbs: lexicon.words('metric-output-verbs'),
    fundingVerbs: byLength(lexicon.words('metric-funding-verbs')),
    purposeVerbs: lexicon.words('metric-purpose-verbs'),
    targetWords: lexicon.words('metric-target-words'),
    forecastWords: lexicon.words('metric-forecast-words'),
    holdWords: lexicon.words('metric-hold-words'),
    periods,
    units: new Set(units),
  };
  return ml;
});
