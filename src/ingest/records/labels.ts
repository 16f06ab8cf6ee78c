/**
 * The closed vocabularies of the graph. Cypher files write labels and relationship types literally; everything
 * else (records, API filters, stats) takes them from here so that a typo is a compile error, not an empty result.
 */
export const NodeLabel = {
  Report: 'Report',
  Section: 'Section',
  Passage: 'Passage',
  Policy: 'Policy',
  Agency: 'Agency',
  Region: 'Region',
  Project: 'Project',
  Metric: 'Metric',
  /** an entry of the indicator catalogue (seeds/lexicon/indicators.tsv), not extracted: the store syncs it */
  Indicator: 'Indicator',
} as const;
export type NodeLabel = (typeof NodeLabel)[keyof typeof NodeLabel];

/** Labels of extracted entities: the ones that carry MENTIONED_IN provenance and appear in the API's Node interface. */
export const EntityLabels = [
  NodeLabel.Policy,
  NodeLabel.Agency,
  NodeLabel.Region,
  NodeLabel.Project,
  NodeLabel.Metric,
] as const;
export type EntityLabel = (typeof EntityLabels)[number];

export const RelType = {
  /** policy/program → project, region, agency (as beneficiary) or another policy */
  SUPPORTS: 'SUPPORTS',
  /** project/agency → region */
  LOCATED_IN: 'LOCATED_IN',
  /** policy → agency that issued it */
  ISSUED_BY: 'ISSUED_BY',
  /** policy/project → agency that approved it */
  APPROVED_BY: 'APPROVED_BY',
  /** metric → the region or project it is about */
  MEASURES: 'MEASURES',
  /** region → containing region; project → programme */
  PART_OF: 'PART_OF',
  /** agency/policy → project it builds or runs (e.g. 中科曙光 → 先进数据中心) */
  IMPLEMENTS: 'IMPLEMENTS',
  /** report → the region it is about (its own region: 重庆市 for the Chongqing report); from = the Report's id */
  ABOUT: 'ABOUT',
  /** metric → the catalogue Indicator its subject names (地区生产总值增长5.4% → gdp); written by the store, not a relation rule */
  OF_INDICATOR: 'OF_INDICATOR',
} as const;
export type RelType = (typeof RelType)[keyof typeof RelType];

/** Metric kinds: what the number means. */
export const MetricKind = {
  /** 同比增长 / 增长 x% versus the same period last year */
  YOY_GROWTH: 'YOY_GROWTH',
  /** an absolute level: 完成投资2411亿元, 新设立市场主体32.8万户 */
  LEVEL: 'LEVEL',
  /** a share or completion rate: 完成年度计划的54.7%, 占比, 实施率 */
  SHARE: 'SHARE',
  /** a count of things: 建设144个智能工厂 */
  COUNT: 'COUNT',
  /** a goal: 目标, 力争, 预期 */
  TARGET: 'TARGET',
  /** a change that is not year-on-year: 增加/下降 x (absolute or percentage points) */
  CHANGE: 'CHANGE',
} as const;
export type MetricKind = (typeof MetricKind)[keyof typeof MetricKind];

/** Project status, in lifecycle order. */
export const ProjectStatus = {
  PLANNED: 'PLANNED',
  APPROVED: 'APPROVED',
  STARTED: 'STARTED',
  UNDER_CONSTRUCTION: 'UNDER_CONSTRUCTION',
  COMPLETED: 'COMPLETED',
  IN_OPERATION: 'IN_OPERATION',
} as const;
export type ProjectStatus = (typeof ProjectStatus)[keyof typeof ProjectStatus];
