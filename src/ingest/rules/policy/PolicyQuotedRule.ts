import { projectLexicon } from '../project/projectLexicon';
import { measuredWorksAt, quotedWorksAt } from '../project/projectStatus';
import { describePolicy, policyFields, type PolicyDescription } from './describePolicy';
import { policyLexicon, type PolicyLexicon } from './policyLexicon';
import { PolicyKind } from './PolicyKind';
import { qualifierStart } from './policyQualifier';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { insideTitle, titleSpans } from '../../text/titleSpans';

// one quoted slogan, or a run of them (“就在山城”“渝创渝新”, “免证办”“全程网办”和“全省通办”, “湘商回归”、“校友回湘”),
// followed by what comes after, up to the clause end
const QUOTES = /“[^“”《》]{1,40}”(?:[、和及与]?“[^“”《》]{1,40}”)*/g;
const QUOTE = /“([^“”]+)”/g;
// the descriptor stops at conjunctions, 的 and a list's 等, which join a second thing (“白名单”制度和增量政策,
// “两个确立”的决定, “三北”六期等重大生态工程)
const DESCRIPTOR = /^(等)?([^\s\p{P}和及与的等]{0,14})/u;
// a count right before the quotes counts things the slogan classifies: 建成20个高速公路“开口子”工程 (works), 新增46家
// 高新技术“精英行动”企业 (firms); the programme itself is not what the sentence is about. 项 and 条 count documents
// and stay: 制定11大类36项“提信心、稳增长、强主体”系列政策文件 (seed line 8)
const COUNTED = /[\d一二三四五六七八九十百千两]+[个家座处][^\s\p{P}]{0,6}$/u;
// how far after “…”建设 a programme noun makes the building its qualifier: “双一流”建设突破计划
const QUALIFIED_WITHIN = 6;
// a facility's heads and suffixes (projectLexicon's facilityEnds) and 项目, which ends too many phrases to be one
const PROJECT = '项目';
const GLOSS = /\([^()“”]*\)”/g;
// how long the descriptor before an after-quote noun may be: “一刻钟”居家养老服务, not “…”为抓手优化政务服务
const MAX_AFTER_DESCRIPTOR = 4;
// the programme noun that also names physical works (“…”工程): with a built status right after, it is a project
const WORKS = '工程';
// a slogan is never the name of a statute: “九五”普法, “鲁执法”, “六尺巷工作法” end in 法 but are campaigns or methods
const usable = (d: PolicyDescription | null): d is PolicyDescription => d !== null && d.kind !== PolicyKind.LAW;

interface Found {
  i: number;
  j: number;
  name: string;
  d: PolicyDescription;
  category?: string;
}

/**
 * The shortest noun ending inside `tail`: the earliest position where a policy or programme noun starts, then
 * the longest noun there, then any noun chained after or overlapping it (计划 + 目录 → 计划目录).
 */
function nounEnd(tail: string, lex: PolicyLexicon, programOnly: boolean): number {
  const nouns = [...(programOnly ? lex.listedProgramNouns : [...lex.nouns.map((n) => n.noun), ...lex.programNouns, ...lex.afterQuoteNouns])].sort(
    (a, b) => b.length - a.length,
  );
  for (let p = 0; p < tail.length; p++) {
    let at = nouns.find((n) => tail.startsWith(n, p));
    if (!at) continue;
    // a noun that names a programme only right after the quote: a short descriptor at most (集成服务, 居家养老服务)
    // (a noun that must stand right after it is passed over further on: “三能”机制改革攻坚专项行动 reads on to 专项行动)
    if (!programOnly && lex.rightAfterQuoteNouns.includes(at) && p > 0) continue;
    if (!programOnly && lex.afterQuoteNouns.includes(at) && p > MAX_AFTER_DESCRIPTOR) return -1;
    // a building that only qualifies the plan after it is no name of its own: “双一流”建设突破计划 is the plan
    const qualifies = (n: string) => lex.programNouns.some((x) => tail.slice(p + n.length, p + n.length + QUALIFIED_WITHIN).includes(x));
    if (lex.rightAfterQuoteNouns.includes(at) && qualifies(at)) continue;
    let end = p + at.length;
    if (programOnly) return end;
    // chain nouns that start at the end (计划 + 目录) or overlap it (支持政策 + 政策体系 → 支持政策体系)
    const policyNouns = lex.nouns.map((n) => n.noun);
    for (let grown = true; grown; ) {
      grown = false;
      for (let q = p + 1; q <= end && !grown; q++) {
        const next = policyNouns.find((n) => tail.startsWith(n, q) && q + n.length > end);
        if (next) {
          end = q + next.length;
          grown = true;
        }
      }
    }
    return end;
  }
  return -1;
}

