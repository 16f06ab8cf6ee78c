import type { SectionRecord } from '../records/types';
import { ITEM_NUMBER } from './itemNumber';
import { normalize } from './normalize';

const CN = '一二三四五六七八九十';
/** Heading patterns by level, matched on the normalised line start. Order = level. */
const LEVELS: { level: number; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^([${CN}]{1,3})、`) },
  { level: 2, re: new RegExp(`^\\(([${CN}]{1,3})\\)`) },
  { level: 3, re: new RegExp(`^([${CN}]{1,3})是`) },
  { level: 3, re: ITEM_NUMBER },
];
const TITLE_MAX = 60;

/**
 * Splits a report into its numbered sections: 一、 (level 1), (一) or （一） (level 2), 一是 / 1. (level 3), each
 * from its heading line to the next heading of the same or a higher level. A heading may carry body text on the
 * same line — `(一)以更加有力举措为…。召开…` — so the title is the heading up to the first 。 (at most 60
 * characters). Ids are `<reportId>/s<path>`, path = the 1-based position at each level (`s1.2.3`).
 * A level-3 heading with no level-2 parent hangs under the level-1 section.
 */
export function splitSections(text: string, reportId: string): SectionRecord[] {
  const sections: SectionRecord[] = [];
  const open: (SectionRecord | undefined)[] = [];
  const counters: number[] = [0, 0, 0, 0];
  let pos = 0;
  for (const line of text.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    const lead = line.length - line.trimStart().length;
    const norm = normalize(line.slice(lead));
    const hit = headingOf(norm);
    if (!hit) continue;
    const { level } = hit;
    // the numbering as written (（一） stays full-width), from the original line
    const number = line.slice(lead, lead + hit.number.length);
    for (let l = level; l <= 3; l++) closeAt(open, l, lineStart);
    counters[level]++;
    for (let l = level + 1; l <= 3; l++) counters[l] = 0;
    const parent = open.slice(1, level).reverse().find((s) => s !== undefined) ?? null;
    const path = parent ? `${parent.id.slice(parent.id.lastIndexOf('/s') + 2)}.${counters[level]}` : `${counters[level]}`;
    const rest = line.slice(lead + number.length).replace(/\r$/, '');
    const stop = rest.search(/[。;；]/);
    const title = (stop >= 0 ? rest.slice(0, stop) : rest).trim().slice(0, TITLE_MAX);
    const section: SectionRecord = {
      id: `${reportId}/s${path}`,
      reportId,
      parentId: parent?.id ?? null,
      level,
      number,
      title,
      order: sections.length,
      start: lineStart + lead,
      end: text.length,
    };
    sections.push(section);
    open[level] = section;
  }
  return sections;
}

function headingOf(norm: string): { level: number; number: string } | null {
  for (const { level, re } of LEVELS) {
    const m = re.exec(norm);
    if (m) return { level, number: m[0] };
  }
  return null;
}

function closeAt(open: (SectionRecord | undefined)[], level: number, at: number): void {
  const s = open[level];
  if (s) {
    s.end = trimEnd(at);
    open[level] = undefined;
  }
}

/** a section ends before the newline that precedes the next heading */
function trimEnd(at: number): number {
  return Math.max(0, at - 1);
}
