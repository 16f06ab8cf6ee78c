import { RelType } from '../../records/labels';
import type { RelationCandidate } from '../Rule';
import { between, clauseBounds, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';

const TARGET_KINDS = new Set(['project', 'region', 'agency', 'policy']);
/** at most this many characters between the policy and its support verb: `《…》助力`, `政策措施支持` */
const MAX_GAP = 6;

/**
 * A policy or programme supports a project, region, agency or other policy: the policy, then within a few
 * characters a support verb (支持, 推动, 助力, 惠及 … support-verbs.txt), then the target later in the same clause.
 * Regions named inside the policy's own title are SupportsTitleRule's.
 * Rejected: a target before the verb, or in another clause (`出台…政策,支持企业` names no entity), and a verb after
 * a list's 、 or 和 (“人工智能+”行动方案和支持低空经济发展政策措施: the next item's own words) or inside another name:
 * it belongs to the next item (工业千亿投资、优服务提信心…: 服务 is no verb here).
 * Example: `“技改贷”政策支持重庆无水港项目建设` → “技改贷”政策 SUPPORTS 重庆无水港项目.
 */
export const SupportsRule = relationRule('relation.supports', (ctx, entities, rule) => {
  const verbs = ctx.lexicon.words('support-verbs');
  const out: RelationCandidate[] = [];
  for (const p of entities) {
    if (p.kind !== 'policy') continue;
    const [, ce] = clauseBounds(ctx, p.end);
    const after = between(ctx, p.end, ce);
    let verbEnd = -1;
    for (const v of verbs) {
      const i = after.indexOf(v);
      // a list's 、/和 before the verb hands it to the next item (“30条”和支持…“双20条”政策: a title of its own)
      if (i < 0 || i > MAX_GAP || /[、和及与]/.test(after.slice(0, i))) continue;
      // a verb inside another name is part of that name (优服务提信心激发民间投资活力, the next item of a list)
      const at = p.end + i;
      if (entities.some((e) => e !== p && e.start <= at && at + v.length <= e.end)) continue;
      if (verbEnd < 0 || at + v.length < verbEnd) verbEnd = at + v.length;
    }
    if (verbEnd < 0) continue;
    for (const t of entities) {
      if (t === p || !TARGET_KINDS.has(t.kind) || t.start < verbEnd || t.end > ce) continue;
      out.push({ type: RelType.SUPPORTS, from: p, to: t, rule: rule, ...spanOf(p, t), fields: { basis: 'clause' } });
    }
  }
  return out;
});

