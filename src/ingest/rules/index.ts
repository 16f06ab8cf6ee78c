import { AmbiguousRegionRefiner } from '../refiners/AmbiguousRegionRefiner';
import { FalsePositiveContextRefiner } from '../refiners/FalsePositiveContextRefiner';
import { OverlapRefiner } from '../refiners/OverlapRefiner';
import { RegionInNameRefiner } from '../refiners/RegionInNameRefiner';
import { AgencyGazetteerRule } from './agency/AgencyGazetteerRule';
import { AgencyCongressSessionRule } from './agency/AgencyCongressSessionRule';
import { AgencyStationedRule } from './agency/AgencyStationedRule';
import { AgencyListedCompanyRule } from './agency/AgencyListedCompanyRule';
import { AgencyListedFirmsRule } from './agency/AgencyListedFirmsRule';
import { AgencyLeadUnitRule } from './agency/AgencyLeadUnitRule';
import { AgencyNamedRule } from './agency/AgencyNamedRule';
import { AgencyOverlapRefiner } from './agency/AgencyOverlapRefiner';
import { AgencySuffixRule } from './agency/AgencySuffixRule';
import { MetricAmountRule } from './metric/MetricAmountRule';
import { MetricChangeRule } from './metric/MetricChangeRule';
import { MetricCountRule } from './metric/MetricCountRule';
import { MetricDoublingRule } from './metric/MetricDoublingRule';
import { MetricIndicatorRefiner } from './metric/MetricIndicatorRefiner';
import { MetricOverlapRefiner } from './metric/MetricOverlapRefiner';
import { MetricRespectivelyRule } from './metric/MetricRespectivelyRule';
import { MetricShareRule } from './metric/MetricShareRule';
import { MetricSubjectCarryRefiner } from './metric/MetricSubjectCarryRefiner';
import { MetricUrbanRuralRefiner } from './metric/MetricUrbanRuralRefiner';
import { MetricTargetRefiner } from './metric/MetricTargetRefiner';
import { MetricSpanGrowthRefiner } from './metric/MetricSpanGrowthRefiner';
import { PolicyApprovedRule } from './policy/PolicyApprovedRule';
import { PolicyArticleCountRule } from './policy/PolicyArticleCountRule';
import { PolicyBrandRule } from './policy/PolicyBrandRule';
import { PolicyCollectiveRefiner } from './policy/PolicyCollectiveRefiner';
import { PolicyCountedListRule } from './policy/PolicyCountedListRule';
import { PolicyDesignationRule } from './policy/PolicyDesignationRule';
import { PolicyEraPlanRule } from './policy/PolicyEraPlanRule';
import { PolicyGazetteerRule } from './policy/PolicyGazetteerRule';
import { PolicyIssuedRule } from './policy/PolicyIssuedRule';
import { PolicyListedRule } from './policy/PolicyListedRule';
import { PolicyNamedRule } from './policy/PolicyNamedRule';
import { PolicyOverlapRefiner } from './policy/PolicyOverlapRefiner';
import { PolicyPerUnitRule } from './policy/PolicyPerUnitRule';
import { PolicyCountedProgrammeRule } from './policy/PolicyCountedProgrammeRule';
import { PolicyProductRule } from './policy/PolicyProductRule';
import { PolicyQuotedRule } from './policy/PolicyQuotedRule';
import { PolicyRegionalStrategyRule } from './policy/PolicyRegionalStrategyRule';
import { PolicyLeadingFieldRule } from './policy/PolicyLeadingFieldRule';
import { PolicySloganRule } from './policy/PolicySloganRule';
import { PolicyStanceRule } from './policy/PolicyStanceRule';
import { PolicyTitleRule } from './policy/PolicyTitleRule';
import { ProjectListedRule } from './project/ProjectListedRule';
import { ProjectMetroRule } from './project/ProjectMetroRule';
import { ProjectNationalRoadRule } from './project/ProjectNationalRoadRule';
import { ProjectNamedRule } from './project/ProjectNamedRule';
import { ProjectListSiblingRefiner } from './project/ProjectListSiblingRefiner';
import { ProjectOverlapRefiner } from './project/ProjectOverlapRefiner';
import { ProjectQuotedWorksRule } from './project/ProjectQuotedWorksRule';
import { ProjectSuffixRule } from './project/ProjectSuffixRule';
import { ProjectPowerLinkRule } from './project/ProjectPowerLinkRule';
import { ProjectWaterTransferRule } from './project/ProjectWaterTransferRule';
import { ProjectVesselRule } from './project/ProjectVesselRule';
import { ProjectQuotedListRule } from './project/ProjectQuotedListRule';
import { ProjectPortRule } from './project/ProjectPortRule';
import { ProjectPhaseRule } from './project/ProjectPhaseRule';
import { ProjectInstitutionRule } from './project/ProjectInstitutionRule';
import { ProjectRiverWorksRule } from './project/ProjectRiverWorksRule';
import { RegionGazetteerRule } from './region/RegionGazetteerRule';
import { RegionOwnAbbreviationRule } from './region/RegionOwnAbbreviationRule';
import { RegionJointInitialsRule } from './region/RegionJointInitialsRule';
import { RegionNamedAreaRule } from './region/RegionNamedAreaRule';
import { RegionNaturalFeatureRule } from './region/RegionNaturalFeatureRule';
import { RegionProvincePartRule } from './region/RegionProvincePartRule';
import { RegionSubAreaRule } from './region/RegionSubAreaRule';
import { RegionHierarchyRule } from './report/RegionHierarchyRule';
import { TitleAliasRefiner } from './report/TitleAliasRefiner';
import { RepeatedNameRefiner } from './report/RepeatedNameRefiner';
import { AgencyAdjacentRule } from './relation/AgencyAdjacentRule';
import { ApprovedByRule } from './relation/ApprovedByRule';
import { DesignationRule } from './relation/DesignationRule';
import { ImplementsRule } from './relation/ImplementsRule';
import { IssuedByRule } from './relation/IssuedByRule';
import { LocatedInAbbreviationRule } from './relation/LocatedInAbbreviationRule';
import { LocatedInRule } from './relation/LocatedInRule';
import { MeasuresRule } from './relation/MeasuresRule';
import { PartOfRule } from './relation/PartOfRule';
import { PartOfStatedRule } from './relation/PartOfStatedRule';
import { SupportsRule } from './relation/SupportsRule';
import { SupportsTitleRule } from './relation/SupportsTitleRule';
import type { CandidateKind, EntityRule, RecordRule, Refiner, RelationRule, ReportRefiner } from './Rule';

