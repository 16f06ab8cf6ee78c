import { projectLexicon } from '../project/projectLexicon';
import type { Lexicon } from '../../lexicon/Lexicon';
import { perLexicon } from '../../lexicon/perLexicon';
import { insideTitle, titleSpans } from '../../text/titleSpans';
import { agencyLexicon } from '../agency/agencyLexicon';
import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { policyLexicon } from './policyLexicon';
import { PolicyKind } from './PolicyKind';
import { entityRule } from '../defineRule';

// a run of bare quoted slogans: “免申即享”“直补快办”, “综合查一次”、“跨域通办”
const RUN = /“[^“”《》]{2,20}”(?:[、和及与]?“[^“”《》]{2,20}”)*/g;
const QUOTE = /“([^“”]+)”/g;
// what may follow the run: punctuation, a list word, 的 — anything else makes the slogan modify a noun
const STANDALONE_AFTER = /^(?:$|[，。；、:：!?,;)）]|等|和|及|与|的|为|,)/;
// how far before the quotes the verb may stand (深化“一件事一次办”, 全面推行“免申即享”)
const VERB_WINDOW = 8;
// kinds of place a list of quoted names may be (示范区, 空间, 社区, 街区)
const PLACE_KIND = /(?:示范区|先行区|空间|社区|街区)$/;
const CLAUSE_BREAK = /[，。；、:：,;]/;

const verbs = perLexicon((lex) => [...lex.words('policy-slogan-verbs')].sort((a, b) => b.length - a.length));
const buildVerbs = perLexicon((lex) => lex.words('policy-slogan-build-verbs'));
// a slogan that opens by counting its parts (“六个龙江”, “三基地一屏障一高地”; not “世界一流、百年不衰”)
const COUNTED_PARTS = /^[一二三四五六七八九十两]/;
const outcomeWords = perLexicon((lex) => lex.words('policy-outcome-words'));
// a tally of consecutive good years is a result, not a measure: 实现“二十二连丰”, 实现“九连好”, “十一连冠”
const TALLY = /^[一二三四五六七八九十百两\d]+连\p{Script=Han}$/u;
// a span of years in quotes is a time, never a measure: 以昂扬奋进的“头年”推动实现稳中向好的“五年” (福建 2026)
const YEARS = /^(?:[一二三四五六七八九十两\d]+|头|首|开局)年$/u;
// an award won is a result too, though a body named before it gives it: 荣获联合国“土地生命奖” (河北 2026)
const AWARD = /奖$/;

// the heads of named policies (head|KIND|flags), longest first: a slogan that ends in one says its own kind
const kindHeads = perLexicon((lex) =>
  lex.words('policy-named-heads').map((line) => line.split('|').map((x) => x.trim())).sort((a, b) => b[0].length - a[0].length),
);


// the kinds after a list's 等 that make its quotes apps, platforms or spaces (ProjectQuotedListRule's)
const listedFacilityKinds = perLexicon((lex) => lex.words('project-quoted-list-heads').map((line) => line.split('|')[0].trim()));

/** A slogan's kind: the head it ends in (“五千工程”, “十大行动” → PROGRAM, “五大战略” → STRATEGY), else MEASURES. */
function sloganKind(inner: string, heads: readonly string[][]): string {
  return heads.find(([head]) => inner.endsWith(head))?.[1] ?? PolicyKind.MEASURES;
}

/** Whether a quoted slogan reports what was achieved (实现“零的突破”) rather than names a measure in force. */
function isOutcome(inner: string, words: readonly string[]): boolean {
  return TALLY.test(inner) || YEARS.test(inner) || AWARD.test(inner) || words.some((w) => inner.includes(w));
}

/**
 * Matches bare quoted measures put into force by a verb of policy-slogan-verbs.txt in the same clause (or, for a
 * slogan that counts its parts, by a building verb of policy-slogan-build-verbs.txt: 加快建设“六个龙江”):
 * 推行“免申即享”“直补快办” (two MEASURES), 深化“一件事一次办”, 落实“两不愁三保障”, or given by the body named right
 * before them (市委“一号工程”). A run of quotes gives one policy each,
 * MEASURES unless it ends in a head of policy-named-heads.txt (大力实施“五千工程” → PROGRAM).
 * Rejects quotes that modify the next noun (“双百企业”周监测调度 is PolicyNamedRule's or nothing), quotes after
 * other verbs (唱好“双城记”), places, five-year-plan eras (“十五五”), the non-policy list (“一把手工程”, principles like
 * “两个毫不动摇”), results achieved (实现“十连丰”, 实现“零的突破”: policy-outcome-words.txt) and quoted facilities
 * (升级“外商投资企业智慧服务云平台”: a project head or suffix ends it).
 * Example (seed line 10): 实现“免申即享”“直补快办”的稳岗就业政策 → “免申即享”, “直补快办”.
 */
export const PolicySloganRule = entityRule('policy.slogan', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const lex = policyLexicon(ctx.lexicon);
  const index = RegionIndex.of(ctx.lexicon);
  const out: Candidate[] = [];
  for (const run of text.matchAll(RUN)) {
    const end = run.index + run[0].length;
    if (!STANDALONE_AFTER.test(text.slice(end, end + 1))) continue;
    // the kind after a list's 等 says what the quotes are: places or facilities (“模速空间”、“模力社区”等创新生态示范区)
    // (a count of the items may come first: “基层报表数据只报一次”等35个省级重大应用)
    const kind = /^等(?:[\d一二三四五六七八九十两]+[个项家])?([\p{Script=Han}]{1,12}?)(?:建设)?(?=$|[，。；、,;])/u.exec(text.slice(end));
    if (kind && (PLACE_KIND.test(kind[1]) || [...projectLexicon(ctx.lexicon).facilityEnds, ...listedFacilityKinds(ctx.lexicon)].some((f) => kind[1].endsWith(f)))) continue;
    const before = text.slice(Math.max(0, run.index - VERB_WINDOW), run.index);
    const clause = before.slice(lastBreak(before) + 1);
    // (a development goal counted out is built: 加快建设“六个龙江”)
    const built = buildVerbs(ctx.lexicon).some((v) => clause.includes(v)) && [...run[0].matchAll(QUOTE)].every((q) => COUNTED_PARTS.test(q[1]));
    if (!verbs(ctx.lexicon).some((v) => clause.includes(v)) && !givenBy(ctx.lexicon, clause) && !built) continue;
    if (insideTitle(titleSpans(text), run.index, run.index + run[0].length)) continue;
    for (const q of run[0].matchAll(QUOTE)) {
      const inner = q[1];
      if (lex.nonPolicy.has(inner) || lex.eraSlogans.has(inner) || isOutcome(inner, outcomeWords(ctx.lexicon))) continue;
      if (projectLexicon(ctx.lexicon).facilityEnds.some((f) => inner.endsWith(f))) continue;
      if (index.gazetteer.find(inner).some((m) => m.start === 0 && m.end === inner.length)) continue;
      const i = run.index + q.index;
      out.push(spanCandidate(ctx, 'policy', rule, i, i + q[0].length, { name: inner, fields: { kind: sloganKind(inner, kindHeads(ctx.lexicon)) } }));
    }
  }
  return out;
});

/**
 * Whether the clause before the quotes ends in a body of agency-names.txt or its local form (市委“一号工程”): the
 * body that gives the programme stands for the verb that puts it in force.
 */
function givenBy(lexicon: Lexicon, clause: string): boolean {
  return agencyLexicon(lexicon).names.search(clause, { strategy: 'leftmost-longest' }).some((m) => m.end === clause.length);
}

function lastBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(s[i])) return i;
  return -1;
}
