import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Lexicon } from '../lexicon/Lexicon';
import { perLexicon } from '../lexicon/perLexicon';

/** One word of a segmented passage: [start, end) offsets into the text given, and jieba's part-of-speech tag. */
export interface Word {
  start: number;
  end: number;
  text: string;
  tag: string;
}


/**
 * jieba with its bundled dictionary plus the domain words of seeds/lexicon/segment-words.txt (`word freq tag`) and
 * the lead verbs of name-stops.txt: heads like 保卫战 and verbs like 打造 then come out as whole words (not 打/造成 in
 * 打造成渝…), so names are cut at word boundaries.
 */
const segmenter = perLexicon((lexicon: Lexicon): Jieba => {
  const j = Jieba.withDict(dict);
  const stops = lexicon.words('name-stops').filter((w) => w.length > 1).map((w) => `${w} 20000 v`);
  const extra = [...lexicon.words('segment-words'), ...stops].join('\n');
  if (extra) j.loadDict(Buffer.from(extra, 'utf8'));
  return j;
});

/**
 * The tags segment-words.txt gives: they win over jieba's for words its dictionary already holds (遵义 and 保定 are
 * places, not the verbs it reads).
 */
const ownTags = perLexicon((lexicon: Lexicon): Map<string, string> => {
  const out = new Map<string, string>();
  for (const line of lexicon.words('segment-words')) {
    const [word, , tag] = line.split(/\s+/);
    if (word && tag) out.set(word, tag);
  }
  return out;
});

/**
 * Segments a (normalised) passage into words with offsets and part-of-speech tags (jieba's ICTCLAS set: n noun,
 * v verb, ns place, nt organisation, c conjunction, p preposition, u* particle, d adverb, r pronoun, m numeral …).
 * Example: segment('打好蓝天保卫战', lexicon) → 打好/v 蓝天/nr 保卫战/n.
 */
export function segment(text: string, lexicon: Lexicon): Word[] {
  const out: Word[] = [];
  const tags = ownTags(lexicon);
  let at = 0;
  for (const t of segmenter(lexicon).tag(text, false)) {
    // jieba returns the words in order and covers the whole text
    const start = text.indexOf(t.word, at);
    if (start < 0) continue;
    out.push({ start, end: start + t.word.length, text: t.word, tag: tags.get(t.word) ?? t.tag });
    at = start + t.word.length;
  }
  return out;
}
