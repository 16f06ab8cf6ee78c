import type { Word } from '../../text/segment';
import { PROPER_NOUN_TAGS } from '../../text/properNounTags';

const LATIN = /[A-Za-z]/;

/**
 * Whether the modifier at `from` of the passage says which one of a kind of facility it names: it is a place, or
 * holds a proper noun (jieba ns, nr, nrt, nt) or a Latin name (柳林公园, 新疆中医药大学, 香港STC青海实验室), where a
 * kind only has common words (对外开放平台, 高水平大学).
 */
export function namesOne(modifier: string, from: number, words: readonly Word[], isPlace: (s: string) => boolean): boolean {
  return LATIN.test(modifier) || isPlace(modifier) || words.some((w) => w.start >= from && w.end <= from + modifier.length && PROPER_NOUN_TAGS.has(w.tag));
}
