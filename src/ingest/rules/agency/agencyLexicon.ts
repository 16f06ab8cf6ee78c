import AhoCorasick from 'modern-ahocorasick';
import type { Lexicon } from '../../lexicon/Lexicon';
import { AgencyKind } from './AgencyKind';
import { perLexicon } from '../../lexicon/perLexicon';

export interface AgencyEntry {
  canonical: string;
  kind: AgencyKind;
  /** set for local forms (市政府): the level the report region must have, and the {region} template */
  level?: string;
  /** a local form that names the body only as the subject opening its clause (政府系统创建…) */
  subject?: boolean;
}

export interface AgencySuffix {
  kind: AgencyKind;
  /** characters that, right after the suffix, make it part of another word (部门, 局面) */
  notBefore: string;
  /** characters that, right before the suffix, make it another word (西部, 全部) */
  notAfter: string;
}

/** The agency word lists of one lexicon, compiled once. */
export interface AgencyLexicon {
  names: AhoCorasick<AgencyEntry>;
  suffixes: AhoCorasick<AgencySuffix>;
  /** the same suffixes as a list, longest first, to find the one a known name ends with (教育部 → 部) */
  suffixList: readonly (AgencySuffix & { suffix: string })[];
  prefixes: readonly string[];
  headStops: readonly string[];
  /** characters before a local form that make it part of another word (城市政府) */
  localNotAfter: string;
  /** words after a level-less local form that name its members, not the body (人大代表, 政协委员) */
  localMemberWords: readonly string[];
}

interface LocalForms {
  notAfter: string;
  memberWords?: string[];
  forms: { form: string; level: string; canonical: string; kind: string; subject?: boolean }[];
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

function checkKind(kind: string, where: string): AgencyKind {
  if (!(Object.values(AgencyKind) as string[]).includes(kind)) throw new Error(`${where}: unknown kind ${kind}`);
  return kind as AgencyKind;
}

/** Parses agency-names.txt (`canonical|KIND|alias…`), agency-local-forms.json, agency-suffixes.txt,
 * agency-head-prefixes.txt and agency-head-stops.txt once per Lexicon object. */
export const agencyLexicon = perLexicon((lexicon: Lexicon): AgencyLexicon => {
  const names = lexicon.words('agency-names').flatMap((line) => {
    const [canonical, kind, ...aliases] = line.split('|').map((s) => s.trim());
    const entry: AgencyEntry = { canonical, kind: checkKind(kind, `agency-names.txt ${canonical}`) };
    return [canonical, ...aliases].filter(Boolean).map((pattern) => ({ pattern, data: entry }));
  });
  const local = lexicon.data<LocalForms>('agency-local-forms');
  for (const f of local.forms) {
    names.push({ pattern: f.form, data: { canonical: f.canonical, kind: checkKind(f.kind, 'agency-local-forms.json'), level: f.level, ...(f.subject ? { subject: true } : {}) } });
  }
  const suffixes = lexicon.words('agency-suffixes').map((line) => {
    const [suffix, kind, notBefore = '', notAfter = ''] = line.split('|').map((s) => s.trim());
    return { pattern: suffix, data: { kind: checkKind(kind, `agency-suffixes.txt ${suffix}`), notBefore, notAfter } };
  });
  const built: AgencyLexicon = {
    names: new AhoCorasick(names),
    suffixes: new AhoCorasick(suffixes),
    suffixList: suffixes.map((s) => ({ suffix: s.pattern, ...s.data })).sort((a, b) => byLengthDesc(a.suffix, b.suffix)),
    prefixes: [...lexicon.words('agency-head-prefixes')].sort(byLengthDesc),
    headStops: [...lexicon.words('agency-head-stops')].sort(byLengthDesc),
    localNotAfter: local.notAfter,
    localMemberWords: local.memberWords ?? [],
  };
  return built;
});

/** a working conference on a field, right after the body that holds it: 农村工作会议, 经济工作会议 */
const WORK_CONFERENCE = /^[\u4e00-\u9fa5]{0,4}工作会议/;

/**
 * Whether the body named before `end` only names a conference it holds (落实市委农村工作会议精神, 中央经济工作会议,
 * 自治区党委经济工作会议): the body is part of the event's name, and conferences are no agencies. The seed's
 * annotators leave 市委 unmarked there and mark it where the committee acts (市委工作安排).
 */
export function namesConference(text: string, end: number): boolean {
  return WORK_CONFERENCE.test(text.slice(end, end + 8));
}
