import { AmbiguousRegionRefiner } from '../refiners/AmbiguousRegionRefiner';
import { FalsePositiveContextRefiner } from '../refiners/FalsePositiveContextRefiner';
import { OverlapRefiner } from '../refiners/OverlapRefiner';
import { RegionInNameRefiner } from '../refiners/RegionInNameRefiner';
import * as agency from './agency';
import * as metric from './metric';
import * as policy from './policy';
import * as project from './project';
import { RegionGazetteerRule } from './region/RegionGazetteerRule';
import { AgencyAdjacentRule } from './relation/AgencyAdjacentRule';
import { ApprovedByRule } from './relation/ApprovedByRule';
import { DesignationRule } from './relation/DesignationRule';
import { ImplementsRule } from './relation/ImplementsRule';
import { IssuedByRule } from './relation/IssuedByRule';
import { LocatedInAbbreviationRule } from './relation/LocatedInAbbreviationRule';
import { LocatedInRule } from './relation/LocatedInRule';
import { MeasuresRule } from './relation/MeasuresRule';
import { PartOfRule } from './relation/PartOfRule';
import { SupportsRule } from './relation/SupportsRule';
import { SupportsTitleRule } from './relation/SupportsTitleRule';
import type { EntityRule, Refiner, RelationRule } from './Rule';

/** A kind folder's optional refiners (`metricRefiners` …), tolerated when the folder does not export any. */
function refinersOf(mod: object, name: string): readonly Refiner[] {
  return (mod as Record<string, Refiner[] | undefined>)[name] ?? [];
}

/**
 * Entity rules, in order. Rules do not see each other's output; the order only breaks exact ties (same span,
 * same kind) in OverlapRefiner, where the earlier rule's candidate is kept.
 */
export const entityRules: readonly EntityRule[] = [
  ...policy.policyRules, // titles 《…》 first: the most explicit names, and they swallow places and numbers inside
  ...project.projectRules, // project names before agencies: 重庆无水港项目 is a project even if it starts like an agency
  ...agency.agencyRules, // agencies before places: 重庆市人民政府 wins over 重庆市 on an equal-length tie
  ...metric.metricRules, // metrics never conflict with places (OverlapRefiner keeps both), so their rank is free
  RegionGazetteerRule, // places last: the most common and the most often inside something longer
];

/** Refiners, in order: each one sees the previous one's output. */
export const refiners: readonly Refiner[] = [
  FalsePositiveContextRefiner, // first: a bogus 渝中 (成渝中线) must not grant list context or win an overlap
  RegionInNameRefiner, // a place inside a quoted or event name is part of that name (“爱尚重庆·迎新消费季”)
  AmbiguousRegionRefiner, // after false positives are gone, keep 江北/渝中 only next to another real place
  ...refinersOf(metric, 'metricRefiners'), // per-kind merges (value + unit + period) before cross-kind overlap
  ...refinersOf(policy, 'policyRefiners'), // per-kind: a title and its quoted nickname collapse to one
  ...refinersOf(project, 'projectRefiners'),
  ...refinersOf(agency, 'agencyRefiners'),
  OverlapRefiner, // resolves what is left across kinds, longest first, ties by policy > project > agency > region
  metric.MetricCleanupRefiner, // last: drops the metric working fields (value spans) OverlapRefiner reads
];

/**
 * Relation rules, in order. They read the refined entities of one passage and never each other's output, so the
 * order only sets the order of edges in the records.
 */
export const relationRules: readonly RelationRule[] = [
  PartOfRule, // gazetteer facts (region → parent), once per report
  LocatedInRule, // project/agency → region named in its name or clause
  LocatedInAbbreviationRule, // route → places its abbreviated head names (渝昆高铁), after the spelled-out readings
  MeasuresRule, // metric → region/project (or the report's own region)
  SupportsTitleRule, // policy → region named in its own title (basis: title), before the clause readings
  SupportsRule, // policy → project/region/agency/policy after a support verb in its clause
  DesignationRule, // designation/pilot/list → the places listed before it (…入选…先行创建区)
  IssuedByRule, // policy → issuing agency
  ApprovedByRule, // policy/project → approving agency
  ImplementsRule, // enterprise → project it builds or runs
  AgencyAdjacentRule, // an agency right before its policy (ISSUED_BY) or project (IMPLEMENTS): 市委“一号工程”
];
