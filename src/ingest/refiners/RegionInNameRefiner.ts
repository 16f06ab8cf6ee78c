import { headSet, namedPhrases, placeTest } from '../rules/common/namedHeads';

import { refiner } from '../rules/defineRule';

const events = headSet('event-heads', new Set(['EVENT']));
const QUOTED = /“([^“”]{1,40})”/g;

/**
 * Drops region mentions that lie inside a name the rules do not make a node of: a quoted name longer than the
 * place (“爱尚重庆·迎新消费季”, “才兴川渝”) and the name of an event closed by a head of event-heads.txt
 * (中新金融峰会, 重庆四川党政联席会议, 第二届中国(重庆)国际消费节). The annotation guide counts a place inside a
 * name as part of the name; a quote that is only the place (“重庆”) keeps it. Other kinds pass through.
 * Example (seed line 29): 开展“爱尚重庆·迎新消费季” → no 重庆市 mention.
 */
export const RegionInNameRefiner = refiner('refine.regionInName', (ctx, candidates) => {
  if (!candidates.some((c) => c.kind === 'region')) return candidates;
  const names: [number, number][] = [];
  for (const q of ctx.text.matchAll(QUOTED)) names.push([q.index, q.index + q[0].length]);
  for (const e of namedPhrases(ctx, events(ctx.lexicon), placeTest(ctx.lexicon))) names.push([e.start, e.end]);
  const base = ctx.passage.start;
  return candidates.filter((c) => {
    if (c.kind !== 'region') return true;
    const [s, e] = [c.start - base, c.end - base];
    // strictly inside: the name holds more than the place (a quote that is only the place keeps it)
    return !names.some(([a, b]) => a <= s && e <= b && b - a - (e - s) > 2);
  });
});
