import { eventNames, quoteSpans } from '../rules/common/enclosingNames';

import { refiner } from '../rules/defineRule';
import { titleSpans } from '../text/titleSpans';

// an edition count opens an event's name, which runs to the list's next item: 3届华商聚云南、3届滇商大会
const EDITION = /[\d一二三四五六七八九十]+届([^\s\p{P}]{2,20}?)(?=[、，。；：]|等|$)/gu;
// a project's section in brackets after its name: 国家文化公园(重庆段), 大运河（天津段）综合治理; a river's section
// keeps its place (赤水河（云南省段）: the annotators mark it), a canal is works
const SECTION = /(?<!(?<!运)[河江湖海])[(（][^()（）]{2,8}段[)）]/gu;

/**
 * Drops region mentions that lie inside a name the rules do not make a node of: a quoted name longer than the
 * place (“爱尚重庆·迎新消费季”, “才兴川渝”) and the name of an event closed by a head of event-heads.txt
 * (中新金融峰会, 重庆四川党政联席会议, 第二届中国(重庆)国际消费节), or opened by a verb of event-openers.txt and
 * closed by such a head with no punctuation between (召开数字重庆建设大会: 建设 would stop the name walk), or
 * opened by an edition count and run to the list's next item (3届华商聚云南、3届滇商大会), and a project's section in
 * brackets (国家文化公园(重庆段), 大运河（天津段）: the section names part of the works), and a title in 《》 that is no policy,
 * a work's (民族歌剧《柳柳州》, 话剧《右玉》). The
 * annotation guide counts a place inside a name as part of the name; a quote that is only the place (“重庆”) keeps it. Other kinds pass through.
 * Example (seed line 29): 开展“爱尚重庆·迎新消费季” → no 重庆市 mention.
 */
export const RegionInNameRefiner = refiner('refine.regionInName', (ctx, candidates) => {
  if (!candidates.some((c) => c.kind === 'region')) return candidates;
  // a quote with its marks, so a quote that is only the place (“重庆”) is no longer than it by more than 2
  const names: [number, number][] = [...quoteSpans(ctx), ...eventNames(ctx)];
  for (const m of ctx.text.matchAll(SECTION)) names.push([m.index, m.index + m[0].length]);
  for (const m of ctx.text.matchAll(EDITION)) {
    const end = m.index + m[0].length;
    names.push([end - m[1].length, end]);
  }
  const base = ctx.passage.start;
  // a title in 《》 that no rule reads as a policy names a work (民族歌剧《柳柳州》, 《我的阿勒泰》, 《河西走廊通史》)
  // (话剧《右玉》: the whole title may be the place)
  const policies = candidates.filter((c) => c.kind === 'policy').map((c) => [c.start - base, c.end - base]);
  const works: [number, number][] = [];
  for (const [a, b] of titleSpans(ctx.text)) if (!policies.some(([s, e]) => s <= a + 1 && b - 1 <= e)) works.push([a, b]);
  return candidates.filter((c) => {
    if (c.kind !== 'region') return true;
    const [s, e] = [c.start - base, c.end - base];
    // strictly inside: the name holds more than the place (a quote that is only the place keeps it)
    return !names.some(([a, b]) => a <= s && e <= b && b - a - (e - s) > 2) && !works.some(([a, b]) => a < s && e < b);
  });
});
