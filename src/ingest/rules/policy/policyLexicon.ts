import type { Lexicon } from '../../lexicon/Lexicon';
import { PolicyKind } from './PolicyKind';

/** The policy word lists of one lexicon, parsed once. */
export interface PolicyLexicon {
  /** policy nouns, longest first, so the first noun a title ends with is the most specific one */
  nouns: readonly { noun: string; kind: PolicyKind }[];
  /** programme nouns (行动, 工程 …), longest first */
  programNouns: readonly string[];
  /** programme nouns that may follow a list of slogans and 等 */
  listedProgramNouns: readonly string[];
  /** prefixes of generic, unnamed policies (若干, 一批 …) */
  genericHeads: readonly string[];
  /** normalised titles and quoted names that are not policies */
  nonPolicy: ReadonlySet<string>;
  /** a regex alternation of the lead verbs, longest first (印发实施 before 印发) */
  leadVerbPattern: string;
}

const cache = new WeakMap<Lexicon, PolicyLexicon>();
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Parses policy-nouns.txt (`noun|KIND`), policy-program-nouns.txt, policy-non-policy-titles.txt,
 * policy-generic-heads.txt and policy-lead-verbs.txt once per Lexicon object; rules call this on every passage.
 */
export function policyLexicon(lexicon: Lexicon): PolicyLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const kinds = new Set<string>(Object.values(PolicyKind));
  const nouns = lexicon.words('policy-nouns').map((line) => {
    const [noun, kind = 'DOCUMENT'] = line.split('|').map((s) => s.trim());
    // a typo in the data file must fail loudly, not silently become DOCUMENT
    if (!kinds.has(kind)) throw new Error(`policy-nouns.txt: unknown kind ${kind} for ${noun}`);
    return { noun, kind: kind as PolicyKind };
  });
  nouns.sort((a, b) => byLengthDesc(a.noun, b.noun));
  const programLines = lexicon.words('policy-program-nouns').map((line) => line.split('|').map((s) => s.trim()));
  const built: PolicyLexicon = {
    nouns,
    programNouns: programLines.map((l) => l[0]).sort(byLengthDesc),
    listedProgramNouns: programLines.filter((l) => l[1] === 'listed').map((l) => l[0]).sort(byLengthDesc),
    genericHeads: lexicon.words('policy-generic-heads'),
    nonPolicy: new Set(lexicon.words('policy-non-policy-titles')),
    leadVerbPattern: [...lexicon.words('policy-lead-verbs')].sort(byLengthDesc).map(escapeRegExp).join('|'),
  };
  cache.set(lexicon, built);
  return built;
}
