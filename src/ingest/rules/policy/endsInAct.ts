import type { Word } from '../../text/segment';

// jieba's tags of the last word of an act: a verb, a verbal noun, or an abbreviation of one (创优/j)
const ACT_TAGS = new Set(['v', 'vn', 'j']);

/**
 * Whether the words ending at `end` close an act (职业技能提升, 文艺精品创优) rather than a thing (算力, 津潍高铁): only
 * acts listed before a head flagged for them share it (policy-named-heads.txt `shared-acts`, policy-listed-heads.txt
 * `acts`).
 */
export function endsInAct(words: readonly Word[], end: number): boolean {
  return words.some((w) => w.end === end && ACT_TAGS.has(w.tag));
}
