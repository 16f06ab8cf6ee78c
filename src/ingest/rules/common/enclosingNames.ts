import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { PassageContext } from '../Rule';
import { headSet, namedPhrases, placeTest } from './namedHeads';

const events = headSet('event-heads', new Set(['EVENT']));
const QUOTED = /“([^“”]{1,40})”/g;
// the longest event name after its opening verb, in characters (推动成渝地区双城经济圈建设重庆四川党政联席会议 is 24)
const MAX_EVENT = 40;

// 召开…会议: an opening verb, then the shortest run without punctuation that ends in an event head (heads that need a
// proper noun, 周 and 行, are too short to close a run on their own)
const openedEvents = perLexicon((lex) => {
  const heads = lex.words('event-heads').map((line) => line.split('|').map((x) => x.trim())).filter((f) => !(f[2] ?? '').includes('proper')).map((f) => f[0]);
  return new RegExp(`(?:${alternation(lex.words('event-openers')).source})([^\\s\\p{P}]{1,${MAX_EVENT}}?(?:${alternation(heads).source}))`, 'gu');
});

/**
 * The names no rule makes a node of, as [start, end) in the passage's normalised text: what every quote holds and every
 * event's name, closed by a head of event-heads.txt (2023陆海新通道国际合作论坛) or opened by a verb of
 * event-openers.txt and closed by such a head (召开数字重庆建设大会: 建设 would stop the name walk). Words inside them
 * are the name's words (the reading RegionInNameRefiner gives the places inside them).
 */
export function enclosingNames(ctx: PassageContext): [number, number][] {
  const names: [number, number][] = [];
  for (const q of ctx.text.matchAll(QUOTED)) names.push([q.index + 1, q.index + 1 + q[1].length]);
  for (const e of namedPhrases(ctx, events(ctx.lexicon), placeTest(ctx.lexicon))) names.push([e.start, e.end]);
  for (const m of ctx.text.matchAll(openedEvents(ctx.lexicon))) {
    const end = m.index + m[0].length;
    names.push([end - m[1].length, end]);
  }
  return names;
}
