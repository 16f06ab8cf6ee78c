import type { Word } from '../../text/segment';
import { clauseAt } from '../../text/clauseAt';
import type { MetricLexicon } from './metricLexicon';
import { RANKING } from './ranking';

// what may stand before a count that opens its clause: punctuation or the passage start (超过 and other qualifiers
// are the value's own, before its start), or the 等 closing the examples the count sums up (脑认知机理与脑机融合等3个
// 交叉研究平台试运行: 北京 2026)
const CLAUSE_OPEN = /^[，。；：！？,;:等]?$/;
// a preposition that opens the clause before the count says where or for whom the counted things act (在3000个小区设置
// 智能回收机, 为800个老旧小区引入物业服务: 北京 2026; 在30个县建设运营…: 贵州 2026)
const PLACE_OPEN = /(?:^|[，。；：！？,;:])[在为]$/;
// what ends the predicate: the clause
const CLAUSE_END = /[，。；：！？,;:（(]/;
// a predicate this long is a clause of its own, not what the counted things did
const MAX_PREDICATE = 20;
// jieba's tags of a word that opens a predicate: a verb, an adverb, a preposition (相继/d 开通, 在/p 陕设立, 被/p 命名为);
// not vn, a verb used as a noun (污染/vn 溯源 inside a noun)
const PREDICATE_TAGS = new Set(['v', 'vd', 'vi', 'd', 'ad', 'p']);
// jieba's tags of a word that may end the counted noun: a noun (县 is zg), an abbreviation, an idiom, a closing quote, Latin
// letters (not 相对/d, 重组/vn: 1.2万户相对集中居住农户, 全国重点实验室重组入列 are read wrong by a cut there)
const HEAD_END_TAG = /^(?:n|j|l|x|zg|eng)/;

/**
 * The subject of a count that opens its clause and whose noun runs on into what the counted things did: `13个县被命名
 * 为国家生态文明建设示范区` counts 被命名为国家生态文明建设示范区的县, `40条高速公路相继开通` 相继开通的高速公路 (the
 * annotation guide's subject is the shortest noun phrase that still says what is counted; 县被命名为… is no noun
 * phrase). `noun` is the run the count rule read after the classifier (nounAfter.ts); the predicate starts at its first
 * verb, adverb or preposition (jieba's tags) or word of metric-predicate-openers.txt, never inside quotes, and takes in
 * the openers that end the noun before it (有序|退出). A run that a word of metric-count-stop-words.txt ended is the
 * count rule's as it is (8所高校|入选…: 高校).
 * Returns null, and the count keeps its run, when the count does not open its clause (新增77所公办幼儿园: the verb
 * before is the clause's), when the cut leaves no noun (1.2万户相对|集中居住农户: 相对 is no noun; 4次调高城乡低保: 次
 * counts acts), when the predicate is an adverb alone (进展顺利) and when it states a figure of its own (8个产业规模超
 * 千亿元: that figure keeps its own subject).
 */
export function relativeSubject(text: string, words: readonly Word[], ml: MetricLexicon, valueStart: number, nounStart: number, noun: string): string | null {
  if (!CLAUSE_OPEN.test(text[valueStart - 1] ?? '') && !PLACE_OPEN.test(text.slice(Math.max(0, valueStart - 2), valueStart))) return null;
  // the examples must open the clause themselves: after a verb (实施杜家坎等30项市级疏堵工程) the count is its object
  if (text[valueStart - 1] === '等') {
    const [open] = clauseAt(text, valueStart);
    const first = words.find((w) => w.start === open);
    if (!first || first.tag.startsWith('v')) return null;
  }
  let clauseEnd = nounStart + noun.length;
  // after 为 the run may stop at a figure the counted things got (为2.15万名劳动者追回工资2.65亿元: 青海 2026): the
  // predicate ends there
  const forThem = PLACE_OPEN.test(text.slice(Math.max(0, valueStart - 2), valueStart));
  const atFigure = forThem && /[\d０-９]/.test(text[clauseEnd] ?? '') && !RANKING.test(text.slice(clauseEnd));
  while (!atFigure && clauseEnd < text.length && !CLAUSE_END.test(text[clauseEnd])) clauseEnd++;
  if (nounStart + noun.length !== clauseEnd) return null;
  const quoted = quotedSpans(text, nounStart, clauseEnd);
  const after = (w: Word) => words.find((x) => x.start === w.end);
  const isNoun = (w: Word | undefined) => w !== undefined && /^n/.test(w.tag);
  // an adverb jieba tags before a noun is a word of the noun (3家国家实验室永久/d园区/n启用: 北京 2026), and so is a
  // verb whose noun ends the clause or meets the predicate (2个便民惠企应用/v场景/n: seed line 41; 20项科技创新/v成果/n
  // 填补国内空白: 广西 2026)
  const inNoun = (w: Word): boolean => {
    const next = after(w);
    if (!isNoun(next)) return false;
    if (w.tag === 'd' || w.tag === 'ad') return true;
    if (w.tag !== 'v') return false;
    const then = after(next!);
    return next!.end >= clauseEnd || (then !== undefined && then.end < clauseEnd && (PREDICATE_TAGS.has(then.tag) || ml.predicateOpeners.includes(then.text)));
  };
  const opens = (w: Word) => (PREDICATE_TAGS.has(w.tag) && !inNoun(w)) || ml.predicateOpeners.includes(w.text);
  const opener = words.find((w) => w.start > nounStart && w.end <= clauseEnd && opens(w) && !quoted.some(([a, b]) => w.start > a && w.start < b));
  if (!opener) return null;
  let split = opener.start;
  for (let moved = true; moved; ) {
    const before = ml.predicateOpeners.find((a) => text.endsWith(a, split) && split - a.length > nounStart);
    if (before) split -= before.length;
    moved = before !== undefined;
  }
  const head = text.slice(nounStart, split);
  const predicate = text.slice(split, clauseEnd);
  // a predicate that compares up to the figure after it states that figure (5个项目投资达10亿元): no relative clause
  if (atFigure && (ml.growthBefore.test(predicate) || (ml.linkerBefore.exec(predicate)?.[0] ?? '') !== '' || ml.approxBeforeWords.some((w) => predicate.endsWith(w)))) return null;
  const headFirst = words.find((w) => w.start === nounStart);
  const headLast = words.find((w) => w.end === split);
  if (!headLast || !HEAD_END_TAG.test(headLast.tag) || (headFirst && (headFirst.tag === 'v' || headFirst.tag === 'p'))) return null;
  if (ml.predicateOpeners.includes(predicate) || predicate.length > MAX_PREDICATE) return null;
  if (/[\d０-９]/.test(predicate) || predicate.search(ml.value) >= 0) return null;
  return `${predicate}的${head}`;
}

/** The quoted stretches (“…”) between `from` and `to`, as [open, close] offsets. */
function quotedSpans(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf('“', from); i >= 0 && i < to; i = text.indexOf('“', i + 1)) {
    const close = text.indexOf('”', i + 1);
    out.push([i, close < 0 ? to : close]);
  }
  return out;
}
