import { perLexicon } from '../../lexicon/perLexicon';
import { nameStart } from '../../text/nameStart';
import { NATIONAL_DESIGNATION, placeTest } from '../common/namedHeads';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { nameStops } from '../nameStops';
import { namesOne } from './namesOne';
import { projectLexicon } from './projectLexicon';
import { builtStatusAt, projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';

const heads = perLexicon((lex) => {
  const kinds = new Set<string>(Object.values(ProjectKind));
  return lex.words('project-institution-heads').map((line) => {
    const [head, kind] = line.split('|').map((s) => s.trim());
    if (!kinds.has(kind)) throw new Error(`project-institution-heads.txt: unknown kind ${kind} for ${head}`);
    return { head, kind: kind as ProjectKind };
  }).sort((a, b) => b.head.length - a.head.length);
});
const buildVerbs = perLexicon((lex) => new Set(lex.words('project-institution-build-verbs')));
const grades = perLexicon((lex) => lex.words('project-institution-grades'));

const MAX_NAME = 16;
// what may follow the head when it ends the name: the clause's end, the next item of a list, a closing bracket
const NAME_END = /^(?:$|[，。；、,;:：！？!?）)]|和|及|与|等)/;
// being built, right after the name and ending the clause: 加快甘肃高等研究院建设, 崂山实验室加快建设; not a verb
// with its object (支持兰州大学建设中国特色世界一流大学)
const BUILDING_AFTER = /^(?:加快|选址)?建设(?:$|[，。；,;])/;
// a count before the head counts institutions of a kind (新建3所中学, 两所高校)
const COUNTED = /[\d一二三四五六七八九十两百千]+[所家个座批]/;
// the state's own designation says which one, though its other words are common (国家碳计量中心: 福建, 辽宁 2026);
// 国家 alone says none (国家实验室, a kind)
const designation = (modifier: string): boolean => NATIONAL_DESIGNATION.test(modifier) && modifier.length >= 4;
// a quoted initiative says which one (“一带一路”联合实验室: 海南 2026)
const QUOTED = /“[^”]+”/;
// what joins two items of one list
const LIST_JOIN = /^(?:、|和|及)$/;

/**
 * A named school, hospital, research institute or centre (project-institution-heads.txt) that the text builds: the
 * words right before it set it up (project-institution-build-verbs.txt: 筹建新疆中医药大学、新疆外国语大学 新疆 2026,
 * 建成玉树河湟中学 青海 2026, 培育人工智能陕西实验室 陕西 2026), or its works follow it (加快甘肃高等研究院建设 甘肃
 * 2026, 重庆昌都完全中学开工建设 西藏 2026: 建设 closing the clause, or a status word of project-status-words.json that
 * only works reach: 南港绿色石化科创中心投入运营 天津 2026). A later item of the list the verb opens is built too, and
 * so is the first item of a list the clause then builds (listCue). The name must say which one: a place, a proper noun
 * or a Latin name (namesOne.ts), a quoted initiative (“一带一路”联合实验室) or the state's designation (国家碳计量中心),
 * and hold no grade of project-institution-grades.txt, so 建设高水平大学, 新建省重点实验室 and 建设中国特色世界一流大学 stay
 * kinds, and no role of project-place-roles.txt (遵义省域副中心 is a place's role).
 * Where the institution acts (金凤实验室开局起势) AgencyNamedRule and AgencySuffixRule read it as an agency; on the
 * same span this reading wins (OverlapRefiner).
 * Rejects a head that goes on into a longer noun (大学科技园), counted institutions (新建3所中学) and names with no cue.
 */
export const ProjectInstitutionRule = entityRule('project.institution', 'project', (ctx, rule) => {
  const text = ctx.text;
  const hs = heads(ctx.lexicon);
  if (!hs.some((h) => text.includes(h.head))) return [];
  const lex = projectLexicon(ctx.lexicon);
  const verbs = buildVerbs(ctx.lexicon);
  const words = wordsOf(ctx);
  const isPlace = placeTest(ctx.lexicon);
  const stops = nameStops(ctx.lexicon);
  const out: Candidate[] = [];
  let listOpen = -1; // where the last built item ended
  for (let at = 0; at < text.length; at++) {
    const h = hs.find((x) => text.startsWith(x.head, at));
    if (!h) continue;
    const end = at + h.head.length;
    if (!NAME_END.test(text.slice(end, end + 1)) && !cueAfter(text, end, lex)) continue;
    let start = nameStart(text, words, at, { maxLength: MAX_NAME, stops });
    // a verb the walk took in opens the clause, not the name (培育人工智能陕西实验室)
    const lead = words.find((w) => w.start === start && w.end < at && (verbs.has(w.text) || lex.headStops.includes(w.text)));
    if (lead) start = lead.end;
    const modifier = text.slice(start, at);
    if ((modifier.match(/\p{Script=Han}/gu) ?? []).length < 2 || COUNTED.test(modifier) || !(designation(modifier) || QUOTED.test(modifier) || namesOne(modifier, start, words, isPlace))) continue;
    // a grade makes it a kind (中国特色世界一流大学, 卓越工程师学院), a role a place's (遵义省域副中心)
    if (grades(ctx.lexicon).some((g) => modifier.includes(g)) || lex.placeRoles.some((r) => text.slice(start, end).includes(r))) continue;
    const before = lead?.text ?? words.find((w) => w.end === start)?.text ?? '';
    const listed = listOpen >= 0 && LIST_JOIN.test(text.slice(listOpen, start));
    if (!verbs.has(before) && !listed && !cueAfter(text, end, lex) && !listCue(text, end, lex)) continue;
    const st = projectStatus(text, start, end, lex);
    out.push(spanCandidate(ctx, 'project', rule, start, end, {
      name: text.slice(start, end),
      fields: { kind: h.kind, status: st?.status ?? null, statusText: st?.statusText ?? null },
    }));
    listOpen = end;
    at = end - 1;
  }
  return out;
});

const LIST_BUILT = new Set(['STARTED', 'COMPLETED']);
// the end of the clause a list runs to
const CLAUSE_END = /[，。；,;]/;

/**
 * Whether the item ending at `end` opens a 、-list whose last item the clause then builds (加快香港STC青海实验室、天文
 * 望远镜数据采集与运维平台建设; 中山大学附属肿瘤医院甘肃医院、上海市第一人民医院酒泉医院建成投运).
 */
function listCue(text: string, end: number, lex: ReturnType<typeof projectLexicon>): boolean {
  if (text[end] !== '、') return false;
  let q = end + 1;
  while (q < text.length && !CLAUSE_END.test(text[q])) q++;
  for (let p = end + 2; p < q; p++) {
    if (!/\p{Script=Han}/u.test(text[p - 1])) continue;
    // built or being built, not merely running (…南昌实验室、赣南实验室等稳定运行: bodies that stand)
    if (BUILDING_AFTER.test(text.slice(p, p + 4)) || LIST_BUILT.has(builtStatusAt(text, p, lex)?.status ?? '')) return true;
  }
  return false;
}

/** Whether the words at `p` say the thing before it is being built or was built or opened. */
function cueAfter(text: string, p: number, lex: ReturnType<typeof projectLexicon>): boolean {
  return BUILDING_AFTER.test(text.slice(p, p + 4)) || builtStatusAt(text, p, lex) !== null;
}
