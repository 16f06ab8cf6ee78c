import type { Candidate } from '../Rule';
import { projectLexicon, type ProjectLexicon, type ProjectSuffix } from './projectLexicon';
import { builtStatusAfter, projectStatus } from './projectStatus';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';
import { smallNumber } from '../../text/smallNumber';

// characters a project name is made of: CJK, Latin letters and digits (T3B, 1000千伏), the place dash and dot
const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z0-9—·]/;
const BRACKETED_WORD = /^[\u4e00-\u9fa5]{1,3}$/;
const CJK = /[\u4e00-\u9fa5]/;
// a section after the name: 重庆至黔江段, 重庆段, （安徽段）, 贵州重点建设区, 二期, 北延伸段, a canal's 西干线
export const SECTION = /^(?:[(（][\u4e00-\u9fa5]{2,3}段[)）]|[\u4e00-\u9fa5]{2,3}重点建设区|[\u4e00-\u9fa5]{1,6}至[\u4e00-\u9fa5]{1,6}段|[\u4e00-\u9fa5]{2,3}段|[一二三四五六七八九十\d]+期|[东西南北]?延伸段|[东西南北中]干线)/;
// a phase is its own project and joins the name (长春龙嘉机场三期 is not the airport that stands); a route section
// (段) stays out of it, so the line's sections gather on one node and the section lives in `fields.section`
const PHASE = /期$/;
// a quantity in the head means a count of projects (13个高速公路项目, 镇原4县高速), not a name
const QUANTITY = /[\d一二三四五六七八九十两]+[个座条家项处县]/;
const MAX_HEAD = 16;
const ORDER = /(?:首个|首座|首条|首批)/;
const SUPERLATIVE = /最[大长高深宽早]/;
// jieba's tags of the words that may follow a name: verbs, prepositions, adverbs, conjunctions
const CLOSING_TAGS = new Set(['v', 'vd', 'vi', 'p', 'd', 'c']);
// a conjunction joining two items (和若铁路's 和 after a 、 opens an item instead)
export const LIST_CONJUNCTION = /^[和及与]$/;
// an elided list shares the last suffix: 渝昆、成达万、渝万、成渝中线、渝西高速铁路; 延安东绕城、洛卢高速公路
const ELIDED = /^[\u4e00-\u9fa5]{2,6}$/;

function findHead(text: string, suffixStart: number, lex: ProjectLexicon, words: readonly Word[]): number {
  let i = suffixStart;
  while (i > 0 && suffixStart - i < MAX_HEAD) {
    const c = text[i - 1];
    if (c === '”') {
      // a quoted slogan can head a project: “疆电入渝”输电通道
      const open = text.lastIndexOf('“', i - 1);
      if (open < 0) break;
      i = open;
      continue;
    }
    // a bracketed word inside the name joins it (中欧（亚）班列: the trains to Europe and Central Asia, 8 of the 2026 reports)
    if (c === ')') {
      const open = text.lastIndexOf('(', i - 1);
      if (open < 0 || !BRACKETED_WORD.test(text.slice(open + 1, i - 1))) break;
      i = open;
      continue;
    }
    if (!NAME_CHAR.test(c)) break;
    // a double dash sets off an apposition, not a place pair (世界最长高速公路隧道——天山胜利隧道); one dash joins places
    if (c === '—' && text[i - 2] === '—') break;
    i--;
  }
  // a head cut at its longest starts at a word, not inside one (建设|海南—广东第三回500千伏交流线路工程)
  const cut = suffixStart - i >= MAX_HEAD ? words.find((w) => w.start < i && i < w.end) : undefined;
  if (cut) i = cut.end;
  // a lead verb jieba reads as a whole word opens the name (开展通用机场, 抓好延吉机场)
  // (unless nothing is left: 湘琼先进制造业共建产业园); an order word says where it ranks (全区首座4F级盛乐国际机场)
  const lead = words.filter((w) => w.start >= i && w.end <= suffixStart - 2 && lex.leadVerbs.has(w.text)).pop();
  if (lead) i = lead.end;
  const order = ORDER.exec(text.slice(i, suffixStart));
  if (order) i += order.index + order[0].length;
  // the name starts after the last stop word (加快成渝中线高铁 → 成渝中线高铁)
  let head = text.slice(i, suffixStart);
  for (let p = head.length - 1; p >= 0; p--) {
    const stop = lex.headStops.find((s) => head.startsWith(s, p));
    // (a stop that opens a longer word is no stop: 将 in 将军庙至淖毛湖铁路; nor is a conjunction that opens a list
    // item, since no 和 follows a 、: 和若铁路 in “西气东输”第四通道、和若铁路)
    if (stop && p === 0 && LIST_CONJUNCTION.test(stop) && text[i - 1] === '、') continue;
    if (stop && !words.some((w) => w.start === i + p && w.end > i + p + stop.length)) return i + p + stop.length;
  }
  // （含龙颈水库扩建）: 含 opens the text but not the name
  const opener = lex.headLeads.find((l) => head.startsWith(l) && head.length - l.length >= 2);
  return i + (opener?.length ?? 0);
}

