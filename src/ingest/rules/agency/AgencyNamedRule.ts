import { headSet, namedPhrases, placeTest, type NamedPhrase } from '../common/namedHeads';

import { spanCandidate } from '../spanCandidate';
import { AgencyKind } from './AgencyKind';
import { entityRule } from '../defineRule';
import { nameStart } from '../../text/nameStart';
import type { Candidate, PassageContext } from '../Rule';
import { wordsOf } from '../wordsOf';
import { agencyLexicon } from './agencyLexicon';

const FOUNDING = /(?:设立|组建|成立)$/;
// what founds a body whose head alone is also a facility's (中心): 设立 also sets up facilities (设立牛羊肉前置屠宰加工中心)
const BODY_FOUNDING = /(?:组建|成立)$/;
// the bare fund head: a longer one (母基金) names a standing body wherever it stands
const BARE_FUND = '基金';
const heads = headSet('agency-named-heads', new Set(Object.values(AgencyKind)));

/**
 * Matches organisations that act under a name closed by a head of agency-named-heads.txt — laboratories, working
 * bodies and alliances (金凤实验室, …促进行动工作专班, 陆海新通道金融服务联合体) — with the name bounded by the lead verb
 * before it (rules/common/namedHeads.ts). Rejects generic modifiers (工作专班 alone, 重点实验室 alone), counted
 * things (3家实验室) and everyday heads (联盟, 专班) without a quote, Latin name or place.
 * A fund (基金) only where the text sets it up: 设立城市更新基金 (seed line 31), 组建现代服务业创新发展基金 (江苏 2026);
 * a fund of funds (母基金) wherever it is named: 充分发挥科技创新母基金放大效应 (陕西 2026). Heads flagged `founded`
 * (中心, 集团, 公司) name a body only right after 成立 or 组建: 成立省足球运动管理中心 (福建 2026), 组建农发集团 (贵州 2026).
 * Example (seed line 17): 金凤实验室 → 金凤实验室, RESEARCH.
 */
export const AgencyNamedRule = entityRule('agency.named', 'agency', (ctx, rule) => {
  // a fund counts as a body where the text sets it up (设立城市更新基金): elsewhere 基金 is mostly a kind of money
  // (政府投资基金, 医保基金) or a count of them (35支国家级大基金)
  const foundedBy = (verb: RegExp, p: NamedPhrase) => verb.test(ctx.text.slice(Math.max(0, p.start - 4), p.start)) && !/\d/.test(p.modifier);
  const founded = (p: NamedPhrase) =>
    p.head.onlyFounded
      ? foundedBy(BODY_FOUNDING, p)
      : p.head.kind !== AgencyKind.FUND || (p.head.head !== BARE_FUND && !/\d/.test(p.modifier)) || foundedBy(FOUNDING, p);
  const set = heads(ctx.lexicon);
  const words = wordsOf(ctx);
  const stops = agencyLexicon(ctx.lexicon).headStops;
  const named = namedPhrases(ctx, set, placeTest(ctx.lexicon), undefined, { nounAfter: true }).filter(founded).map((p) => {
    // a lead verb the walk took in as a noun opens the clause (培育/vn 人工智能陕西实验室)
    const lead = words.find((w) => w.start === p.start && w.end < p.end && stops.includes(w.text));
    const start = lead?.end ?? p.start;
    return spanCandidate(ctx, 'agency', rule, start, p.end, { name: ctx.text.slice(start, p.end), fields: { kind: p.head.kind } });
  });
  return [...named, ...bodiesOfNamedMechanisms(ctx, set, rule)];
});

/** the generic words a body of a mechanism is called by once the mechanism is named: 工作机制秘书处 */
const MECHANISM_WORDS = ['工作机制', '联席会议', '机制'];
const MIN_MECHANISM_NAME = 4;

/**
 * A working body called by the generic name of a mechanism the passage named in full before (承办…推进国际陆海贸易
 * 新通道建设合作工作机制第一次会议,推动工作机制秘书处落地重庆): the mention as written, named by the full mechanism.
 * The generic words must open the mention (a lead verb or punctuation before them) and the full name must run
 * at least four characters before them.
 */
function bodiesOfNamedMechanisms(ctx: PassageContext, set: ReturnType<typeof heads>, rule: string): Candidate[] {
  const text = ctx.text;
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  for (const m of text.matchAll(set.pattern)) {
    const head = set.byHead.get(m[0]);
    if (!head || head.needsProperNoun || head.kind === AgencyKind.FUND) continue;
    const word = MECHANISM_WORDS.find((w) => text.endsWith(w, m.index));
    if (!word) continue;
    const start = m.index - word.length;
    // the generic words open the mention: a whole word starts there after a verb, a stop word or punctuation
    const prev = words.find((w) => w.end === start);
    if (prev && !set.stops.has(prev.text) && !prev.tag.startsWith('v') && /[\p{Script=Han}A-Za-z0-9]/u.test(text[start - 1] ?? '')) continue;
    const earlier = text.lastIndexOf(word, start - 1);
    if (earlier < 0) continue;
    // the mechanism's name runs back to the body that runs it (商务部推进…合作工作机制) or else to a lead verb
    const clauseStart = Math.max(0, ...[...'，。；、,;:：!?'].map((c) => text.lastIndexOf(c, earlier) + 1));
    const owners = agencyLexicon(ctx.lexicon).names.search(text.slice(clauseStart, earlier), { strategy: 'leftmost-longest' });
    const from = owners.length > 0 ? clauseStart + owners[owners.length - 1].end : nameStart(text, words, earlier, { maxLength: 20, stops: set.stops });
    if (earlier - from < MIN_MECHANISM_NAME) continue;
    const name = text.slice(from, earlier + word.length) + m[0];
    out.push(spanCandidate(ctx, 'agency', rule, start, m.index + m[0].length, { name, fields: { kind: head.kind } }));
  }
  return out;
}
