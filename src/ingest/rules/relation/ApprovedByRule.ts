import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate, RelationRule } from '../Rule';
import { between, spanOf } from './relationHelpers';

/** at most this many characters between the approved thing and 获/经: `总体方案获`, `项目已获` */
const MAX_LEAD = 2;

/**
 * A policy or project approved by an agency: subject, then 获/经 (approval-markers.txt), then the agency, then an
 * approval verb (批复, 核准, 批准 … approval-verbs.txt) right after it: `…总体方案获国家发展改革委批复`,
 * `哈密—重庆特高压直流输电通道获国家发展改革委核准`. Rejected: 获批 with no agency (`重庆新机场选址获批`: approver not
 * stated) and agencies that are not followed by an approval verb (`获国家发展改革委支持`).
 * Example (seed line 66): `疆电入渝工程配套新能源业主方案获国家发展改革委批复` → APPROVED_BY 国家发展改革委.
 */
export const ApprovedByRule: RelationRule = {
  name: 'relation.approvedBy',
  extract(ctx: PassageContext, entities: readonly Candidate[]): RelationCandidate[] {
    const markers = ctx.lexicon.words('approval-markers');
    const verbs = ctx.lexicon.words('approval-verbs');
    const out: RelationCandidate[] = [];
    for (const s of entities) {
      if (s.kind !== 'policy' && s.kind !== 'project') continue;
      for (const a of entities) {
        if (a.kind !== 'agency' || a.start < s.end || a.start - s.end > MAX_LEAD + 1) continue;
        const lead = between(ctx, s.end, a.start);
        if (!markers.some((m) => lead.endsWith(m)) || lead.length > MAX_LEAD + 1) continue;
        const tail = between(ctx, a.end, a.end + 3);
        if (verbs.some((v) => tail.startsWith(v) || tail.slice(1).startsWith(v))) {
          out.push({ type: RelType.APPROVED_BY, from: s, to: a, rule: this.name, ...spanOf(s, a), fields: {} });
        }
      }
    }
    return out;
  },
};