/** One item of a shared-suffix list, the works on it written after its name included (京哈改扩建: works 改扩建). */
interface ListItem { start: number; end: number; works: string }

/**
 * The items of a 、-list ending at `end` (before its 等), each bounded like a head; nearest first; at most `limit`.
 * One 和 may join two of its items (长四辽通、敦牡和四梅集扩能等铁路项目), and an item may end in the works on it
 * (京哈改扩建、本桓宽、凌绥、台黑4条高速 → 京哈高速公路改扩建).
 */
function listBefore(text: string, end: number, lex: ProjectLexicon, words: readonly Word[], limit = Infinity): ListItem[] {
  const out: ListItem[] = [];
  // one 和 may join two items (京港澳和沪昆扩容、张官等17条高速公路); a second would join clauses
  let conjoined = false;
  for (let e = end; ; ) {
    const works = lex.bareWorks.find((w) => text.startsWith(w, e - w.length)) ?? '';
    const a = findHead(text, e - works.length, lex, words);
    const item = text.slice(a, e - works.length);
    if (!ELIDED.test(item) || !acceptableHead(item, lex)) break;
    out.push({ start: a, end: e, works });
    if (out.length === limit) break;
    // an item may carry its own verb (周至至乾县、改扩建西安至永寿等高速公路): the list goes on before it
    const verb = lex.headStops.find((st) => st.length > 1 && text.slice(0, a).endsWith(st) && text[a - st.length - 1] === '、');
    const before = a - (verb?.length ?? 0);
    const joined: boolean = !verb && !conjoined && LIST_CONJUNCTION.test(text[before - 1] ?? '');
    if (text[before - 1] !== '、' && !joined) break;
    conjoined ||= joined;
    e = before - 1;
  }
  return out;
}

// 等 and a count of the works listed before it
const COUNTED_KIND = /等[\d一二三四五六七八九十两]+[条个座项处]$/;
// a count of works right before their kind, with no 等: it sums up a list only when it is the number of its items
// (南山口、哇让、同德、德令哈4个抽水蓄能电站: 青海 2026)
const SUMMED_KIND = /(?<![\d一二三四五六七八九十两])([\d一二三四五六七八九十两]{1,2})[条个座项处]$/;

// jieba's tags of proper nouns: places, organisations, other names
const PROPER_NOUN = new Set(['nz', 'ns', 'nt', 'nr']);


/** The length of works without 工程/项目 at `e` (改扩建) when a built status follows at once, else 0. */
function bareWorksAt(text: string, e: number, lex: ProjectLexicon): number {
  const works = lex.bareWorks.find((w) => text.startsWith(w, e));
  if (!works) return 0;
  const after = e + works.length;
  return builtStatusAfter(text, after, lex) ? works.length : 0;
}

