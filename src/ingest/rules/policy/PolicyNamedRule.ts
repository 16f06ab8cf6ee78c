import { alternationSource } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import { holdsWaterTransfer } from '../project/ProjectWaterTransferRule';
import { projectLexicon } from '../project/projectLexicon';
import { measuredWorksAt, quotedWorksAt } from '../project/projectStatus';
import { headSet, namedPhrases, placeTest, sharedHeadItems, type NamedPhrase } from '../common/namedHeads';

import { spanCandidate } from '../spanCandidate';
import { policyLexicon } from './policyLexicon';
import { PolicyKind } from './PolicyKind';
import { endsInAct } from './endsInAct';
import { entityRule } from '../defineRule';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { agencyLexicon } from '../agency/agencyLexicon';
import type { Candidate, PassageContext } from '../Rule';
import { wordBoundsOf, wordsOf } from '../wordsOf';
import { NATIONAL_ROAD } from '../project/ProjectNationalRoadRule';
import { METRO_LINE } from '../project/ProjectMetroRule';

const heads = headSet('policy-named-heads', new Set(Object.values(PolicyKind)));
// a phase before the head is a phase of works (东部两江三期工程)
const PHASE_BEFORE = /[一二三四五六七八九十\d]期$/;
const COUNT_AFTER = /^[\d.]+万?(?:个|家|座|处|所|条|项|批)/;
const ZONE_HEAD = /(?:示范区|先行区)$/;
const ZONE_NAME = /示范区|先行区/;
const ORGANISATION = /(?:集团|公司|企业|银行|[农城]商行|大学)$/;
// a named body, where 企业 is a kind of firm a programme serves (货运企业“三上门两加强”行动)
const BODY = /(?:集团|公司|银行|[农城]商行|大学|学院|研究院)$/;
// an act shares a head when it names what it acts on too (职业技能提升), not a bare adjective or verb (通用、垂类…)
const MIN_ACT = 4;
const zoneEnds = perLexicon((lex) => lex.words('policy-zone-ends'));
// a measured quantity opening the phrase (a number, a magnitude, a unit of units.txt) is a figure's, and what follows
// is what it measures (395台燃煤锅炉超低排放改造 内蒙古 2026, 3亿元以旧换新补贴 青海 2026), no policy's name
const measureOpening = perLexicon((lex) => new RegExp(`^[\\d.]+(?:万亿|万|亿|千|百)?(?:${alternationSource(lex.words('units'))})`));
const worksMarkers = perLexicon((lex) => lex.words('policy-works-markers'));
// the heads that close a named project (平台, 基地, 林带, 新通道 …) or institution (研究院), and the policy heads that
// also end works (建设, 改造)
const facilityHeads = perLexicon((lex) => [...lex.words('project-named-heads').map((line) => line.split('|')[0].trim()), ...projectLexicon(lex).institutionEnds]);
const worksHeads = perLexicon((lex) =>
  lex.words('policy-named-heads').map((line) => line.split('|').map((x) => x.trim())).filter((f) => (f[2] ?? '').split(',').includes('works')).map((f) => f[0]),
);

/**
 * Matches named policies that carry neither 《》 nor a programme noun after quotes: strategies, reforms, campaigns,
 * pilots and systems closed by a head of policy-named-heads.txt (创新驱动发展战略, 国资国企改革, 蓝天保卫战,
 * 国家城市更新试点, 服务企业专员制度, “三变”改革), the name running left to the lead verb (rules/common/namedHeads.ts).
 * Rejects generic modifiers (工作机制, 支持政策), a head that only modifies the next noun (战略性新兴产业: not a word
 * end; 政策性金融: a noun follows), everyday heads (建设, 活动) without a quote, digit or place in the name, works on
 * a project (川渝特高压交流工程建设: policy-works-markers.txt), building a facility a project head names
 * (三峡库区应急救援基地建设: project-named-heads.txt, ProjectNamedRule's), the kind after a list's 等 (…等旧城改造)
 * and the non-policy list (一把手工程).
 * Example (seed line 16): 深入实施创新驱动发展战略 → 创新驱动发展战略, STRATEGY.
 */
/** Whether the phrase after a list's 等 is a reform of the unquoted fields listed (供水、供气等公用事业价格改革). */
function reformOfFields(text: string, p: NamedPhrase): boolean {
  return p.head.head === '改革' && text[p.start - 2] !== '”';
}

