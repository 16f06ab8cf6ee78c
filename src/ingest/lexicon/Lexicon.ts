/**
 * Word lists and gazetteers live in `seeds/lexicon/` as data, so supporting a new policy noun, unit or place is a
 * one-line data change. Rules read them through this interface (never inline in a regex).
 */
export interface Lexicon {
  /** The lines of `seeds/lexicon/<name>.txt`, trimmed, without blanks and `#` comments, in file order. */
  words(name: string): readonly string[];
  /** The parsed content of `seeds/lexicon/<name>.json`. */
  data<T>(name: string): T;
  /**
   * The rows of `seeds/lexicon/<name>.tsv`: the first line that is not blank or a `#` comment names the columns,
   * every later such line is a row of tab-separated, trimmed cells. A row whose cell count differs from the
   * header's throws, naming the file and line.
   */
  table(name: string): LexiconTable;
}

/** A tab-separated lexicon file: column names and rows, each with its 1-based line number for error messages. */
export interface LexiconTable {
  columns: readonly string[];
  rows: readonly { line: number; cells: readonly string[] }[];
}
