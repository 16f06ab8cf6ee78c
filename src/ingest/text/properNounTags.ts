/**
 * jieba's tags of proper names: places, persons, organisations. Not nz or j, which it gives common terms too
 * (双千兆/nz, 通信/j, 煤电/j).
 */
export const PROPER_NOUN_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'nrt', 'nt']);
