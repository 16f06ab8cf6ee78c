import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate } from '../Rule';
import { between, clauseBounds, LIST_JOINER, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';

/** a vote that passes what follows: 审议通过, 表决通过, optionally 的 */
const PASSED = /^(?:审议|表决)通过的?$/;
/** at most this many characters between the approved thing and 获/经: `总体方案获`, `项目已获` */
const MAX_LEAD = 2;

/**
 * A policy or project approved by an agency. Subject first: subject, then 获/经 (approval-markers.txt), then one
 * agency or a list of them (`国家发展改革委、科技部`, optionally closed by 等 + a group word of
 * approval-group-words.txt: `等部委`), then an approval verb (批复, 核准, 批准, 同意 … approval-verbs.txt); each listed
 * agency approves, and subjects listed before the marker (`A、B获…批复`) are each approved. Agency first: 经 +
 * agency (list) + verb opening a clause approves the policies of the rest of its sentence (`经国务院同意,…印发《…》`).
 * A body that votes (审议通过, 表决通过) a policy named right after passes it: 人代会审议通过的计划报告, 提请市人大常委会
 * 审议通过民营经济促进条例.
 * Rejected: 获批 with no agency (`重庆新机场选址获批`: approver not stated) and agencies not followed by an
 * approval verb (`获国家发展改革委支持`).
 * Example (seed line 53): `疆电入渝工程配套新能源业主方案获国家发展改革委批复` → APPROVED_BY 国家发展改革委.
 */
export const ApprovedByRule = relationRule('relation.approvedBy', (ctx, entities, rule) => {
  const markers = ctx.lexicon.words('approval-markers');
  const out: RelationCandidate[] = [];
  const agencies = entities.filter((e) => e.kind === 'agency');
  const approvable = entities.filter((e) => e.kind === 'policy' || e.kind === 'project');
  const emit = (s: Candidate, a: Candidate): void => {
    out.push({ type: RelType.APPROVED_BY, from: s, to: a, rule: rule, ...spanOf(s, a), fields: { basis: 'clause' } });
  };
  for (const s of approvable) {
    for (const a of agencies) {
      if (a.start < s.end || a.start - s.end > MAX_LEAD + 1) continue;
      const lead = between(ctx, s.end, a.start);
      if (!markers.some((m) => lead.endsWith(m)) || lead.length > MAX_LEAD + 1) continue;
      const approvers = approvedBy(ctx, a, agencies);
      for (const subject of [...listedBefore(ctx, s, approvable), s]) for (const b of approvers) emit(subject, b);
    }
  }
  // 提请市人大常委会审议通过民营经济促进条例, 人代会审议通过的计划报告: a legislature passes the policy it names next
  for (const a of agencies) {
    for (const p of entities) {
      if (p.kind === 'policy' && p.start > a.end && PASSED.test(between(ctx, a.end, p.start))) emit(p, a);
    }
  }
  // 经国务院同意,国家发展改革委印发《…》: the approval opens the sentence, the approved policy follows
  for (const a of agencies) {
    const [cs] = clauseBounds(ctx, a.start);
    if (between(ctx, cs, a.start) !== '经') continue;
    const approvers = approvedBy(ctx, a, agencies);
    if (approvers.length === 0) continue;
    const sentenceEnd = ctx.passage.start + sentenceEndAt(ctx.text, a.end - ctx.passage.start);
    for (const p of entities) if (p.kind === 'policy' && p.start > a.end && p.end <= sentenceEnd) for (const b of approvers) emit(p, b);
  }
  return out;
});

/** `first` and the agencies listed after it, when an approval verb follows the list; else none. */
function approvedBy(ctx: PassageContext, first: Candidate, agencies: readonly Candidate[]): Candidate[] {
  const verbs = ctx.lexicon.words('approval-verbs');
  const groups = ctx.lexicon.words('approval-group-words');
  const list = [first];
  for (;;) {
    const last = list[list.length - 1];
    const next = agencies.find((b) => b.start > last.end && LIST_JOINER.test(between(ctx, last.end, b.start)));
    if (!next) break;
    list.push(next);
  }
  let at = list[list.length - 1].end;
  if (between(ctx, at, at + 1) === '等') {
    at += 1;
    at += groups.find((g) => between(ctx, at, at + g.length) === g)?.length ?? 0;
  }
  // one character may stand between (获国家发展改革委正式批复 / 等部委联合批复 is two: not taken)
  const tail = between(ctx, at, at + 3);
  return verbs.some((v) => tail.startsWith(v) || tail.slice(1).startsWith(v)) ? list : [];
}

/** Subjects listed right before `s` (`A、B获…`): each joined to the next by 、/和. */
function listedBefore(ctx: PassageContext, s: Candidate, subjects: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let head = s;
  for (;;) {
    const prev = subjects.find((p) => p.end < head.start && p.kind === s.kind && LIST_JOINER.test(between(ctx, p.end, head.start)));
    if (!prev) return out;
    out.unshift(prev);
    head = prev;
  }
}

function sentenceEndAt(text: string, from: number): number {
  const m = /[。!?;]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
