import { RegionIndex } from '../lexicon/RegionIndex';

import { regionNameHead } from './regionNameHead';
import { refiner } from '../rules/defineRule';

/**
 * Drops region mentions that are part of another name: a false-positive context of the entry covers them (渝中 in
 * 成渝中线, 江北 in 江北国际机场, 内江 in 境内江河, 重庆 in 重庆日报) or a follower word from regions.json comes
 * right after (重庆大学, 北京路), or the mention opens a proper name by a head of region-name-heads.txt (西安碑林博物馆,
 * 海南长臂猿, 中国戏剧梅花奖: see regionNameHead). Other kinds pass through untouched.
 * Example (seed report line 49): `成渝中线、渝西高速铁路加快推进` → no 渝中区.
 */
export const FalsePositiveContextRefiner = refiner('refine.falsePositiveContext', (ctx, candidates) => {
  const index = RegionIndex.of(ctx.lexicon);
  return candidates.filter((c) => {
    if (c.kind !== 'region') return true;
    // a member of a joint abbreviation (成渝 → 成都市) is checked against the abbreviation's contexts (成渝中线)
    const entry = index.byName(typeof c.fields.joint === 'string' ? c.fields.joint : c.name);
    if (!entry) return true;
    const start = c.start - ctx.passage.start;
    const end = start + (c.end - c.start);
    return !index.isFalsePositive(entry, ctx.text, start, end) && !regionNameHead(ctx.lexicon, ctx.text, end);
  });
});
