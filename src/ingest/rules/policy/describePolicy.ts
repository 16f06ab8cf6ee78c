import type { PropertyValue } from '../../records/types';
import { PolicyKind } from './PolicyKind';
import type { PolicyLexicon } from './policyLexicon';
import { smallNumber } from '../../text/smallNumber';

/** What a policy name says about itself: its kind (from the final noun), year range, draft status and 条 count. */
export interface PolicyDescription {
  kind: PolicyKind;
  /** the noun that decided the kind */
  noun: string;
  /** "2023—2027" when the name ends in a (2023—2027年) range */
  yearRange: string | null;
  /** 36 in 支持市场主体发展36条政策措施 */
  count: number | null;
  draft: boolean;
}

const YEAR_RANGE = /^(\d{4})\s*[—–\-~至]+\s*(\d{4})年?$/;
// draft and trial markers sit after the noun: 《…规划纲要(草案)》, 《…纲要草案》, 《…办法(试行)》
const TRAILING_MARKER = /(?:\(([^()]*)\)|(草案|试行|征求意见稿))$/;
const DRAFT = /草案|试行|征求意见稿/;
// a head made only of a count names no policy: “十项行动”, “三张清单”, 《建议》 (empty head)
const COUNT_ONLY_HEAD = /^[一二三四五六七八九十百千万两\d]*[项张个大类重条号批]?$/;
const COUNT_LED = /^[\d一二三四五六七八九十两]+[项条个]/;

/**
 * Describes a normalised policy name, or returns null when it does not end in a policy noun (or, with
 * `allowProgram`, a programme noun), when it is on the non-policy list, or when its head is a bare count (or,
 * unless the name is `quoted`, begins with one).
 * Example: 重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年) → PLAN, 行动方案, yearRange 2023—2027.
 */
export function describePolicy(
  name: string,
  lex: PolicyLexicon,
  allowProgram = false,
  quoted = false,
): PolicyDescription | null {
  if (lex.nonPolicy.has(name) || lex.genericHeads.some((g) => name.startsWith(g))) return null;
  let core = name;
  let yearRange: string | null = null;
  let draft = false;
  for (let m = TRAILING_MARKER.exec(core); m; m = TRAILING_MARKER.exec(core)) {
    const marker = m[1] ?? m[2];
    const years = YEAR_RANGE.exec(marker.trim());
    if (years) yearRange = `${years[1]}—${years[2]}`;
    else if (DRAFT.test(marker)) draft = true;
    core = core.slice(0, m.index);
  }
  if (lex.nonPolicy.has(core)) return null;
  // a title may close on a quoted nickname: 《重庆市先进制造业发展“渝西跨越计划”(2023—2027年)》
  if (core.endsWith('”') && !core.startsWith('“')) core = core.slice(0, -1);
  const policyNoun = lex.nouns.find((n) => core.endsWith(n.noun));
  // an after-quote noun (服务) names a programme only after a closing quote within a few characters
  const quoteEnd = core.lastIndexOf('”');
  const afterQuote = quoteEnd < 0 ? undefined : lex.afterQuoteNouns.find((n) => core.endsWith(n) && quoteEnd >= core.length - n.length - 5);
  const programNoun = allowProgram ? (lex.programNouns.find((n) => core.endsWith(n)) ?? afterQuote) : undefined;
  // the longer noun decides: “满天星”行动计划 is a programme noun match, “两新”政策 a policy noun match
  const useProgram = programNoun !== undefined && (!policyNoun || programNoun.length >= policyNoun.noun.length);
  const noun = useProgram ? programNoun : policyNoun?.noun;
  if (noun === undefined) return null;
  const head = core.slice(0, core.length - noun.length);
  // a bare count (十项行动) or a count-led name (20条具体举措, 69项支持政策) is a quantity, not a title; inside quotes a
  // count before a descriptor is part of the name the quotes mark (“七项惠民行动”, 青海 2026)
  if (COUNT_ONLY_HEAD.test(head) || (COUNT_LED.test(core) && !quoted)) return null;
  const count = /([0-9]+|[一二两三四五六七八九十]+)条/.exec(core);
  return {
    kind: useProgram ? PolicyKind.PROGRAM : policyNoun!.kind,
    noun,
    yearRange,
    count: count ? smallNumber(count[1]) : null,
    draft,
  };
}

/** The fields every policy candidate carries, so the graph sees one shape whatever rule found it. */
export function policyFields(title: string, d: PolicyDescription): Record<string, PropertyValue> {
  return { kind: d.kind, title, yearRange: d.yearRange, count: d.count, draft: d.draft };
}
