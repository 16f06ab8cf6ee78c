import type { RelType } from '../records/labels';
import type { PassageRecord, PropertyValue, ReportMeta, ReportRecords } from '../records/types';
import type { Lexicon } from '../lexicon/Lexicon';
import type { SectionContext } from '../text/sectionPeriods';

export type { SectionContext } from '../text/sectionPeriods';

/** What an entity rule finds. */
export type CandidateKind = 'policy' | 'agency' | 'region' | 'project' | 'metric';

/**
 * One mention found by one rule. `start`/`end` are absolute UTF-16 offsets into the report's original text:
 * normalisation is length-preserving (one code unit in, one code unit out), so offsets found in the normalised
 * passage text plus `passage.start` point into the original.
 */
export interface Candidate {
  kind: CandidateKind;
  /** the rule's stable dotted name, stamped by the engine */
  rule: string;
  /** the original text of the mention: report.text.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** canonical name of the entity (黔江 → 黔江区; a metric's subject) — the basis of its stable id */
  name: string;
  /** label-specific properties: metric value/unit/kind/period/subject, region level/parent, project status … */
  fields: Record<string, PropertyValue>;
  /** working notes for the refiners; never stored */
  work?: CandidateWork;
}

/** What a rule tells the refiners about a candidate beyond its stored fields. Offsets are in the normalised passage. */
export interface CandidateWork {
  /** metric: where its number starts and ends, and where its predicate (同比增长, 达) starts */
  valueStart?: number;
  valueEnd?: number;
  predicateStart?: number;
  /** metric: its period is stated (in its sentence or its section's heading), and stated in its own sentence */
  periodExplicit?: boolean;
  periodWritten?: boolean;
  /** metric: a step passed on the way to the next value (连跨5万亿元、6万亿元两个台阶), dropped once it lends its subject */
  step?: boolean;
  /** metric: an item of a 分别 list with no subjects of its own: where the list is, this item's index, its length */
  group?: { at: number; index: number; size: number };
  /** metric: the undated start of a from–to pair (从1832户增加到…): a state before, never a goal */
  baseline?: boolean;
  /** region: an ambiguous short form (江北, 渝中), kept only in list context */
  ambiguous?: boolean;
  /**
   * project: a list item whose name a head shared by the list completes (最高法 → 最高法数据中心): the item also
   * names the organisation, so an agency on the same span is a mention of its own
   */
  sharedHead?: boolean;
  /**
   * project: an item of a list its closing noun calls projects (…、蓝科锂业碳酸锂装置系统性优化改造等项目): the list says
   * what the item is, so a policy that a head (改造) reads on the same span gives way
   */
  listedProject?: boolean;
  /**
   * policy: named by a place and what is done there (长三角一体化发展); agency: addressed by the place it is stationed
   * in (中央驻湘单位): the place inside it stays a region mention of its own
   */
  holdsPlace?: boolean;
}

/** A relationship stated in one passage, between two candidates of that passage (or the report's own region). */
export interface RelationCandidate {
  type: RelType;
  from: Candidate;
  to: Candidate;
  rule: string;
  /** the evidence span: usually the clause that states the relation */
  start: number;
  end: number;
  fields: Record<string, PropertyValue>;
  /** for `once` rules: how good this evidence is, lower is better (absent = 0) */
  evidenceRank?: number;
}

export interface PassageContext {
  passage: PassageRecord;
  /** the passage text after normalisation (same length as passage.text) */
  text: string;
  report: ReportMeta;
  lexicon: Lexicon;
  /**
   * the passage's section and the period its statements default to (2025年 in the review of a 2026 work report),
   * set by the engine; absent when a test builds a context by hand (read as: no section, the report's period)
   */
  section?: SectionContext;
  /**
   * a rule's position in the registry the engine runs (rules/index.ts), earlier = more specific: how refiners
   * choose between two rules' readings of one span or number, with no second list to keep in step
   */
  ruleRank?: (rule: string) => number;
}

/** Finds entity mentions of one kind in one passage. */
export interface EntityRule {
  /** stable dotted id, `kind.what` (metric.change, policy.title): stored in provenance, never rename casually */
  readonly name: string;
  readonly kind: CandidateKind;
  extract(ctx: PassageContext): Candidate[];
}

/** Finds relationships between the entities already found in a passage. Runs after the entity refiners. */
export interface RelationRule {
  readonly name: string;
  /**
   * Emit each (type, from, to) at most once per report, with its best evidence (lowest `evidenceRank`,
   * earliest on a tie): for facts of the gazetteer rather than of a sentence (region PART_OF parent).
   * Default: every mention is evidence.
   */
  readonly once?: boolean;
  extract(ctx: PassageContext, entities: readonly Candidate[]): RelationCandidate[];
}

/**
 * Completes one report's records once every passage is read: facts about the graph the report builds, not about a
 * sentence (a region's gazetteer parents, whoever brought the region in). Order matters.
 */
export interface RecordRule {
  readonly name: string;
  complete(records: ReportRecords, lexicon: Lexicon): ReportRecords;
}

/** One passage of a report as a report step reads it: its context and its refined entities. */
export interface PassageEntities {
  context: PassageContext;
  entities: readonly Candidate[];
}

/**
 * Reads the refined entities of every passage of one report at once, after the refiners and before the relation
 * rules: what one passage says about a name holds where the report writes it again. Returns each passage's entity
 * list, in the order given; a candidate it adds names its own rule and span and is checked like a rule's.
 */
export interface ReportRefiner {
  readonly name: string;
  refine(passages: readonly PassageEntities[]): Candidate[][];
}

/** Rewrites the candidate list of a passage: drop overlaps and false positives, merge. Order matters. */
export interface Refiner {
  readonly name: string;
  /** the one kind it works on (the same-kind overlap refiners, the metric refiners); absent = across kinds */
  readonly kind?: CandidateKind;
  refine(ctx: PassageContext, candidates: Candidate[]): Candidate[];
}