function nameEnd(text: string, e: number, lex: ProjectLexicon, words: readonly Word[], suffixStart: number): number | null {
  if (e >= text.length || !NAME_CHAR.test(text[e])) return e;
  if (lex.followers.some((f) => text.startsWith(f, e))) return e;
  // works on it (project-works-suffixes.txt, all closed by 工程 or 项目) close it too, whatever jieba makes of the
  // suffix (G98环岛高速/d 提/v 档扩容工程: 海南 2026)
  if (lex.worksSuffixes.some((w) => text.startsWith(w, e))) return e;
  // a status only works reach closes the name whatever jieba makes of the suffix (承平高速/d 全线通车), after an adverb
  // of how far too (湟水山水工程基本/n 完工: 青海 2026)
  if (builtStatusAfter(text, e, lex)) return e;
  // a verb or a preposition right after the suffix closes the name (花湖国际机场成为…, 北斗卫星导航系统在西藏…); a
  // noun runs it on (机场集团, 水库移民)
  const next = words.find((w) => w.start === e);
  // a one-character verb runs the name on (港口铁路通)
  if (!next || !CLOSING_TAGS.has(next.tag) || (next.text.length < 2 && next.tag !== 'p')) return null;
  const own = words.filter((w) => w.start >= suffixStart && w.end <= e);
  // the suffix must be words of its own, and no adverb (经济高速/d 增长)
  if (own.length > 0 && own[own.length - 1].end === e && own[0].start === suffixStart && own.every((w) => w.tag !== 'd')) return e;
  // or the whole name is one proper noun jieba knows (青藏铁路/nz 迈入…; not 保持高速/n 增长)
  if (words.some((w) => w.end === e && w.start < suffixStart && PROPER_NOUN.has(w.tag))) return e;
  return null;
}

// a voltage grades grid works but names none (500千伏输变电工程)
const VOLTAGE = /\d+千伏(?:及以上)?/g;
const GRADED_LIST = /等(\d+千伏)$/;

function acceptableHead(head: string, lex: ProjectLexicon): boolean {
  const named = head.replace(VOLTAGE, '');
  return (
    named.length >= 2 &&
    CJK.test(named) &&
    !QUANTITY.test(head) &&
    !lex.genericHeads.some((g) => head.startsWith(g)) &&
    !lex.headStops.some((s) => head === s)
  );
}

/**
 * Matches a named construction project: a proper-noun head followed by a suffix from project-suffixes.txt (渝昆高铁,
 * 中科曙光先进数据中心, 万州机场T2航站楼), with an optional section (渝湘高速铁路重庆至黔江段; a phase joins the name:
 * 商洛电厂二期) and works that follow (长沙机场改扩建工程, project-works-suffixes.txt), and expands an elided
 * list that shares one suffix (渝昆、成达万、渝西高速铁路 → 渝昆高铁, 成达万高铁, 渝西高铁; 周至至乾县、西安至永寿等高速公路
 * → two highways; with no 等, a count that is the number of the items: 南山口、哇让、同德、德令哈4个抽水蓄能电站 → four
 * stations). The status comes from the clause.
 * Rejects a suffix alone or after a verb (加快建设高速公路), generic heads (国家现代农业产业园, 新能源项目,
 * 劳动密集型产业园), counts (13个高速公路项目, 镇原4县高速), descriptions before a double dash (…隧道——天山胜利隧道
 * keeps only the name) and suffixes that run on into a longer word (大数据中心体系, 万州机场T2航站楼's 机场).
 * Example (seed line 13): 中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段 → two DATA_CENTER projects,
 * IN_OPERATION.
 */
