/** Clause delimiters in normalised text: comma, colon, semicolon and sentence ends. 、 joins list items, not clauses. */
const DELIMITERS = new Set([',', ':', ';', '。', '!', '?', '\n']);

/**
 * The [start, end) bounds of the clause of `text` (a normalised passage) that holds `offset`. Relation rules
 * read "the same clause" as this: `川渝高竹新区累计入驻企业182户、投产77户` is one clause of its sentence.
 */
export function clauseAt(text: string, offset: number): [number, number] {
  let start = Math.min(Math.max(offset, 0), text.length);
  while (start > 0 && !DELIMITERS.has(text[start - 1])) start--;
  let end = Math.max(offset, start);
  while (end < text.length && !DELIMITERS.has(text[end])) end++;
  return [start, end];
}
