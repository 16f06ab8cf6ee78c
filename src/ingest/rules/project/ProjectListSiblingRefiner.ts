import type { Candidate, PassageContext } from '../Rule';
import { refiner } from '../defineRule';
import { spanCandidate } from '../spanCandidate';
import { wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';
import { ProjectKind } from './ProjectKind';
import { nameStops } from '../nameStops';
import { perLexicon } from '../../lexicon/perLexicon';

// what an item of a list of facilities is made of: a name, quotes and a dot allowed
const ITEM = /^[\p{Script=Han}A-Za-z0-9·“”]{4,16}$/u;
// what closes the list after its last item
const LIST_END = /^(?:等|和|及|[，,。；;：:）)]|$)/;
// a phase of works ends a name as a noun does (海南警察学院二期)
const PHASE_END = /[一二三四五六七八九十]期$/;
// jieba's tags of a noun that may end a facility's name
const NOUN_END = new Set(['n', 'nz', 'nt', 'ng']);
// the fewest projects a list must hold before its other items are taken for projects too
const MIN_PROJECTS = 2;
const genericWords = perLexicon((lex) => new Set(lex.words('name-generic-words')));

/**
 * In a 、-list two or more of whose items are projects, the other items of the same shape are projects too: the
 * list names facilities of one sort. 加快建设具身智能训练场、昇腾生态适配中心、开源鸿蒙适配中心、智能体创新中心等产业创新平台
 * (广东 2026): 智能体创新中心 has no head of the lists, its siblings do. An item qualifies when it is a name of four to
 * sixteen characters, opens with no verb and holds no stop word, ends in a noun after a modifier not only of generic
 * words (口袋公园 is a kind) or in a phase (二期), and no other candidate (a policy, an agency, a place) covers it, but
 * for a place that opens it (浙东运河文化园) or a body whose phase it is (海南警察学院二期);
 * the list's first item starts after the lead verb before it. Each gets kind OTHER and the status of its siblings.
 */
export const ProjectListSiblingRefiner = refiner(
  'project.listSibling',
  (ctx: PassageContext, candidates: Candidate[]): Candidate[] => {
    const text = ctx.text;
    const base = ctx.passage.start;
    const projects = candidates.filter((c) => c.kind === 'project').sort((a, b) => a.start - b.start);
    if (projects.length < MIN_PROJECTS || !text.includes('、')) return candidates;
    const words = wordsOf(ctx);
    const stops = nameStops(ctx.lexicon);
    const generic = genericWords(ctx.lexicon);
    const added: Candidate[] = [];
    for (const list of listsOf(projects, text, base)) {
      const sibling = list[0];
      for (const [i, j] of itemsAround(list, text, base, words)) {
        // a place that opens the item is a word of its name (浙东运河文化园), and so is a body whose phase of works the
        // item is (海南警察学院二期); any other candidate is a thing of its own
        const item = text.slice(i, j);
        const opens = (c: Candidate) => c.start - base === i && c.end - base < j && (c.kind === 'region' || (c.kind === 'agency' && PHASE_END.test(item)));
        if (candidates.some((c) => c.start - base < j && c.end - base > i && !opens(c))) continue;
        if (!ITEM.test(item) || !facilityName(i, j, words, stops, generic)) continue;
        added.push(spanCandidate(ctx, 'project', 'project.listSibling', i, j, {
          name: item,
          fields: { kind: ProjectKind.OTHER, status: sibling.fields.status ?? null, statusText: sibling.fields.statusText ?? null },
        }));
      }
    }
    return added.length ? [...candidates, ...added] : candidates;
  },
  'project',
);

/** Runs of projects that follow each other across a bare 、, at least MIN_PROJECTS long. */
function listsOf(projects: readonly Candidate[], text: string, base: number): Candidate[][] {
  const lists: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const p of projects) {
    const prev = run[run.length - 1];
    if (prev && p.start === prev.end + 1 && text[prev.end - base] === '、') run.push(p);
    else {
      if (run.length >= MIN_PROJECTS) lists.push(run);
      run = [p];
    }
  }
  if (run.length >= MIN_PROJECTS) lists.push(run);
  return lists;
}

/** The 、-separated items right after a run and right before it, in passage offsets. */
function itemsAround(list: readonly Candidate[], text: string, base: number, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  // after: items up to the list's end (等, 和, punctuation)
  for (let i = list[list.length - 1].end - base; text[i] === '、'; ) {
    const from = i + 1;
    let to = from;
    while (to < text.length && text[to] !== '、' && !LIST_END.test(text.slice(to, to + 1))) to++;
    if (to === from || to - from > 16) break;
    out.push([from, to]);
    i = to;
  }
  // before: items back to the clause's start, the first one after its lead verb
  for (let j = list[0].start - base - 1; text[j] === '、'; ) {
    let from = j;
    while (from > 0 && text[from - 1] !== '、' && !/[，,。；;：:（(]/.test(text[from - 1])) from--;
    if (text[from - 1] !== '、') {
      // the list's first item: past the verbs that open the clause (加快建设)
      for (let w = words.find((x) => x.start === from); w && w.end < j && w.tag.startsWith('v'); w = words.find((x) => x.start === from)) from = w.end;
    }
    if (j - from > 16) break;
    out.push([from, j]);
    j = from - 1;
  }
  return out;
}

/**
 * Whether [i, j) is whole words that open with no verb and close on a noun (智能体/创新/中心: a verb inside names what
 * the facility does), and holds no stop word that would make it a clause (推进, 加快).
 */
function facilityName(i: number, j: number, words: readonly Word[], stops: ReadonlySet<string>, generic: ReadonlySet<string>): boolean {
  const inside = words.filter((w) => w.start >= i && w.end <= j);
  if (inside.length < 2 || inside[0].start !== i || inside[inside.length - 1].end !== j) return false;
  if (inside[0].tag.startsWith('v') || inside.some((w) => stops.has(w.text))) return false;
  // a modifier of generic words alone makes a kind of facility (口袋公园, 零碳园区)
  if (inside.slice(0, -1).every((w) => generic.has(w.text))) return false;
  return NOUN_END.has(inside[inside.length - 1].tag) || PHASE_END.test(inside[inside.length - 1].text);
}
