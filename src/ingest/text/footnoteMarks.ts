// a report's numbered note mark, full-width as written (［22］) or half-width once normalised ([22])
const MARK = /[[［]\d{1,3}[\]］]/g;
const MARK_BEFORE = /[[［]\d{1,3}[\]］]$/;

/**
 * The text without the report's footnote marks: “三资”［22］监管平台 → “三资”监管平台 (海南 2026 numbers its notes so, 56
 * times). A mark numbers a note at the report's end and is no part of a name.
 */
export function stripFootnoteMarks(s: string): string {
  return s.replace(MARK, '');
}

/** The length of the footnote mark that ends right before `at` in `text` (［22］ before 监管平台), or 0. */
export function footnoteMarkBefore(text: string, at: number): number {
  return MARK_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[0].length ?? 0;
}
