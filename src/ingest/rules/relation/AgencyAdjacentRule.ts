import { RelType } from '../../records/labels';
import { relationRule } from '../defineRule';
import type { RelationCandidate } from '../Rule';
import { spanOf } from './relationHelpers';
import { AgencyKind } from '../agency/AgencyKind';

// bodies that carry programmes out but issue none: a university's “双一流”建设 is its own work, not its decree
const CARRIERS = new Set<string>([AgencyKind.UNIVERSITY, AgencyKind.RESEARCH, AgencyKind.COMPANY, AgencyKind.SOE, AgencyKind.FUND]);

/**
 * An agency named right before a policy or a project, with nothing between, owns it: the agency's policy was issued
 * by it (市委“一号工程”, 商务部推进国际陆海贸易新通道建设合作工作机制 → ISSUED_BY), the agency's project is carried out
 * by it (市地产集团保障性租赁住房REITs项目 → IMPLEMENTS), and so is the policy of a body that issues none, a university
 * or a firm (海南大学“双一流”建设 → IMPLEMENTS). Anything between (a verb, 的, a comma) and the reading is
 * left to the clause rules (IssuedByRule, ImplementsRule).
 * Example (seed line 5): 成渝地区双城经济圈建设市委“一号工程” → “一号工程” ISSUED_BY 中共重庆市委员会.
 */
export const AgencyAdjacentRule = relationRule('relation.agencyAdjacent', (_ctx, entities, rule) => {
  const out: RelationCandidate[] = [];
  for (const a of entities) {
    if (a.kind !== 'agency') continue;
    for (const t of entities) {
      if (t.start !== a.end) continue;
      const carries = t.kind === 'project' || (t.kind === 'policy' && CARRIERS.has(String(a.fields.kind)));
      if (t.kind === 'policy' && !carries) out.push({ type: RelType.ISSUED_BY, from: t, to: a, rule, ...spanOf(a, t), fields: { basis: 'adjacent' } });
      if (carries) out.push({ type: RelType.IMPLEMENTS, from: a, to: t, rule, ...spanOf(a, t), fields: { basis: 'adjacent' } });
    }
  }
  return out;
});
