/**
 * One indicator of `seeds/lexicon/indicators.tsv`: a thing reports measure across regions and periods
 * (地区生产总值, 城镇调查失业率). Growth and level of the same thing are one indicator; the metric's kind tells them
 * apart. Example row (tab-separated): `gdp  地区生产总值  Gross regional product (GDP)  currency  生产总值|GDP|经济总量 …`.
 */
export interface Indicator {
  /** stable snake_case id: gdp, retail_sales */
  id: string;
  nameZh: string;
  nameEn: string;
  /** the family of units its level is written in: currency (亿元, 万美元), mass (亿斤), percent (城镇调查失业率) … */
  unitFamily: string;
  /** subject strings that name it, as written in reports (name_zh included) */
  variants: readonly string[];
  /** the line of indicators.tsv it comes from */
  line: number;
}

/** How subjects and units are reduced before a look-up (indicator-matching.json, compiled). */
export interface SubjectRules {
  /** scope words and province-level names stripped from a subject's start, longest first */
  regionPrefixes: readonly string[];
  leadingWords: readonly string[];
  trailingWords: readonly string[];
  growthSuffixes: readonly string[];
  measureSuffixes: readonly string[];
  /** units that fit every indicator: % (a growth rate or share), 倍 (a growth multiple) */
  anyFamilyUnits: ReadonlySet<string>;
  /** unit magnitude prefixes, longest first (万亿 before 亿) */
  magnitudes: readonly string[];
  /** base unit as written (half-width) → family */
  unitFamilies: ReadonlyMap<string, string>;
  /** every family an indicator may name */
  families: ReadonlySet<string>;
}

/** The parsed catalogue: indicators and the look-up tables `matchIndicator` uses. Built once per Lexicon. */
export interface IndicatorCatalogue {
  indicators: readonly Indicator[];
  byId: ReadonlyMap<string, Indicator>;
  /** the normalised form of every variant (subjectKeys().exact) → its indicator */
  exact: ReadonlyMap<string, Indicator>;
  /** the same with one measure suffix stripped (subjectKeys().core) → its indicator */
  core: ReadonlyMap<string, Indicator>;
  rules: SubjectRules;
}
