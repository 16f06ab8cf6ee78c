import { perLexicon } from '../lexicon/perLexicon';

/** The lead verbs and scope words of name-stops.txt that end a name on its left (text/nameStart.ts), once per lexicon. */
export const nameStops = perLexicon((lex): ReadonlySet<string> => new Set(lex.words('name-stops')));