export const ProjectSuffixRule = entityRule('project.suffix', 'project', (ctx, rule) => {
  const lex = projectLexicon(ctx.lexicon);
  const text = ctx.text;
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  const emit = (i: number, j: number, name: string, suffix: ProjectSuffix, section: string | null, statusFrom: number, statusTo: number): void => {
    const st = projectStatus(text, statusFrom, statusTo, lex);
    out.push(spanCandidate(ctx, 'project', rule, i, j, {
      name,
      fields: { kind: suffix.kind, status: st?.status ?? null, statusText: st?.statusText ?? null, section },
    }));
  };
  for (const m of lex.suffixes.search(text, { strategy: 'leftmost-longest' })) {
    let section = SECTION.exec(text.slice(m.end))?.[0] ?? null;
    let j = section ? nameEnd(text, m.end + section.length, lex, words, m.start) : null;
    if (j === null) {
      section = null;
      j = nameEnd(text, m.end, lex, words, m.start);
    }
    // finished works run on from the name however jieba reads them (燕官公路/提质/改造 提前建成通车)
    if (j === null && bareWorksAt(text, m.end, lex) > 0) j = m.end;
    if (j === null) continue;
    const suffix = m.data as ProjectSuffix;
    // a list closed by 等 shares the suffix: 开工周至至乾县、改扩建西安至永寿等高速公路 → two highways
    // (a count may stand between: 新昆楚大、临清等40条高速公路)
    const counted = COUNTED_KIND.exec(text.slice(Math.max(0, m.start - 8), m.start));
    // (or the voltage of the works listed: 川州二期等500千伏输变电工程, which joins each name)
    const graded = GRADED_LIST.exec(text.slice(Math.max(0, m.start - 12), m.start));
    const listEnd = text[m.start - 1] === '等' ? m.start - 1 : counted ? m.start - counted[0].length : graded ? m.start - graded[0].length : -1;
    if (suffix.elided && listEnd >= 0) {
      const grade = graded?.[1] ?? '';
      for (const it of listBefore(text, listEnd, lex, words)) emit(it.start, it.end, text.slice(it.start, it.end - it.works.length) + grade + suffix.canonical + it.works, suffix, null, it.start, m.end);
      continue;
    }
    const summed = suffix.elided ? SUMMED_KIND.exec(text.slice(Math.max(0, m.start - 4), m.start)) : null;
    if (summed) {
      const n = smallNumber(summed[1]) ?? 0;
      const items = n >= 2 ? listBefore(text, m.start - summed[0].length, lex, words, n) : [];
      // the count is the number of the items: the list must start at its n-th item
      if (n >= 2 && items.length === n && text[items[n - 1].start - 1] !== '、') {
        for (const it of items) emit(it.start, it.end, text.slice(it.start, it.end - it.works.length) + suffix.canonical + it.works, suffix, null, it.start, m.end);
        continue;
      }
    }
    let i = findHead(text, m.start, lex, words);
    // a superlative describes (亚洲最大专业货运机场): the name is what follows the described kind, or there is none
    const superlative = SUPERLATIVE.exec(text.slice(i, m.start));
    if (superlative) {
      const kinds = lex.suffixes.search(text.slice(i, m.start)).filter((k) => k.start > superlative.index);
      if (kinds.length === 0) continue;
      i += kinds[kinds.length - 1].end;
    }
    const head = text.slice(i, m.start);
    if (!acceptableHead(head, lex)) continue;
    const phase = section && PHASE.test(section) ? section : '';
    // 长沙机场改扩建工程: the works on the facility are the project
    const works = lex.worksSuffixes.find((w) => text.startsWith(w, j!) && nameEnd(text, j! + w.length, lex, words, j!) !== null)
      ?? text.slice(j, j + bareWorksAt(text, j, lex));
    j += works.length;
    // works on a section are that section's (沈海高速漳诏段扩容工程): the section stays in their name
    emit(i, j, head + suffix.canonical + (works && section ? section : phase) + works, suffix, section, i, j);
    // walk back over 、-separated short heads that share this suffix
    let k = i;
    while (suffix.elided && text[k - 1] === '、') {
      // the item runs back to a stop word (力争延安东绕城 → 延安东绕城) or the list's start, at most 6 characters
      const b = findHead(text, k - 1, lex, words);
      const token = text.slice(b, k - 1);
      // the token must be a whole list item: not the tail of a longer word or of 1号机组
      if (b > 0 && NAME_CHAR.test(text[b - 1]) && !lex.headStops.some((st) => text.slice(0, b).endsWith(st))) break;
      const ownSuffix = lex.suffixes.search(token).some((t) => t.end === token.length);
      if (ownSuffix || !ELIDED.test(token) || !acceptableHead(token, lex) || lex.headStops.some((s) => token.includes(s))) break;
      // an item that ends in a status is a clause of its own (天山胜利隧道贯通、乌尉高速全线通车)
      if (lex.statusWords.some((w) => token.endsWith(w.word))) break;
      // an item closed by a phase is a stage of works of its own (引汉济渭二期、宝鸡峡灌区, 推动机场三期、京滨城际)
      if (PHASE.test(token)) break;
      emit(b, k - 1, token + suffix.canonical, suffix, null, i, j);
      k = b;
    }
  }
  return out;
});
