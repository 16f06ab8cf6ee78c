import type { Candidate, EntityRule, PassageContext } from '../Rule';
import { describePolicy, policyFields, type PolicyDescription } from './describePolicy';
import { policyLexicon, type PolicyLexicon } from './policyLexicon';
import { PolicyKind } from './PolicyKind';
import { spanCandidate } from '../spanCandidate';

// one quoted slogan, or a run of them (“就在山城”“渝创渝新”), followed by what comes after, up to the clause end
const QUOTES = /(?:“[^“”《》]{1,40}”)+/g;
const QUOTE = /“([^“”]+)”/g;
// the descriptor stops at conjunctions and 的, which join a second thing (“白名单”制度和增量政策, “两个确立”的决定)
const DESCRIPTOR = /^(等)?([^\s\p{P}和及与的]{0,14})/u;
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
 * the longest noun there, then any noun chained after it (计划 + 目录 → 计划目录).
 */
function nounEnd(tail: string, lex: PolicyLexicon, programOnly: boolean): number {
  const nouns = [...(programOnly ? lex.listedProgramNouns : [...lex.nouns.map((n) => n.noun), ...lex.programNouns])].sort(
    (a, b) => b.length - a.length,
  );
  for (let p = 0; p < tail.length; p++) {
    let at = nouns.find((n) => tail.startsWith(n, p));
    if (!at) continue;
    let end = p + at.length;
    while (!programOnly && (at = lex.nouns.map((n) => n.noun).find((n) => tail.startsWith(n, end)))) end += at.length;
    return end;
  }
  return -1;
}

/**
 * Matches named measures and programmes in quotes: a quoted name that itself ends in a policy or programme noun
 * (“支持市场主体发展36条政策措施”, “健康中国重庆行动15+2专项行动”), a slogan followed by a short descriptor and a
 * noun (“满天星”行动计划, “提信心、稳增长、强主体”系列政策文件), and slogans listed before 等 + a programme noun
 * (“就在山城”“渝创渝新”等就业创业促进计划 → two programmes).
 * Rejects slogans with no noun (“免申即享”, “双城记”), counts (“十项行动”, “三张清单”), designations on the
 * non-policy list (“一号工程”), slogans before 等 + a policy noun (“技改贷”等支持政策: a loan product), and
 * quotes inside a 《》 title, which PolicyTitleRule owns.
 * Example (seed line 13): 实施软件和信息服务业“满天星”行动计划 → “满天星”行动计划, PROGRAM.
 */
export const PolicyQuotedRule: EntityRule = {
  name: 'policy.quoted',
  kind: 'policy',
  extract(ctx: PassageContext): Candidate[] {
    const lex = policyLexicon(ctx.lexicon);
    const text = ctx.text;
    const titles = [...text.matchAll(/《[^《》]*》/g)].map((m) => [m.index, m.index + m[0].length]);
    const found: Found[] = [];
    for (const run of text.matchAll(QUOTES)) {
      const runStart = run.index;
      const runEnd = runStart + run[0].length;
      if (titles.some(([a, b]) => runStart >= a && runEnd <= b)) continue;
      const quotes = [...run[0].matchAll(QUOTE)].map((q) => ({ i: runStart + q.index, j: runStart + q.index + q[0].length, inner: q[1] }));
      const desc = DESCRIPTOR.exec(text.slice(runEnd))!;
      const listed = desc[1] === '等';
      const end = nounEnd(desc[2], lex, listed);
      if (listed && end > 0 && quotes.length > 0) {
        // each listed slogan is its own programme; the descriptor is what kind of programme they are
        for (const q of quotes) {
          if (lex.nonPolicy.has(q.inner) || describePolicy(q.inner, lex, true)) continue;
          found.push({ i: q.i, j: q.j, name: `“${q.inner}”`, d: { kind: PolicyKind.PROGRAM, noun: '', yearRange: null, count: null, draft: false }, category: desc[2].slice(0, end) });
        }
        continue;
      }
      const last = quotes[quotes.length - 1];
      for (const q of quotes) {
        const d = describePolicy(q.inner, lex, true);
        if (usable(d)) found.push({ i: q.i, j: q.j, name: q.inner, d });
      }
      if (!listed && end > 0 && !describePolicy(last.inner, lex, true)) {
        const name = `“${last.inner}”${desc[2].slice(0, end)}`;
        const d = describePolicy(name, lex, true);
        if (usable(d) && !lex.nonPolicy.has(last.inner)) found.push({ i: last.i, j: runEnd + end, name, d });
      }
    }
    return found.map((f) => spanCandidate(ctx, 'policy', this.name, f.i, f.j, {
      name: f.name,
      fields: { ...policyFields(f.name, f.d), ...(f.category ? { category: f.category } : {}) },
    }));
  },
};
