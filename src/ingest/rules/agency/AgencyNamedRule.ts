import { headSet, namedPhrases, placeTest } from '../common/namedHeads';

import { spanCandidate } from '../spanCandidate';
import { AgencyKind } from './AgencyKind';
import { entityRule } from '../defineRule';

const heads = headSet('agency-named-heads', new Set(Object.values(AgencyKind)));

/**
 * Matches organisations that act under a name closed by a head of agency-named-heads.txt — laboratories, working
 * bodies and alliances (金凤实验室, …促进行动工作专班, 陆海新通道金融服务联合体) — with the name bounded by the lead verb
 * before it (rules/common/namedHeads.ts). Rejects generic modifiers (工作专班 alone, 重点实验室 alone), counted
 * things (3家实验室) and everyday heads (联盟, 专班) without a quote, Latin name or place.
 * Example (seed line 17): 金凤实验室 → 金凤实验室, RESEARCH.
 */
export const AgencyNamedRule = entityRule('agency.named', 'agency', (ctx, rule) => {
  return namedPhrases(ctx, heads(ctx.lexicon), placeTest(ctx.lexicon), undefined, { nounAfter: true }).map((p) =>
    spanCandidate(ctx, 'agency', rule, p.start, p.end, { name: ctx.text.slice(p.start, p.end), fields: { kind: p.head.kind } }),
  );
});
