import type { Candidate } from '../rules/Rule';
import { refiner } from '../rules/defineRule';

/** Separators of a list of places: 渝中、江北、南岸 / 永川和江津. */
const LIST_SEPARATORS = new Set(['、', '和', '与', '及', ',']);

/**
 * Keeps an ambiguous short region form (江北, 渝中, 南岸, 长寿 — `work.ambiguous` from RegionGazetteerRule) only in list
 * context, i.e. when another region sits right next to it across a list separator (、和与及); otherwise 长寿 is
 * longevity and 南岸 a river bank. Kept ones lose the flag; other candidates pass through.
 * Example: `渝中、江北、南岸等区` → 渝中区, 江北区, 南岸区; `健康长寿` → nothing.
 */
export const AmbiguousRegionRefiner = refiner('refine.ambiguousRegion', (ctx, candidates) => {
  const regions = candidates.filter((c) => c.kind === 'region');
  const sepAt = (abs: number) => LIST_SEPARATORS.has(ctx.text[abs - ctx.passage.start] ?? '');
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'region' || c.work?.ambiguous !== true) {
      out.push(c);
      continue;
    }
    const listed = regions.some(
      (r) => r !== c && ((r.end + 1 === c.start && sepAt(r.end)) || (c.end + 1 === r.start && sepAt(c.end))),
    );
    if (listed) out.push({ ...c, work: { ...c.work, ambiguous: false } });
  }
  return out;
});