/** The descriptor cut at the first verb of policy-descriptor-stops.txt: “三类”指总体规划 → “三类” with no noun. */
function cutAtStop(desc: string, lex: PolicyLexicon): string {
  let cut = desc.length;
  for (const stop of lex.descriptorStops) {
    const at = desc.indexOf(stop);
    if (at >= 0 && at < cut) cut = at;
  }
  return desc.slice(0, cut);
}

/** What stands before the policy and programme nouns that end `descriptor`: 碳达峰行动方案 → 碳达峰, 规划纲要 → ''. */
function headOf(descriptor: string, lex: PolicyLexicon): string {
  const nouns = [...lex.nouns.map((n) => n.noun), ...lex.programNouns];
  let head = descriptor;
  for (let n = nouns.find((x) => head.endsWith(x)); n && head.length > 0; n = nouns.find((x) => head.endsWith(x))) {
    head = head.slice(0, head.length - n.length);
  }
  return head;
}

/**
 * Whether an era slogan (“十五五”) with this descriptor only refers to the period's plan: the descriptor is plan
 * nouns alone (规划, 规划纲要, 规划建议) or a generic head before them (专项规划).
 */
function eraReference(slogan: string, descriptor: string, lex: PolicyLexicon): boolean {
  if (!lex.eraSlogans.has(slogan)) return false;
  const head = headOf(descriptor, lex);
  return head === '' || lex.genericHeads.some((g) => head.startsWith(g));
}

/**
 * Matches named measures and programmes in quotes: a quoted name that itself ends in a policy or programme noun
 * (“支持市场主体发展36条政策措施”, “健康中国重庆行动15+2专项行动”), a slogan followed by a short descriptor and a
 * noun (“满天星”行动计划, “提信心、稳增长、强主体”系列政策文件), and slogans listed before 等 + a programme noun
 * (“就在山城”“渝创渝新”等就业创业促进计划 → two programmes).
 * Rejects slogans with no noun (“免申即享”, “双城记”), counts (“十项行动”, “三张清单”), designations on the
 * non-policy list (“一号工程”), slogans before 等 + a policy noun (“技改贷”等支持政策: a loan product), quotes
 * inside a 《》 title, which PolicyTitleRule owns, descriptors cut by a verb (“三类”指总体规划), a noun that only
 * modifies a larger head (“全国一张清单”管理模式: policy-noun-followers.txt), counted things (建成20个高速公路“开口子”
 * 工程), a five-year-plan era with only a plan noun (“十五五”规划: policy-era-slogans.txt) and quoted 工程 that
 * were started, built or put into service (“大电网建设+微电网改造”工程建成投运: ProjectQuotedWorksRule's).
 * A single quote keeps the noun phrase right before it that qualifies it, bounded by a lead verb of
 * policy-qualifier-stops.txt (policyQualifier.ts): 实施产业提质升级“1+9”行动 → 产业提质升级“1+9”行动.
 * Several quotes run together or joined by 、 and 和 before one noun are one policy each (“两重”“两新”政策 → “两重”政策,
 * “两新”政策; “一网通查”和“全网通办”服务: the earlier quote is its own mention).
 * Example (seed line 13): 实施软件和信息服务业“满天星”行动计划 → “满天星”行动计划, PROGRAM (和 leaves the qualifier out).
 */
