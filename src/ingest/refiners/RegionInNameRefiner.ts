import { alternation } from '../lexicon/alternation';
import { perLexicon } from '../lexicon/perLexicon';
import { headSet, namedPhrases, placeTest } from '../rules/common/namedHeads';

import { refiner } from '../rules/defineRule';

const events = headSet('event-heads', new Set(['EVENT']));
const QUOTED = /“([^“”]{1,40})”/g;
// the longest event name after its opening verb, in characters (推动成渝地区双城经济圈建设重庆四川党政联席会议 is 24)
const MAX_EVENT = 40;
// an edition count opens an event's name, which runs to the list's next item: 3届华商聚云南、3届滇商大会
const EDITION = /[\d一二三四五六七八九十]+届([^\s\p{P}]{2,20}?)(?=[、，。；：]|等|$)/gu;

// 召开…会议: an opening verb, then the shortest run without punctuation that ends in an event head; a bounded lazy
// run, so a long passage costs one short scan per opening verb
const openedEvents = perLexicon((lex) => {
  // heads that need a proper noun (周, 行) are too short to close a run on their own: 举办…银行
  const heads = lex.words('event-heads').map((line) => line.split('|').map((x) => x.trim())).filter((f) => !(f[2] ?? '').includes('proper')).map((f) => f[0]);
  return new RegExp(`(?:${alternation(lex.words('event-openers')).source})([^\\s\\p{P}]{1,${MAX_EVENT}}?(?:${alternation(heads).source}))`, 'gu');
});

/**
 * Drops region mentions that lie inside a name the rules do not make a node of: a quoted name longer than the
 * place (“爱尚重庆·迎新消费季”, “才兴川渝”) and the name of an event closed by a head of event-heads.txt
 * (中新金融峰会, 重庆四川党政联席会议, 第二届中国(重庆)国际消费节), or opened by a verb of event-openers.txt and
 * closed by such a head with no punctuation between (召开数字重庆建设大会: 建设 would stop the name walk), or
 * opened by an edition count and run to the list's next item (3届华商聚云南、3届滇商大会). The
 * annotation guide counts a place inside a name as part of the name; a quote that is only the place (“重庆”) keeps it. Other kinds pass through.
 * Example (seed line 29): 开展“爱尚重庆·迎新消费季” → no 重庆市 mention.
 */
export const RegionInNameRefiner = refiner('refine.regionInName', (ctx, candidates) => {
  if (!candidates.some((c) => c.kind === 'region')) return candidates;
  const names: [number, number][] = [];
  for (const q of ctx.text.matchAll(QUOTED)) names.push([q.index, q.index + q[0].length]);
  for (const e of namedPhrases(ctx, events(ctx.lexicon), placeTest(ctx.lexicon))) names.push([e.start, e.end]);
  // an event named after its opening verb may hold lead verbs the name walk stops at (召开数字重庆建设大会)
  for (const m of ctx.text.matchAll(openedEvents(ctx.lexicon))) {
    const end = m.index + m[0].length;
    names.push([end - m[1].length, end]);
  }
  for (const m of ctx.text.matchAll(EDITION)) {
    const end = m.index + m[0].length;
    names.push([end - m[1].length, end]);
  }
  const base = ctx.passage.start;
  return candidates.filter((c) => {
    if (c.kind !== 'region') return true;
    const [s, e] = [c.start - base, c.end - base];
    // strictly inside: the name holds more than the place (a quote that is only the place keeps it)
    return !names.some(([a, b]) => a <= s && e <= b && b - a - (e - s) > 2);
  });
});
