import type { Word } from './segment';
import { footnoteMarkBefore } from './footnoteMarks';

// what a name is made of: CJK, Latin letters and digits (T3B, 5G), the middle dot and dash of joint names
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9·—+]/u;
// jieba tags that never sit inside a name: conjunctions, prepositions, particles, adverbs, pronouns, interjections
// (not zg, the bare morphemes jieba leaves over, which stand inside names: 失能失智老人照护体系, 促农增收行动, 省市县乡村)
const STOP_TAGS = new Set(['c', 'p', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'd', 'r', 'y', 'e', 'o']);
// a bracketed part of a name is short and plain: 合江·江津(珞璜)产业合作示范园区
const BRACKETED = /^[\p{Script=Han}A-Za-z0-9·]{1,8}$/u;
const MAX_QUOTE = 24;
const RESULTATIVE = /^\p{Script=Han}{2}[出到]$/u;
const NATIONAL = '国家';
const ENUMERATOR = /^[一二三四五六七八九十\d]+$/;
const JOINERS = '—·';
const RATE_BEFORE = /\d\p{Script=Han}{1,3}$/u;
const RATE_AFTER = /^[年日天时]$/u;

export interface NameStartOptions {
  /** the longest name before its head, in characters */
  maxLength: number;
  /** whole words that end the walk: lead verbs (实施, 推进, 打好 …) and scope words */
  stops: ReadonlySet<string>;
  /** compounds a stop opens that stand inside a name when a word of the name precedes them (高质量发展) */
  compounds?: readonly string[];
}

/**
 * Where the name that ends in the head at `headStart` begins: walks left over the words of the passage (jieba, so a
 * stop is only ever a whole word) until punctuation, a conjunction, preposition, particle, adverb or pronoun, a
 * listed lead verb, or the length limit. A quoted slogan (“三变”改革) and a short bracketed part ((珞璜)) are taken
 * whole. Returns headStart when nothing names the head.
 * Example: in 推进国资国企改革、经济区与行政区适度分离改革, the head 改革 at 6 → 2 (国资国企改革).
 */
export function nameStart(text: string, words: readonly Word[], headStart: number, options: NameStartOptions): number {
  let i = headStart;
  // the footnote marks walked over count nothing against the length
  let marks = 0;
  while (i > 0 && headStart - i - marks < options.maxLength) {
    const c = text[i - 1];
    if (c === '”') {
      const open = text.lastIndexOf('“', i - 1);
      if (open < 0 || i - 1 - open > MAX_QUOTE) break;
      i = open;
      continue;
    }
    // a footnote mark inside a name ([22] of “三资”［22］监管平台: 海南 2026, whose report numbers its notes so) is
    // walked over; the name leaves it out (footnoteMarks.ts)
    const note = c === ']' ? footnoteMarkBefore(text, i) : 0;
    if (note > 0) {
      i -= note;
      marks += note;
      continue;
    }
    if (c === ')') {
      const open = text.lastIndexOf('(', i - 1);
      // a numeral alone in brackets numbers a section or an item ((六)重点领域改革迈出新步伐), no part of a name
      if (open < 0 || !BRACKETED.test(text.slice(open + 1, i - 1)) || ENUMERATOR.test(text.slice(open + 1, i - 1))) break;
      i = open;
      continue;
    }
    // a capacity per year inside a works' name (延长石油150亿方/年天然气产能倍增工程) does not end it
    if (c === '/' && RATE_BEFORE.test(text.slice(Math.max(0, i - 7), i - 1)) && RATE_AFTER.test(text[i] ?? '')) {
      i--;
      continue;
    }
    if (!NAME_CHAR.test(c)) break;
    // a double dash sets off an apposition: the name is what follows it (国内首个风光火储一体化工程——陇东到山东特高压直流
    // 工程: 山东 2026); one dash joins places (海南—广东)
    if (c === '—' && text[i - 2] === '—') break;
    // the word the walk is in; when the head sits inside it (深化改革, 国企改革) only the part before counts
    const w = words.find((x) => x.start < i && i <= x.end);
    if (!w) {
      i--;
      continue;
    }
    const part = text.slice(w.start, i);
    if ((options.stops.has(part) && !(part === w.text && embeddedCompound(text, words, w, options))) || (part === w.text && STOP_TAGS.has(w.tag) && !embeddedAdverb(text, words, w, options.stops))) break;
    // a verb with a result complement is the clause's predicate (涌现出, 探索出), never a word of a name
    if (part === w.text && w.tag === 'v' && RESULTATIVE.test(w.text)) break;
    // 好 after a verb completes it (实施好, 建设好): the verb's, never the first word of a name (实施好育儿补贴制度)
    if (part === w.text && w.text === '好' && words.some((x) => x.end === w.start && (x.tag === 'v' || x.tag === 'vn'))) break;
    // a verb right before 国家 is the clause's, 国家 opening a designation (培育国家技术创新中心, 促进国家农高区)
    if (part === w.text && (w.tag === 'v' || w.tag === 'vn') && text.startsWith(NATIONAL, w.end)) break;
    if (headStart - w.start - marks > options.maxLength) break;
    i = w.start;
  }
  // a dash or a dot joins two parts of a name and never opens one (——把握政策取向: a heading's dash)
  while (i < headStart && JOINERS.includes(text[i])) i++;
  return i;
}

/**
 * A stop that opens a compound of `options.compounds` with a word of a name right before it stands inside the name
 * (产业链 | 高质量发展 | 行动); at a clause start or after a lead verb it still ends the walk (推动 | 高质量发展).
 */
function embeddedCompound(text: string, words: readonly Word[], w: Word, options: NameStartOptions): boolean {
  if (!options.compounds?.some((c) => text.startsWith(c, w.start))) return false;
  const before = words.find((x) => x.end === w.start);
  return before !== undefined && NAME_CHAR.test(text[w.start - 1]) && !options.stops.has(before.text) && !STOP_TAGS.has(before.tag) && before.tag !== 'm';
}

// degree adverbs lead a phrase, never sit inside a name (培育更多企业…, 要更好服务…)
const DEGREE = /^[更最越较很]/;

/**
 * jieba tags pieces of a name as adverbs (快速 in 超常规快速引才机制, 才 in 引才, 到期 in 土地承包到期延包): an adverb
 * that leads a name stands after punctuation, a lead verb or a count, so one with a word of a name on both sides is
 * part of it, unless it is one of degree.
 */
function embeddedAdverb(text: string, words: readonly Word[], w: Word, stops: ReadonlySet<string>): boolean {
  if (w.tag !== 'd' || stops.has(w.text) || DEGREE.test(w.text)) return false;
  const before = words.find((x) => x.end === w.start);
  return before !== undefined && NAME_CHAR.test(text[w.start - 1]) && !stops.has(before.text) && !STOP_TAGS.has(before.tag) && before.tag !== 'm';
}
