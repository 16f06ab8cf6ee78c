import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { PassageContext } from '../Rule';
import { headSet, namedPhrases, placeTest } from './namedHeads';

const eventHeads = headSet('event-heads', new Set(['EVENT']));
// an event's name keeps the stops that open a compound out (name-stop-compounds.txt): 奋力推动安徽高质量发展行稳致远 is
// no 行 event, and event names with 高质量发展 in them (…助推宁夏高质量发展大会) are opened by their verb (openedEvents)
const events = perLexicon((lex) => ({ ...eventHeads(lex), compounds: [] }));
const QUOTED = /“([^“”]{1,40})”/g;
// the longest event name after its opening verb, in characters (推动成渝地区双城经济圈建设重庆四川党政联席会议 is 24)
const MAX_EVENT = 40;

// 召开…会议: an opening verb, then the shortest run without punctuation that ends in an event head (heads that need a
// proper noun, 周 and 行, are too short to close a run on their own)
const openedEvents = perLexicon((lex) => {
  const heads = lex.words('event-heads').map((line) => line.split('|').map((x) => x.trim())).filter((f) => !(f[2] ?? '').includes('proper')).map((f) => f[0]);
  return new RegExp(`(?:${alternation(lex.words('event-openers')).source})([^\\s\\p{P}]{1,${MAX_EVENT}}?(?:${alternation(heads).source}))`, 'gu');
});

/** Every quoted name, its quote marks included, as [start, end) in the passage's normalised text. */
export function quoteSpans(ctx: PassageContext): [number, number][] {
  return [...ctx.text.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length]);
}

/**
 * Every event's name, as [start, end) in the passage's normalised text: closed by a head of event-heads.txt
 * (2023陆海新通道国际合作论坛, 重庆四川党政联席会议), or opened by a verb of event-openers.txt and closed by such a
 * head (召开数字重庆建设大会: an event named after its opening verb may hold lead verbs the name walk stops at).
 */
export function eventNames(ctx: PassageContext): [number, number][] {
  const names: [number, number][] = [];
  for (const e of namedPhrases(ctx, events(ctx.lexicon), placeTest(ctx.lexicon))) names.push([e.start, e.end]);
  for (const m of ctx.text.matchAll(openedEvents(ctx.lexicon))) {
    const end = m.index + m[0].length;
    names.push([end - m[1].length, end]);
  }
  return names;
}

/**
 * The names no rule makes a node of, as [start, end) in the passage's normalised text: what every quote holds and every
 * event's name (eventNames). Words inside them are the name's words (the reading RegionInNameRefiner gives the
 * places inside them).
 */
export function enclosingNames(ctx: PassageContext): [number, number][] {
  return [...quoteSpans(ctx).map(([a, b]): [number, number] => [a + 1, b - 1]), ...eventNames(ctx)];
}
