import { headSet, namedPhrases, placeTest, type NamedPhrase } from '../common/namedHeads';

import { spanCandidate } from '../spanCandidate';
import { AgencyKind } from './AgencyKind';
import { entityRule } from '../defineRule';

const FOUNDING = /(?:设立|组建|成立)$/;
const heads = headSet('agency-named-heads', new Set(Object.values(AgencyKind)));

/**
 * Matches organisations that act under a name closed by a head of agency-named-heads.txt — laboratories, working
 * bodies and alliances (金凤实验室, …促进行动工作专班, 陆海新通道金融服务联合体) — with the name bounded by the lead verb
 * before it (rules/common/namedHeads.ts). Rejects generic modifiers (工作专班 alone, 重点实验室 alone), counted
 * things (3家实验室) and everyday heads (联盟, 专班) without a quote, Latin name or place.
 * A fund (基金) only where the text sets it up: 设立城市更新基金 (seed line 31), 组建现代服务业创新发展基金 (江苏 2026).
 * Example (seed line 17): 金凤实验室 → 金凤实验室, RESEARCH.
 */
export const AgencyNamedRule = entityRule('agency.named', 'agency', (ctx, rule) => {
  // a fund counts as a body where the text sets it up (设立城市更新基金): elsewhere 基金 is mostly a kind of money
  // (政府投资基金, 医保基金) or a count of them (35支国家级大基金)
  const founded = (p: NamedPhrase) => p.head.kind !== AgencyKind.FUND || (FOUNDING.test(ctx.text.slice(Math.max(0, p.start - 4), p.start)) && !/\d/.test(p.modifier));
  return namedPhrases(ctx, heads(ctx.lexicon), placeTest(ctx.lexicon), undefined, { nounAfter: true }).filter(founded).map((p) =>
    spanCandidate(ctx, 'agency', rule, p.start, p.end, { name: ctx.text.slice(p.start, p.end), fields: { kind: p.head.kind } }),
  );
});
