/**
 * Makes user input a literal Lucene phrase: every query-syntax character is backslash-escaped and the whole is
 * quoted, so `C++ (AND) "x"` searches for those characters instead of failing to parse or acting as syntax.
 * With the CJK analyzer a phrase of bigrams ranks exact substrings first; an unquoted OR of the same terms
 * follows so that near matches still score.
 * https://lucene.apache.org/core/9_0_0/queryparser/org/apache/lucene/queryparser/classic/package-summary.html#Escaping_Special_Characters
 */
export function escapeLucene(input: string): string {
  const escaped = input.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&').replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
  return `"${escaped}"^4 OR (${escaped})`;
}
