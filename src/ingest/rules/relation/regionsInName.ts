import { RegionIndex, type RegionEntry } from '../../lexicon/RegionIndex';
import type { Candidate, PassageContext } from '../Rule';
import { wordBoundsOf, wordsOf } from '../wordsOf';

/** One region named inside an entity's own text, with its absolute span. */
export interface NamedRegion {
  entry: RegionEntry;
  surface: string;
  start: number;
  end: number;
  /** where the surface starts in the searched text (the mention, or the name given) */
  at: number;
}

/** Levels never read from a name: the country contains everything, so 健康中国, 中国工程院 say nothing about place. */
const SKIPPED_LEVELS = new Set(['country', 'bloc']);

/**
 * The regions the gazetteer finds inside a candidate's own text (a title, a project or agency mention), resolved
 * with the report's province, without ambiguous surfaces (渝西, 江北), false-positive contexts (渝中 in 成渝中线),
 * followers (浙江 in 浙江大学) or readings across two words (南部县 in 中南部县城), and without the country. Used by relation rules because OverlapRefiner folds
 * places into the longer name that holds them: 成渝地区双城经济圈 is not a mention of its own inside the title.
 * `text` defaults to the candidate's mention; pass its canonical name to read a local form (市委 → 中共重庆市委员会).
 */
export function regionsInName(ctx: PassageContext, c: Candidate, text?: string): NamedRegion[] {
  const index = RegionIndex.of(ctx.lexicon);
  const province = index.provinceOf(ctx.report.region);
  const local = c.start - ctx.passage.start;
  const own = text === undefined;
  const haystack = own ? ctx.text.slice(local, local + c.end - c.start) : text;
  const out: NamedRegion[] = [];
  const { starts, ends } = wordBoundsOf(ctx);
  for (const m of index.gazetteer.find(haystack)) {
    // a name that starts inside one word and ends inside another is a reading across them, as RegionGazetteerRule
    // holds (丽江 in 美丽江苏, 南部县 in 支持中南部县城发展“19条”), unless the word is the Party committee of that
    // place (安徽省 in 中共安徽省委: the jurisdiction of its 《建议》)
    if (own && !starts.has(local + m.start) && !ends.has(local + m.end) && !insideBody(ctx, local + m.start)) continue;
    const reading = index.resolve(m.entries, province);
    if (!reading || reading.ambiguous || SKIPPED_LEVELS.has(reading.entry.level)) continue;
    // false-positive checks look at the passage around the mention when the name is the mention itself
    const fp = own
      ? index.isFalsePositive(reading.entry, ctx.text, local + m.start, local + m.end)
      : index.isFalsePositive(reading.entry, haystack, m.start, m.end);
    if (fp || out.some((r) => r.entry === reading.entry)) continue;
    // the span of the region inside a canonical name is not in the text: the mention stands in for it
    const span = own ? { start: c.start + m.start, end: c.start + m.end } : { start: c.start, end: c.end };
    out.push({ entry: reading.entry, surface: m.surface, ...span, at: m.start });
  }
  return out;
}

/** Whether the passage position `at` falls inside the name of a Party committee (中共安徽省委, one word to jieba). */
function insideBody(ctx: PassageContext, at: number): boolean {
  return wordsOf(ctx).some((w) => w.start < at && at < w.end && /^(?:中共|中国共产党)/.test(w.text));
}
