import type { Lexicon } from './Lexicon';

/**
 * Memoises what a rule builds from the word lists (matchers, sets, regexes) once per Lexicon object: rules call
 * the returned function on every passage, and a test's own lexicon gets its own copy.
 * Example: `const heads = perLexicon((lex) => new AhoCorasick(lex.words('policy-named-heads').map(…)))`.
 */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    let hit = cache.get(lexicon);
    if (hit === undefined) {
      hit = build(lexicon);
      cache.set(lexicon, hit);
    }
    return hit;
  };
}
