import { perLexicon } from '../../lexicon/perLexicon';
import type { Word } from '../../text/segment';

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

// jieba's tags for place names and proper names (大盈江 and 石羊河 come out as nr)
const NAME_TAGS = new Set(['ns', 'nr']);
// two characters are too few for a name of its own (河湖, 内河 are common words; 湛江 is a city)
const MIN_NAME = 3;

/** Whether jieba reads the word as a name long enough to be a feature's: 杞麓湖, 小清河 (not 河湖, 内河). */
export function featureName(w: Word): boolean {
  return w.text.length >= MIN_NAME && NAME_TAGS.has(w.tag);
}
