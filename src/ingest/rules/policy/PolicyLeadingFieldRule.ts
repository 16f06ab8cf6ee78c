import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';
import { PolicyKind } from './PolicyKind';
import { entityRule } from '../defineRule';
import { nameStops } from '../nameStops';

// the field a province (or the country, a city) means to lead in, and the word for that standing: 文化强省, 教育强国
const LEADING = /强(?:省|国|市|区)/g;
// the field: one or two nouns (文化, 新型能源, 平台经济, 知识产权; not 高质量发展知识产权)
const MAX_FIELD = 4;
// jieba's tags of the words a field is made of
const FIELD_TAGS = /^(?:n|vn|nz|j|b)/;
// a goal, not a field: 社会主义现代化强省 is the province's whole aim
const GOAL = /现代化$/;

/**
 * A strategy of leading in a field, built: `field强省建设` (文化强省建设: 山东, 湖北 2026; 质量强省建设: 广东 2026;
 * 教育强国建设, 交通强省建设), and each item of a list of such fields before one 建设 (农业强省、制造强省…、文旅强省建设
 * → 农业强省建设 …: 河南 2026; 能源强省和文旅强省建设: 山西 2026). The field is two to four characters of nouns (no goal: 现代化强省建设; no verb: 彰显强省建设, 躬逢强国建设). STRATEGY.
 */
export const PolicyLeadingFieldRule = entityRule('policy.leadingField', 'policy', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('强')) return [];
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  // the leading words of one list, nearest first; the list is read when its last item closes with 建设
  let run: [number, number][] = [];
  for (const m of text.matchAll(LEADING)) {
    const end = m.index + m[0].length;
    const start = fieldStart(text, words, m.index, nameStops(ctx.lexicon));
    if (start === null) continue;
    const joined = run.length > 0 && run[run.length - 1][1] + 1 === start && /[、和与及]/.test(text[start - 1]);
    run = joined ? [...run, [start, end]] : [[start, end]];
    if (!text.startsWith('建设', end)) continue;
    for (const [s, e] of run) {
      const last = e === end;
      out.push(spanCandidate(ctx, 'policy', rule, s, last ? end + 2 : e, { name: `${text.slice(s, e)}建设`, fields: { kind: PolicyKind.STRATEGY, noun: '建设' } }));
    }
    run = [];
  }
  return out;
});

/**
 * Where the field before the leading word at `at` starts: whole noun words, 2–4 characters, no goal; else null. An
 * item of a list may be a verb jieba tags so (制造强省 after 、, or opening the list: 加快制造强省、质量强省…建设 湖南
 * 2026); elsewhere a verb leads the clause (彰显), and a lead verb of name-stops.txt ends the field whatever jieba
 * tags it (深化/j).
 */
function fieldStart(text: string, words: readonly Word[], at: number, stops: ReadonlySet<string>): number | null {
  let i = at;
  const listed = (w: Word) => text[w.start - 1] === '、' || text[at + 2] === '、';
  for (let w = words.find((x) => x.end === i); w && at - w.start <= MAX_FIELD; w = words.find((x) => x.end === i)) {
    if (stops.has(w.text) || (!FIELD_TAGS.test(w.tag) && !(w.tag === 'v' && listed(w) && w.end === at))) break;
    i = w.start;
  }
  // jieba may join a list's 和 to the next field (能源强省和文旅强省: 和文/nz): the field starts after it
  const joiner = Math.max(...[...'和与及'].map((c) => text.lastIndexOf(c, at - 1)));
  if (joiner >= i) i = joiner + 1;
  if (at - i < 2 || GOAL.test(text.slice(i, at))) return null;
  return i;
}
