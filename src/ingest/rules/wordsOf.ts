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