export const PolicyNamedRule = entityRule('policy.named', 'policy', (ctx, rule) => {
  const gazetteer = RegionIndex.of(ctx.lexicon).gazetteer;
  const opensWithMacroRegion = (text: string, at: number) =>
    gazetteer.find(text.slice(at, at + 10)).some((m) => m.start === 0 && m.entries.some((e) => e.entry.level === 'macro_region' && !e.entry.joint));
  const isPlace = placeTest(ctx.lexicon);
  // the place right before the 与 at `at`, if one stands there
  const placeBefore = (at: number) =>
    ctx.text[at] === '与' ? wordsOf(ctx).find((w) => w.end === at && (w.tag === 'ns' || isPlace(w.text, true))) : undefined;
  const markers = worksMarkers(ctx.lexicon);
  const suffixes = projectLexicon(ctx.lexicon).suffixes;
  // the phrase with its head: works when a marker stands before the head, a project suffix anywhere (…交流工程), a
  // national road's number (G695提质改造) or a metro line's (轨道交通M102线规划建设)
  const isWorks = (phrase: string) => {
    const last = [...markers].sort((a, b) => b.length - a.length).find((w) => phrase.endsWith(w)) ?? '';
    const before = phrase.slice(0, phrase.length - Math.max(last.length, 1));
    return markers.some((w) => before.includes(w)) || suffixes.search(phrase).length > 0 || NATIONAL_ROAD.test(before) || METRO_LINE.test(before) || buildsFacility(phrase) || PHASE_BEFORE.test(before) || holdsWaterTransfer(before);
  };
  // building a named facility is the facility's works, a project (三峡库区应急救援基地建设, “两岸青山·千里林带”建设)
  const buildsFacility = (phrase: string) =>
    worksHeads(ctx.lexicon).some((w) => phrase.endsWith(w) && facilityHeads(ctx.lexicon).some((h) => phrase.slice(0, -w.length).replace(/”$/, '').endsWith(h)));
  const nonPolicy = policyLexicon(ctx.lexicon).nonPolicy;
  const lex = projectLexicon(ctx.lexicon);
  // a 工程 under construction or in phases is physical works (“三北”工程六期): ProjectQuotedWorksRule's
  const works = (p: { end: number; head: { head: string } }) => p.head.head === '工程' && quotedWorksAt(ctx.text, p.end, lex) !== undefined;
  // “两岸青山·千里林带”建设38.3万亩: building measured in land is works (ProjectQuotedWorksRule's), not a programme
  const measured = (p: NamedPhrase) => p.head.head === '建设' && measuredWorksAt(ctx.text, p.end - p.head.head.length);
  const hs = heads(ctx.lexicon);
  return namedPhrases(ctx, hs, isPlace, isWorks, { holders: 'always', verbBeforeHead: true })
    // right after a list's 等 the phrase is the kind of what is listed (“就在山城”“渝创渝新”等就业创业促进计划)
    // and a count right after it counts things of a kind (组织实施团组计划15个), except places given a designation
    // (创建国家生态文明建设示范区5个: the designation stays)
    // a reform after a list of fields is the reform of them all, named (供水、供气、供热等公用事业价格改革); after a list
    // of quoted names it is their kind still (“先用后转”等集成改革)
    .filter((p) => !nonPolicy.has(ctx.text.slice(p.start, p.end)) && !works(p) && !measured(p) && (ctx.text[p.start - 1] !== '等' || reformOfFields(ctx.text, p)))
    .filter((p) => !measureOpening(ctx.lexicon).test(ctx.text.slice(p.start, p.end)))
    // a free-trade zone is an area, not a pilot (广东自贸试验区)
    .filter((p) => !zoneEnds(ctx.lexicon).some((z) => ctx.text.slice(p.start, p.end).endsWith(z)))
    // a zone named by a macro-region is an area the region plans (长三角生态绿色一体化发展示范区, 成渝地区双城经济圈建设
    // 先行区), not a pilot the state grants
    .filter((p) => !(p.head.kind === PolicyKind.PILOT && ZONE_HEAD.test(p.head.head) && opensWithMacroRegion(ctx.text, p.start)))
    // a name the walk cut at 与 right after a place is the tail of a name both places hold: the mechanism takes the
    // first place in (上海与六安对口合作机制); a zone of the two is an area they plan, no pilot (通州区与北三县一体化
    // 高质量发展示范区建设)
    .filter((p) => !(placeBefore(p.start - 1) && ZONE_NAME.test(ctx.text.slice(p.start, p.end))))
    .map((p) => {
      const first = placeBefore(p.start - 1);
      return first ? { ...p, start: first.start } : p;
    })
    // an organisation before a quoted name carries the programme out, no word of its name (海南大学“双一流”建设,
    // 酒钢集团“三化”改造): the name starts at the quote and the body stays a mention of its own
    .map((p) => {
      const quote = ctx.text.indexOf('“', p.start);
      return quote > p.start && quote < p.end && BODY.test(ctx.text.slice(p.start, quote)) ? { ...p, start: quote } : p;
    })
    // a -化 goal right after another is a run of goals (市场化法治化国际化营商环境), not a reform of a field
    .filter((p) => !(p.head.head.endsWith('化') && (p.modifier.endsWith('化') || /^[\p{Script=Han}]?化/u.test(ctx.text.slice(p.end)))))
    .filter((p) => p.head.kind === PolicyKind.PILOT || !COUNT_AFTER.test(ctx.text.slice(p.end, p.end + 8)))
    .flatMap((p) => {
      const name = ctx.text.slice(p.start, p.end);
      const fields = { kind: p.head.kind, noun: p.head.head };
      // with a head flagged `shared`, short items listed before the name share it: 打好蓝天、碧水、净土保卫战
      // an organisation listed is what the reform is about, not a reform (省国资运营集团、金控集团…功能性改革)
      // a quoted name's head is its own (国企助力乡村振兴、“乡村振兴合伙人”引育行动: the strategy shares no 行动)
      const shared = p.head.shared || (p.head.sharedByActs && ctx.text[p.start] !== '“')
        ? sharedHeadItems(ctx, hs, p.start)
            .filter(([b, e]) => !ORGANISATION.test(ctx.text.slice(b, e)))
            .filter(([b, e]) => !p.head.sharedByActs || (e - b >= MIN_ACT && endsInAct(wordsOf(ctx), e)))
            .map(([b, e]) => spanCandidate(ctx, 'policy', rule, b, e, { name: ctx.text.slice(b, e) + p.head.head, fields }))
        : [];
      return [spanCandidate(ctx, 'policy', rule, p.start, p.end, { name, fields }), ...shared];
    })
    .concat(mechanismsOfBodies(ctx, hs, rule));
});

