/**
 * The [start, end) spans of the 《…》 titles of a (normalised) passage, and a test of whether [i, j) lies inside one:
 * a title names a document, so the quotes, agencies and works inside it are the title's, not mentions of their own.
 * Example: `insideTitle(titleSpans('印发《重庆市“满天星”行动计划》'), 9, 14)` → true.
 */
export function titleSpans(text: string): [number, number][] {
  return [...text.matchAll(/《[^《》]*》/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether [i, j) lies inside one of `titles`. */
export function insideTitle(titles: readonly [number, number][], i: number, j: number): boolean {
  return titles.some(([a, b]) => i >= a && j <= b);
}
