import { perLexicon } from '../../lexicon/perLexicon';

/** The lines of region-natural-features.txt: the endings of features' names, the words that end so but name none, and the major features taken at two characters. */
export interface NaturalFeatures {
  endings: ReadonlyMap<string, string>;
  stops: ReadonlySet<string>;
  /** the major rivers, lakes and seas taken at two characters (长江, 渭河, 滇池) */
  named: ReadonlySet<string>;
}

/** Parses region-natural-features.txt once per Lexicon object. */
export const naturalFeatures = perLexicon((lex): NaturalFeatures => {
  const lines = lex.words('region-natural-features');
  const endings = new Map<string, string>();
  const stops = new Set<string>();
  const named = new Set<string>();
  for (const line of lines) {
    if (line.startsWith('!')) stops.add(line.slice(1).trim());
    else if (line.startsWith('=')) named.add(line.slice(1).trim());
    else {
      const [ending, kind] = line.split('|').map((s) => s.trim());
      endings.set(ending, kind);
    }
  }
  return { endings, stops, named };
});