// the longest name of a body's mechanism after the body, in characters
const MAX_MECHANISM = 30;
const purposeVerbs = perLexicon((lex) => lex.words('policy-body-purpose-verbs'));
// jieba's tags of a common noun: after the head it makes the head a modifier (工作机制秘书处 is the body's office)
const NOUN_AFTER = new Set(['n', 'nz', 'vn']);

/**
 * A mechanism a body runs, named from the body on (商务部推进国际陆海贸易新通道建设合作工作机制第一次会议): right after a
 * body of agency-names.txt a verb of policy-body-purpose-verbs.txt opens the name, the verb the name walk stops at
 * being the name's first word, and a SYSTEM head closes it at a word end with no punctuation between. The body stays
 * a mention of its own (AgencyAdjacentRule reads it as the issuer).
 */
function mechanismsOfBodies(ctx: PassageContext, hs: ReturnType<typeof heads>, rule: string): Candidate[] {
  const text = ctx.text;
  const verbs = purposeVerbs(ctx.lexicon);
  if (!verbs.some((v) => text.includes(v))) return [];
  const out: Candidate[] = [];
  const bounds = wordBoundsOf(ctx);
  for (const m of agencyLexicon(ctx.lexicon).names.search(text, { strategy: 'leftmost-longest' })) {
    if (!verbs.some((v) => text.startsWith(v, m.end))) continue;
    const run = /^[^\s\p{P}]+/u.exec(text.slice(m.end, m.end + MAX_MECHANISM))?.[0] ?? '';
    for (const h of run.matchAll(hs.pattern)) {
      const head = hs.byHead.get(h[0]);
      const end = m.end + h.index + h[0].length;
      if (!head || head.kind !== PolicyKind.SYSTEM || head.needsProperNoun || !bounds.ends.has(end)) continue;
      const next = wordsOf(ctx).find((w) => w.start === end);
      if (next && NOUN_AFTER.has(next.tag)) continue;
      out.push(spanCandidate(ctx, 'policy', rule, m.end, end, { name: text.slice(m.end, end), fields: { kind: head.kind, noun: head.head } }));
      break;
    }
  }
  return out;
}
