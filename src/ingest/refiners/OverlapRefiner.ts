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
 *   the region a strategy is named by (长三角 in 长三角一体化发展: CandidateWork.holdsPlace);
 * - two metrics overlap → both stay unless they read the same number (then the longer stays): a count inside
 *   another figure's subject is a figure of its own;
 * - a metric and a named entity → both stay, unless the metric lies wholly inside a policy, project or agency
 *   name (a number in a title). A region inside a metric span stays: it is what the metric measures.
 * Exact duplicates (same kind, same span) keep the first, except the members of one joint abbreviation (川渝 →
 * 四川省, 重庆市), which all stay. Output is in text order.
 */
export const OverlapRefiner = refiner('refine.overlap', (_ctx, candidates) => {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => conflicts(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
});

/** `winner` was accepted before `c` (longer, or equal and of higher priority). */
function conflicts(winner: Candidate, c: Candidate): boolean {
  if (winner.start >= c.end || c.start >= winner.end) return false;
  // the members of one joint abbreviation share its span: 川渝 is 四川省 and 重庆市
  if (winner.fields.joint !== undefined && winner.fields.joint === c.fields.joint && winner.start === c.start && winner.end === c.end) return false;
  // a listed item that is both an organisation and, with the list's head, its project (最高法、海关总署等数据中心)
  if (winner.start === c.start && winner.end === c.end && sharesSpan(winner, c)) return false;
  // a strategy named by its region (长三角一体化发展) leaves the region a mention of its own
  if (winner.work?.holdsPlace === true && c.kind === 'region' && c.start >= winner.start && c.end <= winner.end) return false;
  const wm = winner.kind === 'metric';
  const cm = c.kind === 'metric';
  // metrics nest (a count inside another figure's subject): they conflict only when their values do
  if (wm && cm) return valueSpansMeet(winner, c);
  if (wm === cm) return true;
  const [metric, named] = wm ? [winner, c] : [c, winner];
  return NAME_KINDS.has(named.kind) && metric.start >= named.start && metric.end <= named.end;
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
