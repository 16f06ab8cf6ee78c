import type { Candidate } from '../Rule';
import { agencyLexicon, namesConference, type AgencyEntry } from './agencyLexicon';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import type { PassageContext } from '../Rule';
import { wordsOf } from '../wordsOf';

/**
 * Matches known agencies from agency-names.txt by canonical name or alias, leftmost-longest (国务院国资委, not
 * 国务院), and the short local forms of agency-local-forms.json, resolved against the report's region: in a
 * Chongqing report 市政府 is 重庆市人民政府 and 市委 is 中共重庆市委员会. Without a region, or when the region's level
 * differs (市政府 in a 省 report), the local form is kept as written.
 * Rejects a local form glued to a word before it (城市政府 is not 市政府), and a name whose suffix runs on into a
 * longer word by the suffix's own rule in agency-suffixes.txt: 省级教育部门 (湖南 2026) is "education departments",
 * not 教育部, as 部门 is never the suffix 部.
 * A party committee's local form followed by 、政府 names the same level's government too (自治区党委、政府制定…: 宁夏 2026),
 * and a congress's followed by 及其常委会 its standing committee (接受市人大及其常委会的监督: 天津 2026).
 * A body before a working conference it holds (市委农村工作会议) is part of the event's name (namesConference).
 * A level-less form followed by a word for its members (人大代表, 政协委员) names persons, not the body, and one that
 * a word's end cuts is pieces of two (资助残疾人大学生: 残疾人/大学生).
 * A form marked `subject` (政府系统) is the body only as the subject opening its clause, a verb after it (政府系统创建
 * “五个纳入”决策机制, 政府系统牢牢把握…: 宁夏 2026); 推进政府系统党风廉政建设 names the scope of a task.
 * Example (seed line 3): 受市政府委托 → 重庆市人民政府, GOVERNMENT.
 */
const CLAUSE_OPENING = /[，。；：！？,;:!?\n]/;

/** Whether the words after `end` open with a verb, past adverbs (政府系统牢牢把握): the mention before is the subject. */
function verbAfter(ctx: PassageContext, end: number): boolean {
  for (const w of wordsOf(ctx).filter((x) => x.start >= end)) {
    if (w.tag === 'd' || w.tag === 'ad') continue;
    return w.tag.startsWith('v');
  }
  return false;
}

/** the same level's government after its party committee, the level left out: 自治区党委、政府制定… */
const ELIDED_GOVERNMENT = '、政府';
/** a congress's standing committee after it, by its short name: 接受市人大及其常委会的监督 (33 times, 2026 reports) */
const ITS_STANDING_COMMITTEE = '及其常委会';
const STANDING_COMMITTEE = '常委会';
/** what may open a local form's full written name before the report's own place: 中共湖南省委 */
const PARTY_PREFIX = '中共';
/** 2026年山东省政府工作报告 is the genre's title, place + 政府工作报告: the place is the mention, no acting body */
const REPORT_TITLE = '工作报告';

/**
 * Where a local form's written name starts when the report's own place stands before it (湖南省委, 中共湖南省委,
 * 宁夏回族自治区党委): the place is part of the body's name, not a mention of its own.
 */
function ownNameStart(text: string, start: number, form: string, level: string, region: string): number {
  if (!form.startsWith(level)) return start;
  const stem = region.slice(0, region.length - level.length);
  if (!stem || !text.endsWith(stem, start)) return start;
  const at = start - stem.length;
  return text.endsWith(PARTY_PREFIX, at) ? at - PARTY_PREFIX.length : at;
}

export const AgencyGazetteerRule = entityRule('agency.gazetteer', 'agency', (ctx, rule) => {
  const lex = agencyLexicon(ctx.lexicon);
  const region = ctx.report.region;
  const out: Candidate[] = [];
  for (const m of lex.names.search(ctx.text, { strategy: 'leftmost-longest' })) {
    const entry = m.data as AgencyEntry;
    const suffix = lex.suffixList.find((s) => m.pattern.endsWith(s.suffix));
    if (suffix && m.end < ctx.text.length && suffix.notBefore.includes(ctx.text[m.end])) continue;
    if (namesConference(ctx.text, m.end)) continue;
    let name = entry.canonical;
    let start = m.start;
    if (entry.level !== undefined) {
      if (ctx.text.startsWith(REPORT_TITLE, m.end)) continue;
      const own = region && region.endsWith(entry.level) && entry.level ? ownNameStart(ctx.text, m.start, m.pattern, entry.level, region) : m.start;
      if (own === m.start && m.start > 0 && lex.localNotAfter.includes(ctx.text[m.start - 1])) continue;
      start = own;
      // 向人大代表、政协委员: the members, persons; 省人大代表建议 keeps the level and names the body
      if (entry.level === '' && lex.localMemberWords.some((w) => ctx.text.startsWith(w, m.end))) continue;
      // a level-less form cut by a word's end is pieces of two words: 人大 of 资助残疾人大学生 (山西 2026); 人民政协
      // holds it whole
      if (entry.level === '' && wordsOf(ctx).some((w) => w.start < m.start && m.start < w.end && w.end < m.end)) continue;
      if (entry.subject && ((m.start > 0 && !CLAUSE_OPENING.test(ctx.text[m.start - 1])) || !verbAfter(ctx, m.end))) continue;
      name = region && region.endsWith(entry.level) ? entry.canonical.replace('{region}', region) : m.pattern;
    }
    out.push(spanCandidate(ctx, 'agency', rule, start, m.end, {
      name,
      fields: { kind: entry.kind },
    }));
    // 市人大及其常委会: the congress and its standing committee, two bodies
    if (entry.level !== undefined && entry.kind === 'LEGISLATURE' && ctx.text.startsWith(ITS_STANDING_COMMITTEE, m.end)) {
      const at = m.end + ITS_STANDING_COMMITTEE.length - STANDING_COMMITTEE.length;
      const committee = region && region.endsWith(entry.level) ? `${region}人大常委会` : `${m.pattern}${STANDING_COMMITTEE}`;
      out.push(spanCandidate(ctx, 'agency', rule, at, at + STANDING_COMMITTEE.length, { name: committee, fields: { kind: 'LEGISLATURE' } }));
    }
    // 自治区党委、政府: the government listed after its party committee drops the level both share
    if (entry.level && entry.kind === 'PARTY' && ctx.text.startsWith(ELIDED_GOVERNMENT, m.end)) {
      const at = m.end + 1;
      const government = region && region.endsWith(entry.level) ? `${region}人民政府` : `${entry.level}政府`;
      out.push(spanCandidate(ctx, 'agency', rule, at, at + 2, { name: government, fields: { kind: 'GOVERNMENT' } }));
    }
  }
  return out;
});
