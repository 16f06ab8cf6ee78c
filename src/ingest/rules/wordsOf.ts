import { segment, type Word } from '../text/segment';
import type { PassageContext } from './Rule';

const cache = new WeakMap<PassageContext, readonly Word[]>();

/** The passage's words (jieba, text/segment.ts), segmented once per passage whichever rule asks first. */
export function wordsOf(ctx: PassageContext): readonly Word[] {
  let words = cache.get(ctx);
  if (!words) {
    words = segment(ctx.text, ctx.lexicon);
    cache.set(ctx, words);
  }
  return words;
}

/** Where the passage's words start and end: a match that is whole words starts at a start and ends at an end. */
export interface WordBounds {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

const boundsCache = new WeakMap<PassageContext, WordBounds>();

/** The start and end offsets of wordsOf(ctx), built once per passage whichever rule asks first. */
export function wordBoundsOf(ctx: PassageContext): WordBounds {
  let bounds = boundsCache.get(ctx);
  if (!bounds) {
    const words = wordsOf(ctx);
    bounds = { starts: new Set(words.map((w) => w.start)), ends: new Set(words.map((w) => w.end)) };
    boundsCache.set(ctx, bounds);
  }
  return bounds;
}