/**
 * The one registry: every rule and refiner, one line each, in the order the engine runs them. Adding a rule is its
 * file plus a line here (tests/ingest/rules/registry.test.ts fails on a rule file that is not listed). Rules do not
 * see each other's output; their order ranks readings of one span: on equal spans the overlap refiners keep the
 * earlier rule's candidate, and of two metric readings of one number the earlier rule's (ctx.ruleRank).
 */
export const entityRules: readonly EntityRule[] = [
  // policies first: titles 《…》 are the most explicit names, and they swallow places and numbers inside
  PolicyTitleRule,
  PolicyQuotedRule, // “满天星”行动计划
  PolicyEraPlanRule, // an era's five-year plan: “十四五”规划, 自治区“十五五”规划
  PolicyIssuedRule, // 出台促进民营经济高质量发展实施意见
  PolicyApprovedRule, // unquoted plans named before 获…批复
  PolicyCountedListRule, // 实施A、B、C三大行动: items checked against their count
  PolicyNamedRule, // unquoted names closed by a head: 创新驱动发展战略
  PolicyDesignationRule, // national titles a verb confers: 获批创建国家现代农业产业园2个
  PolicySloganRule, // bare quoted measures in force: 推行“免申即享”
  PolicyArticleCountRule, // a package by its topic and quoted count: 民营经济高质量发展“26条”
  PolicyProductRule, // quoted loans and insurance schemes: “稳岗贷”, “惠民保”
  PolicyGazetteerRule, // named national policies: 扫黑除恶
  PolicyBrandRule, // a quality and a place: 美丽浙江, 健康龙江
  PolicyStanceRule, // macro policies by their stance: 更加积极的财政政策
  PolicyRegionalStrategyRule, // a macro-region's development: 长三角一体化发展
  PolicyLeadingFieldRule, // a field led in, built: 文化强省建设, 农业强省、…文旅强省建设
  PolicyPerUnitRule, // a measure for each unit: 一县一策
  PolicyCountedProgrammeRule, // a programme named by its count: 十件民生实事
  PolicyListedRule, // 落实育儿补贴、生育保险等政策: items before 等 + a policy head, after every named reading
  // projects before agencies: 重庆无水港项目 is a project even if it starts like an agency
  ProjectMetroRule, // its numbered names are the more specific reading
  ProjectNationalRoadRule, // national roads by number: G109、G219提质改造, G214加卡至邦达机场段建设
  ProjectSuffixRule,
  ProjectQuotedWorksRule, // only quotes the suffix rule cannot read
  ProjectVesselRule, // named trains and ships: “郑和号”国际多式联运班列
  ProjectPowerLinkRule, // power sent between provinces: 宁电入湘工程, 陕电入皖特高压工程
  ProjectWaterTransferRule, // water carried to a region: 引绰济辽工程, 引汉济渭二期
  ProjectPortRule, // a port named by its place: 青岛港, 宁波舟山港, 南沙港五期
  ProjectPhaseRule, // a phase reported started or built: 崖州湾国家实验室二期开工
  ProjectInstitutionRule, // a named school, hospital or institute being built: 筹建新疆中医药大学
  ProjectQuotedListRule, // quoted apps and platforms listed before their kind: “闽政通”、“闽执法”等平台
  ProjectNamedRule, // soft heads (平台, 基地, 商圈), the least explicit form
  ProjectListedRule, // items before 等 + a kind of project: 永川松溉等6个新型储能项目, 大湾、盘南等煤电项目; after every named reading
  ProjectRiverWorksRule, // works on a named river: 辽河干流堤防, 小清河复航; after the list's reading, which knows its head
  // agencies before places: 重庆市人民政府 wins over 重庆市 on an equal-length tie
  AgencyGazetteerRule, // its canonical names win ties against the suffix rule
  AgencyCongressSessionRule, // a congress by its term: 河南省第十四届人民代表大会
  AgencyStationedRule, // bodies by the own province they serve in: 中央驻湘单位, 驻藏部队
  AgencySuffixRule,
  AgencyNamedRule, // soft heads (实验室, 工作专班)
  AgencyListedCompanyRule, // brands that go public: 西山科技、智翔金泰在科创板正式发行上市
  AgencyListedFirmsRule, // brands listed before a count of firms: 比亚迪、宁德时代等一批世界一流企业
  AgencyLeadUnitRule, // the bodies a plan's note names as leading a task: （牵头单位：农牧厅、林草局、人社厅）
  // metrics, most specific first: the first to read a number keeps it (MetricOverlapRefiner)
  MetricRespectivelyRule, // 分别 lists pair subjects with values
  MetricChangeRule, // 同比增长4.6% / 下降0.3个百分点
  MetricShareRule, // 完成年度计划的54.7% / 实施率达到90.7%
  MetricCountRule, // 144个智能工厂 (count before its noun)
  MetricAmountRule, // 完成投资2411亿元 (amount after its subject)
  MetricDoublingRule, // 研发投入翻一番 (a doubling, no digits)
  // places last: the most common and the most often inside something longer
  RegionGazetteerRule,
  RegionOwnAbbreviationRule, // 在晋, 湘企: the report's own province by its one-character abbreviation
  RegionSubAreaRule, // a named part of a county right after it: 酉阳菖蒲盖片区
  RegionNamedAreaRule, // planning areas by their head, not in the gazetteer: 沈阳都市圈, 辽东绿色经济区
  RegionNaturalFeatureRule, // lakes, rivers, islands by name: 杞麓湖, 赤水河, 黑瞎子岛
  RegionProvincePartRule, // a province's part by its abbreviation and directions: 湘西北地区, 赣东北, 湘赣边
  RegionJointInitialsRule, // the report's cities by one character each: 郑开同城化, 西咸一体化
];

