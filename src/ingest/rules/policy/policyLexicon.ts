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
  /**
   * nouns that make a programme only right after its quote, after a short descriptor (“一件事一次办”集成服务); a
   * quote that itself ends in one is a slogan (“资源、客源、服务”), longest first
   */
  afterQuoteNouns: readonly string[];
  /** the after-quote nouns that make a programme only with nothing between (“五个中心”建设) */
  rightAfterQuoteNouns: readonly string[];
  /** prefixes of generic, unnamed policies (若干, 一批 …) */
  genericHeads: readonly string[];
  /** normalised titles and quoted names that are not policies */
  nonPolicy: ReadonlySet<string>;
  /** a regex alternation of the lead verbs, longest first (印发实施 before 印发) */
  leadVerbPattern: string;
  /** nouns that close an untitled name only with a count (政策: 城乡居民增收政策 is policies of a sort) */
  untitledGenericNouns: ReadonlySet<string>;
  /** verbs that end a quoted slogan's descriptor (“三类”指总体规划) */
  descriptorStops: readonly string[];
  /** five-year-plan eras (十五五): quoted with only a plan noun they name a period's plan, not a document */
  eraSlogans: ReadonlySet<string>;
  /** words after a quoted name's noun that make the noun a modifier (“全国一张清单”管理模式) */
  nounFollowers: readonly string[];
  /** words that end the qualifier before a quoted programme (实施 in 实施产业提质升级“1+9”行动), longest first */
  qualifierStops: readonly string[];
  /** facility words that end a project name (project-suffixes.txt): a qualifier ending in one names the site */
  facilityWords: readonly string[];
  /**
   * the named national policies of policy-names.txt: every name and short form, its kind, the name a short form stands
   * for, and the names flagged `alone`, `unqualified` or `built`
   */
  gazetteer: {
    pattern: RegExp;
    kinds: ReadonlyMap<string, string>;
    canonical: ReadonlyMap<string, string>;
    alone: ReadonlySet<string>;
    unqualified: ReadonlySet<string>;
    /** words after an `unqualified` name that make it a qualifier though jieba reads them as verbs (参保) */
    qualifiers: readonly string[];
    built: ReadonlySet<string>;
  };
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
export { escapeRegExp } from '../../lexicon/alternation';
import { alternation, alternationSource } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';

/**
 * Parses policy-nouns.txt (`noun|KIND`), policy-program-nouns.txt, policy-non-policy-titles.txt,
 * policy-generic-heads.txt, policy-lead-verbs.txt, policy-untitled-generic-nouns.txt, policy-descriptor-stops.txt,
 * policy-era-slogans.txt, policy-noun-followers.txt, policy-qualifier-stops.txt, policy-names.txt, policy-name-qualifiers.txt and the suffixes of project-suffixes.txt once per Lexicon object; rules call this on every passage.
 */
export const policyLexicon = perLexicon((lexicon: Lexicon): PolicyLexicon => {
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
    programNouns: programLines.filter((l) => l[1] !== 'after' && l[1] !== 'right').map((l) => l[0]).sort(byLengthDesc),
    listedProgramNouns: programLines.filter((l) => l[1] === 'listed').map((l) => l[0]).sort(byLengthDesc),
    afterQuoteNouns: programLines.filter((l) => l[1] === 'after' || l[1] === 'right').map((l) => l[0]).sort(byLengthDesc),
    rightAfterQuoteNouns: programLines.filter((l) => l[1] === 'right').map((l) => l[0]),
    genericHeads: lexicon.words('policy-generic-heads'),
    nonPolicy: new Set(lexicon.words('policy-non-policy-titles')),
    leadVerbPattern: alternationSource(lexicon.words('policy-lead-verbs')),
    untitledGenericNouns: new Set(lexicon.words('policy-untitled-generic-nouns')),
    descriptorStops: lexicon.words('policy-descriptor-stops'),
    eraSlogans: new Set(lexicon.words('policy-era-slogans')),
    nounFollowers: [...lexicon.words('policy-noun-followers')].sort(byLengthDesc),
    qualifierStops: [...lexicon.words('policy-qualifier-stops')].sort(byLengthDesc),
    facilityWords: lexicon.words('project-suffixes').map((line) => line.split('|')[0].trim()),
    gazetteer: nationalPolicies(lexicon, kinds),
  };
  return built;
});

const FLAGS = new Set(['alone', 'unqualified', 'built']);

/**
 * policy-names.txt (`name|KIND|flag|short form/short form`, flag `alone`, `unqualified` or `built`): a typo in a kind
 * or flag fails loudly, naming the line. A short form (中央生态环保督察) is matched like a name and stands for it.
 */
function nationalPolicies(lexicon: Lexicon, kindSet: ReadonlySet<string>): PolicyLexicon['gazetteer'] {
  const rows = lexicon.words('policy-names').map((line) => {
    const [name, kind, flag = '', short = ''] = line.split('|').map((s) => s.trim());
    if (!kindSet.has(kind)) throw new Error(`policy-names.txt: unknown kind ${kind} for ${name}`);
    if (flag !== '' && !FLAGS.has(flag)) throw new Error(`policy-names.txt: unknown flag ${flag} for ${name}`);
    return { name, kind, flag, shortForms: short ? short.split('/').map((s) => s.trim()) : [] };
  });
  const canonical = new Map(rows.flatMap((r) => [r.name, ...r.shortForms].map((surface) => [surface, r.name] as const)));
  const kinds = new Map(rows.flatMap((r) => [r.name, ...r.shortForms].map((surface) => [surface, r.kind] as const)));
  const flagged = (f: string) => new Set(rows.filter((r) => r.flag === f).flatMap((r) => [r.name, ...r.shortForms]));
  return {
    pattern: alternation([...kinds.keys()]),
    kinds,
    canonical,
    alone: flagged('alone'),
    unqualified: flagged('unqualified'),
    qualifiers: lexicon.words('policy-name-qualifiers'),
    built: flagged('built'),
  };
}