export const PolicyQuotedRule = entityRule('policy.quoted', 'policy', (ctx, rule) => {
  const lex = policyLexicon(ctx.lexicon);
  const text = ctx.text;
  const titles = titleSpans(text);
  const found: Found[] = [];
  const wordEnds = new Set(wordsOf(ctx).map((w) => w.end));
  for (const run of text.matchAll(QUOTES)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    if (insideTitle(titles, runStart, runEnd)) continue;
    const counted = COUNTED.test(text.slice(Math.max(0, runStart - 12), runStart));
    const modifies = (at: number): boolean => lex.nounFollowers.some((f) => text.startsWith(f, at));
    const quotes = [...run[0].matchAll(QUOTE)].map((q) => ({ i: runStart + q.index, j: runStart + q.index + q[0].length, inner: q[1] }));
    const desc = DESCRIPTOR.exec(text.slice(runEnd))!;
    const listed = desc[1] === '等';
    const descriptor = cutAtStop(desc[2], lex);
    const end = nounEnd(descriptor, lex, listed);
    if (listed && end > 0 && quotes.length > 0) {
      // each listed slogan is its own programme; the descriptor is what kind of programme they are
      for (const q of quotes) {
        if (lex.nonPolicy.has(q.inner) || describePolicy(q.inner, lex, true, true)) continue;
        found.push({ i: q.i, j: q.j, name: `“${q.inner}”`, d: { kind: PolicyKind.PROGRAM, noun: '', yearRange: null, count: null, draft: false }, category: descriptor.slice(0, end) });
      }
      continue;
    }
    const last = quotes[quotes.length - 1];
    // a single quote keeps the noun phrase that qualifies it: 住房“以旧换新”政策 is not the consumer-goods one
    const qi = quotes.length === 1 ? qualifierStart(text, runStart, lex) : runStart;
    const qualifier = text.slice(qi, runStart);
    for (const q of quotes) {
      const d = describePolicy(q.inner, lex, true, true);
      if (!usable(d) || counted || modifies(q.j)) continue;
      found.push(qualifier ? { i: qi, j: q.j, name: `${qualifier}“${q.inner}”`, d } : { i: q.i, j: q.j, name: q.inner, d });
    }
    // the noun must end a word: 服务 of 就业服务站 only modifies the station (“家门口”就业服务站, a project)
    const wordEnd = end > 0 && wordEnds.has(runEnd + end);
    if (!listed && end > 0 && wordEnd && !describePolicy(last.inner, lex, true, true)) {
      const name = `${qualifier}“${last.inner}”${descriptor.slice(0, end)}`;
      const d = describePolicy(name, lex, true);
      const noun = descriptor.slice(0, end);
      // a counted slogan with a bare noun is the counted things; with a subject it names the programme they join
      // (6676家企业参与“万企兴万村”甘肃行动)
      // “…”工程建成投运: works that were built are a project (ProjectQuotedWorksRule), not a programme
      // and so are works whose building is measured in land (“三北”工程建设10万亩), under construction or in phases
      const built = noun === WORKS && (quotedWorksAt(text, runEnd + end, projectLexicon(ctx.lexicon)) !== undefined || measuredWorksAt(text, runEnd + end));
      // building a facility the slogan names is the facility's works (“台胞寻根平台”建设, “两岸青山·千里林带”建设)
      // and building a national policy of policy-names.txt is that policy (“两重”建设: PolicyGazetteerRule's “两重”)
      const right = lex.rightAfterQuoteNouns.includes(noun);
      const facility = right && ([...projectLexicon(ctx.lexicon).facilityEnds, PROJECT].some((h) => last.inner.endsWith(h)) || lex.gazetteer.kinds.has(last.inner));
      const ok = usable(d) && !built && !facility && !lex.nonPolicy.has(last.inner) && !modifies(runEnd + end) && !eraReference(last.inner, noun, lex) && !(counted && headOf(noun, lex) === '');
      if (ok) found.push({ i: qualifier ? qi : last.i, j: runEnd + end, name, d });
      // several quoted names on one head are several policies: “百团千企”“渝企出海”行动计划 is two; each earlier
      // quote is its own mention, named with the shared noun
      // across a 、 or 和 only a programme's noun is shared: building (建设) is the last item's own (“高效办成一件事”、
      // “数据最多采一次”、“无证明省份”建设等改革)
      if (ok && !qualifier && !(/”[、和及与]“/.test(run[0]) && noun === '建设')) {
        for (const q of quotes.slice(0, -1)) {
          // a national policy of policy-names.txt keeps its one name (“两重”: PolicyGazetteerRule's)
          if (lex.nonPolicy.has(q.inner) || lex.gazetteer.kinds.has(q.inner) || describePolicy(q.inner, lex, true, true) || eraReference(q.inner, noun, lex)) continue;
          const own = `“${q.inner}”${noun}`;
          const dq = describePolicy(own, lex, true);
          if (usable(dq)) found.push({ i: q.i, j: q.j, name: own, d: dq });
        }
      }
    }
  }
  return found.map((f) => {
    // a gloss in brackets inside the quote explains the name, it is not part of it: “113(至少1次政策宣传、…)”就业服务
    const name = f.name.replace(GLOSS, '”');
    return spanCandidate(ctx, 'policy', rule, f.i, f.j, {
      name,
      fields: { ...policyFields(name, f.d), ...(f.category ? { category: f.category } : {}) },
    });
  });
});