/** Refiners, in order: each one sees the previous one's output. */
export const refiners: readonly Refiner[] = [
  FalsePositiveContextRefiner, // first: a bogus 渝中 (成渝中线) must not grant list context or win an overlap
  RegionInNameRefiner, // a place inside a quoted or event name is part of that name (“爱尚重庆·迎新消费季”)
  AmbiguousRegionRefiner, // after false positives are gone, keep 江北/渝中 only next to another real place
  MetricOverlapRefiner, // one metric per number
  MetricSubjectCarryRefiner, // subjects carried along a clause (needs the survivors in text order)
  MetricUrbanRuralRefiner, // 城乡… with two values: the urban and the rural series (needs carried subjects)
  MetricTargetRefiner, // targets (needs final kinds)
  MetricSpanGrowthRefiner, // a rise over a whole five-year plan is a change (after targets)
  MetricIndicatorRefiner, // indicator and structured period (needs targets settled)
  PolicyCollectiveRefiner, // 三大行动 after its three items is their name, not a fourth policy
  PolicyOverlapRefiner, // a title and its quoted nickname collapse to one
  ProjectOverlapRefiner,
  ProjectListSiblingRefiner, // the other items of a list of projects: …适配中心、智能体创新中心等产业创新平台
  AgencyOverlapRefiner,
  OverlapRefiner, // last: resolves what is left across kinds, longest first, ties by policy > project > agency > region
];

/** Report steps, in order: they read every passage's refined entities at once, before the relation rules. */
export const reportRefiners: readonly ReportRefiner[] = [
  RepeatedNameRefiner, // a policy or project name read once is a mention wherever the report writes it again
  TitleAliasRefiner, // 《纲要草案》, 《建议》: the one full title of that kind the report gives
];

/**
 * Relation rules, in order. They read the refined entities of one passage and never each other's output, so the
 * order only sets the order of edges in the records.
 */
export const relationRules: readonly RelationRule[] = [
  PartOfRule, // gazetteer facts (region → parent), once per report
  PartOfStatedRule, // nesting the sentence states: A等B (an area), an area right after a bigger place, a tunnel after its road
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

/** Record rules, in order: they complete a report's records once every passage is read. */
export const recordRules: readonly RecordRule[] = [
  RegionHierarchyRule, // every region's gazetteer parents, also those a relation brought in (万州区 from 万州机场)
];

/** The entity rules of one kind, in registry order: what a rule test runs beside the rule it tests. */
export function rulesOf(kind: CandidateKind): readonly EntityRule[] {
  return entityRules.filter((r) => r.kind === kind);
}

/** The refiners that work on one kind only, in registry order. */
export function refinersOf(kind: CandidateKind): readonly Refiner[] {
  return refiners.filter((r) => r.kind === kind);
}
