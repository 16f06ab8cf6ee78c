/**
 * Word lists and gazetteers live in `seeds/lexicon/` as data, so supporting a new policy noun, unit or place is a
 * one-line data change. Rules read them through this interface (never inline in a regex).
 */
export interface Lexicon {
  /** The lines of `seeds/lexicon/<name>.txt`, trimmed, without blanks and `#` comments, in file order. */
  words(name: string): readonly string[];
  /** The parsed content of `seeds/lexicon/<name>.json`. */
  data<T>(name: string): T;
}
