import AhoCorasick from 'modern-ahocorasick';
import type { Lexicon } from '../../lexicon/Lexicon';
import type { ProjectStatus } from '../../records/labels';
import { ProjectKind } from './ProjectKind';
import { perLexicon } from '../../lexicon/perLexicon';

export interface ProjectSuffix {
  kind: ProjectKind;
  /** the spelling used in the name (高速铁路 → 高铁) */
  canonical: string;
  /** whether a 、-list of short heads may share this suffix (渝昆、成达万、渝西高速铁路) */
  elided: boolean;
}

/** The project word lists of one lexicon, compiled once. */
export interface ProjectLexicon {
  suffixes: AhoCorasick<ProjectSuffix>;
  followers: readonly string[];
  headStops: readonly string[];
  /** the lead verbs of name-stops.txt, whole words only (开展, 抓好, 增强) */
  leadVerbs: ReadonlySet<string>;
  genericHeads: readonly string[];
  /** works on a facility that extend its name (改扩建工程), longest first */
  worksSuffixes: readonly string[];
  /** the same works without 工程/项目 (改扩建), which extend a name only when a built status follows, longest first */
  bareWorks: readonly string[];
  /**
   * the roles a place plays (project-place-roles.txt: 重要, 副中心, 区域性): a facility named with one is that role,
   * not one built thing
   */
  placeRoles: readonly string[];
  /** words stripped from the start of a head only (含: （含龙颈水库扩建）), longest first */
  headLeads: readonly string[];
  /** status words, longest first */
  statusWords: readonly { word: string; status: ProjectStatus }[];
  /** the soft heads and hard suffixes of built things (平台, 走廊, 林带, 数据中心 …): a quoted one names a facility */
  facilityEnds: readonly string[];
  /** the heads of institutions a government builds (医院, 中学, 研究院: project-institution-heads.txt) */
  institutionEnds: readonly string[];
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

/** Parses project-suffixes.txt (`suffix|KIND|canonical`), the follower, head-stop, generic-head, works-suffix
 * and head-lead lists, the lead verbs of name-stops.txt and
 * project-status-words.json once per Lexicon object, and compiles the suffixes into one Aho–Corasick matcher. */
export const projectLexicon = perLexicon((lexicon: Lexicon): ProjectLexicon => {
  const kinds = new Set<string>(Object.values(ProjectKind));
  const patterns = lexicon.words('project-suffixes').map((line) => {
    const [suffix, kind = 'OTHER', canonical, elided] = line.split('|').map((s) => s.trim());
    if (!kinds.has(kind)) throw new Error(`project-suffixes.txt: unknown kind ${kind} for ${suffix}`);
    return { pattern: suffix, data: { kind: kind as ProjectKind, canonical: canonical || suffix, elided: elided === 'elided' } };
  });
  const status = lexicon.data<Record<string, string[] | string>>('project-status-words');
  const statusWords = Object.entries(status)
    .filter((e): e is [string, string[]] => !e[0].startsWith('_') && Array.isArray(e[1]))
    .flatMap(([s, words]) => words.map((word) => ({ word, status: s as ProjectStatus })))
    .sort((a, b) => byLengthDesc(a.word, b.word));
  const built: ProjectLexicon = {
    suffixes: new AhoCorasick(patterns),
    followers: [...lexicon.words('project-followers')].sort(byLengthDesc),
    headStops: [...lexicon.words('project-head-stops')].sort(byLengthDesc),
    leadVerbs: new Set(lexicon.words('name-stops')),
    genericHeads: lexicon.words('project-generic-heads'),
    worksSuffixes: [...lexicon.words('project-works-suffixes')].sort(byLengthDesc),
    bareWorks: [...new Set(lexicon.words('project-works-suffixes').map((w) => w.replace(/(?:工程|项目)$/, '')))].sort(byLengthDesc),
    headLeads: [...lexicon.words('project-head-leads')].sort(byLengthDesc),
    placeRoles: lexicon.words('project-place-roles'),
    statusWords,
    facilityEnds: [...lexicon.words('project-named-heads'), ...lexicon.words('project-suffixes')].map((line) => line.split('|')[0].trim()),
    institutionEnds: lexicon.words('project-institution-heads').map((line) => line.split('|')[0].trim()),
  };
  return built;
});
