import type { Lexicon } from '../lexicon/Lexicon';
import type { PassageRecord, SectionRecord } from '../records/types';
import { isPageChrome } from './isPageChrome';
import { normalize } from './normalize';

/** Sentence ends (after normalisation ！？； are ! ? ;). A line end always ends a passage. */
const ENDS = new Set(['。', '!', '?', ';']);
/** a 《title》 longer than this is taken as unbalanced, and sentence ends inside it count again */
const MAX_TITLE = 120;
/**
 * The longest passage: the longest sentence of the 30 bundled reports has 500 characters, so real text is never cut;
 * a page of text with no sentence end (a pasted table, a hostile upload) is cut into pieces of at most this size at
 * the last comma or space, so every rule's work per passage stays bounded and extraction stays linear in the text.
 */
export const MAX_PASSAGE = 600;
/** where a too-long passage may be cut, best first: a clause end, a list comma, a space */
const SOFT_BREAKS = [/[,，:：]/, /[、]/, /\s/];

/**
 * Splits the report into passages — sentences ended by 。！？； or a line end, cut at MAX_PASSAGE characters when a
 * sentence runs on without an end — each with absolute `start`/`end`
 * offsets into the original text (`text.slice(start, end) === passage.text`) and the innermost section that
 * contains it. A sentence end inside 《…》 does not split. Page chrome and photo captions (isPageChrome) get no
 * passage, so no rule ever sees them. Ids are `<reportId>/p<order>`, order from 0 in text order.
 */
export function splitPassages(
  text: string,
  reportId: string,
  sections: readonly SectionRecord[],
  lexicon: Lexicon,
): PassageRecord[] {
  const passages: PassageRecord[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    if (isPageChrome(line, lexicon)) continue;
    for (const [s, e] of sentenceSpans(normalize(line))) {
      const start = lineStart + s;
      const end = lineStart + e;
      passages.push({
        id: `${reportId}/p${passages.length}`,
        reportId,
        sectionId: sectionAt(sections, start),
        order: passages.length,
        start,
        end,
        text: text.slice(start, end),
      });
    }
  }
  return passages;
}

/** [start, end) spans of the sentences of one normalised line, trimmed, without pure-punctuation leftovers. */
function sentenceSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  let titleOpen = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '《') titleOpen = i;
    else if (c === '》') titleOpen = -1;
    else if (ENDS.has(c) && (titleOpen < 0 || i - titleOpen > MAX_TITLE)) {
      push(spans, line, from, i + 1);
      from = i + 1;
      titleOpen = -1;
    }
  }
  push(spans, line, from, line.length);
  return spans;
}

function push(spans: [number, number][], line: string, from: number, to: number): void {
  while (from < to && /\s/.test(line[from])) from++;
  while (to > from && /\s/.test(line[to - 1])) to--;
  while (to - from > MAX_PASSAGE) {
    const cut = softCut(line, from, from + MAX_PASSAGE);
    pushTrimmed(spans, line, from, cut);
    from = cut;
  }
  pushTrimmed(spans, line, from, to);
}

/** The end of the first piece of [from, limit): after the last soft break in its second half, else at the limit. */
function softCut(line: string, from: number, limit: number): number {
  for (const brk of SOFT_BREAKS) {
    for (let i = limit - 1; i > from + MAX_PASSAGE / 2; i--) if (brk.test(line[i])) return i + 1;
  }
  return limit;
}

function pushTrimmed(spans: [number, number][], line: string, from: number, to: number): void {
  while (from < to && /\s/.test(line[from])) from++;
  while (to > from && /\s/.test(line[to - 1])) to--;
  if (to > from && /[\p{L}\p{N}]/u.test(line.slice(from, to))) spans.push([from, to]);
}

/** The deepest section whose span holds `offset` (sections come in text order, parents before children). */
function sectionAt(sections: readonly SectionRecord[], offset: number): string | null {
  let best: SectionRecord | null = null;
  for (const s of sections) {
    if (s.start > offset) break;
    if (offset < s.end + 1 && (!best || s.level >= best.level)) best = s;
  }
  return best?.id ?? null;
}
