import type { Candidate, CandidateKind } from '../rules/Rule';
import { refiner } from '../rules/defineRule';

/** Tie-break among named entities of equal length: a title beats a project name beats an agency beats a place. */
const PRIORITY: Record<CandidateKind, number> = { policy: 0, project: 1, agency: 2, region: 3, metric: 4 };
/** Named entities whose span swallows a number inside them: 33618 in “33618”现代制造业集群, 2023—2027年 in a title. */
const NAME_KINDS = new Set<CandidateKind>(['policy', 'project', 'agency']);

/**
 * Resolves overlapping candidates across kinds, longest first:
 * - two named entities (policy, project, agency, region) overlap → the longer one stays, ties by
 *   policy > project > agency > region: 渝西地区 inside 《渝西地区智能网联…行动计划》 or 万州 inside
 *   万州江南密溪沟污水处理厂 is not a standalone region mention (LocatedInRule reads it back from the name), except
 *   the region a strategy is named by (长三角 in 长三角一体化发展) or a body is stationed in (湘 in 中央驻湘单位:
 *   CandidateWork.holdsPlace);
 * - two metrics overlap → both stay unless they read the same number (then the longer stays): a count inside
 *   another figure's subject is a figure of its own;
 * - a metric and a named entity → both stay, unless the metric lies wholly inside a policy, project or agency
 *   name (a number in a title). A region inside a metric span stays: it is what the metric measures.
 * Exact duplicates (same kind, same span) keep the first, except the members of one joint abbreviation (川渝 →
 * 四川省, 重庆市), which all stay. Output is in text order.
 * A place other than the report's own that opens a policy name read up to its lead verb (named, quoted or issued)
 * says where the policy runs, and annotators mark it (郑州国家中心城市建设 in 河南, 长三角一体化发展, 汉丹江“碧水东流”
 * 行动, 郑开同城化发展规划): both stay. A 《》 title's place stays inside it. Building a place alone is no policy
 * (江苏现代化建设, 郑州都市圈建设): the place is the mention.
 */
export const OverlapRefiner = refiner('refine.overlap', (ctx, all) => {
  const candidates = all.filter((c) => !buildsPlace(c, all));
  const own = ctx.report.region;
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => conflicts(k, c, own))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
});

/**
 * A place the gazetteer lists by its full name outranks a policy that only a head read on the same span: the list
 * knows 长三角生态绿色一体化发展示范区 is an area, the head 示范区 only guesses a designation. Likewise an item of a list
 * closed by 项目 or 工程 is a project, whatever head (改造, 升级) a policy reading saw in it, and so are works on a
 * named river (嫩江干流应急治理工程: ProjectRiverWorksRule), whose 工程 a policy reading took for a programme's.
 */
function rank(c: Candidate): number {
  if (c.work?.listedProject === true || c.rule === 'project.riverWorks') return -1;
  return c.kind === 'region' && c.rule === 'region.gazetteer' && (c.fields.level === 'cooperation_area' || c.fields.level === 'functional_area') ? -1 : PRIORITY[c.kind];
}

/** `winner` was accepted before `c` (longer, or equal and of higher priority). */
function conflicts(winner: Candidate, c: Candidate, own: string | null): boolean {
  if (winner.start >= c.end || c.start >= winner.end) return false;
  if (opensPolicy(winner, c, own)) return false;
  // the members of one joint abbreviation share its span: 川渝 is 四川省 and 重庆市
  if (winner.fields.joint !== undefined && winner.fields.joint === c.fields.joint && winner.start === c.start && winner.end === c.end) return false;
  // a listed item that is both an organisation and, with the list's head, its project (最高法、海关总署等数据中心)
  if (winner.start === c.start && winner.end === c.end && sharesSpan(winner, c)) return false;
  // a known firm that opens a listed project's name owns it and acts (新华三图灵小镇等一批重点工程: 新华三 too)
  if (winner.work?.listedProject === true && c.kind === 'agency' && c.start === winner.start && c.end < winner.end) return false;
  // a group of places named after a quoted initiative (共建“一带一路”国家) leaves the initiative a mention of its own
  if (winner.kind === 'region' && c.kind === 'policy' && c.text.startsWith('“') && c.start > winner.start && c.end <= winner.end) return false;
  // a strategy named by its region (长三角一体化发展), or a body by where it serves (中央驻湘单位), leaves the region a
  // mention of its own
  if (winner.work?.holdsPlace === true && c.kind === 'region' && c.start >= winner.start && c.end <= winner.end) return false;
  const wm = winner.kind === 'metric';
  const cm = c.kind === 'metric';
  // metrics nest (a count inside another figure's subject): they conflict only when their values do
  if (wm && cm) return valueSpansMeet(winner, c);
  if (wm === cm) return true;
  const [metric, named] = wm ? [winner, c] : [c, winner];
  return NAME_KINDS.has(named.kind) && metric.start >= named.start && metric.end <= named.end;
}

/** Policy readings whose name runs left to a verb: a place at their start is the reader's place, not a title's. */
const OPENED_BY_PLACE = new Set(['policy.named', 'policy.quoted', 'policy.issued']);
// what may stand between a place and 建设 when the phrase only builds the place: 江苏现代化建设
const PLACE_BUILDING = /^(?:现代化)?建设$/;

/**
 * `place` opens `policy`, a name read up to its lead verb, and is not the report's own region: the report names its
 * own measures after itself as titles do (重庆市减轻企业负担政策措施目录清单), another place is where the policy runs;
 * a joint name (京津冀 in 北京) names more than the report's own place.
 */
function opensPolicy(policy: Candidate, place: Candidate, own: string | null): boolean {
  return policy.kind === 'policy' && place.kind === 'region' && OPENED_BY_PLACE.has(policy.rule)
    && place.start === policy.start && place.end < policy.end && (place.name !== own || place.fields.joint !== undefined);
}

/** `c` is a named policy that builds nothing but a place another candidate reads exactly (营口片区建设). */
function buildsPlace(c: Candidate, all: readonly Candidate[]): boolean {
  if (c.kind !== 'policy' || c.rule !== 'policy.named' || c.fields.noun !== '建设') return false;
  return all.some((r) => r.kind === 'region' && r.start === c.start && r.end < c.end && PLACE_BUILDING.test(c.text.slice(r.end - c.start)));
}

function sharesSpan(a: Candidate, b: Candidate): boolean {
  const [p, o] = a.kind === 'project' ? [a, b] : [b, a];
  return p.kind === 'project' && p.work?.sharedHead === true && o.kind === 'agency';
}

/** Whether two metric candidates read the same number (their value spans, passage-relative, meet). */
function valueSpansMeet(a: Candidate, b: Candidate): boolean {
  const [as, ae, bs, be] = [a.work?.valueStart, a.work?.valueEnd, b.work?.valueStart, b.work?.valueEnd];
  if (as === undefined || ae === undefined || bs === undefined || be === undefined) return true;
  return as < be && bs < ae;
}
