import type { Lexicon } from '../../lexicon/Lexicon';
import { perLexicon } from '../../lexicon/perLexicon';
import { normalize } from '../../text/normalize';
import { segment } from '../../text/segment';
import { insideTitle, titleSpans } from '../../text/titleSpans';
import { enclosingNames } from '../common/enclosingNames';
import { placeTest } from '../common/namedHeads';
import { policyLexicon } from '../policy/policyLexicon';
import { alternationSource } from '../../lexicon/alternation';
import { reportRefiner } from '../defineRule';
import type { Candidate, CandidateKind, PassageEntities } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { wordBoundsOf } from '../wordsOf';

/** The kinds whose names a report repeats where no rule reads them: a list, a heading, a clause without its verb. */
const NAMED_KINDS = new Set<CandidateKind>(['policy', 'project']);
const MIN_LENGTH = 4;
const MARKS = /[“”《》"\s]/g;

interface Reading {
  kind: CandidateKind;
  name: string;
  fields: Candidate['fields'];
  work?: Candidate['work'];
  /** the mentions its first passage kept inside it, `kind|start|end` relative to the name: 长三角 in 长三角一体化发展 */
  inner: Set<string>;
  /** the candidate of that first reading */
  source: Candidate;
}

/**
 * One name per report: a Policy or Project name a rule read in one passage is a mention of the same node wherever
 * the report writes it again, though no rule reads it there (深化…公立医院改革 then 公立医院改革成效显著; a corridor
 * named by 加快建设 once, then 重庆经西部陆海新通道运输货物). Only where the repetition is whole words (wordBoundsOf), no other mention
 * covers or crosses it, it is not part of a 《》 title, a quoted name or an event's name (召开数字重庆建设大会,
 * 2023陆海新通道国际合作论坛: enclosingNames) and the name is specific: MIN_LENGTH characters or more without
 * quotes, and not made of generic words alone (name-generic-words.txt: 工作机制, 重大项目 name nothing). A name two
 * readings give two nodes (a policy here, a project there) is no one node's and is left alone. Longer names first:
 * a name inside a longer repeated name is that name's word. The mention takes the node's name and fields, and the
 * mentions its first reading kept inside it (a place that opens a strategy); other mentions inside it give way, as
 * the overlap refiner would have made them.
 */
export const RepeatedNameRefiner = reportRefiner('report.repeatedName', (passages) => {
  if (passages.length === 0) return [];
  const lexicon = passages[0].context.lexicon;
  const readings = new Map<string, Reading | null>();
  for (const p of passages) {
    for (const c of p.entities) {
      if (!NAMED_KINDS.has(c.kind)) continue;
      const surface = p.context.text.slice(c.start - p.context.passage.start, c.end - p.context.passage.start);
      const seen = readings.get(surface);
      if (seen === null) continue;
      if (seen) {
        if (seen.kind !== c.kind || seen.name !== c.name) readings.set(surface, null);
        continue;
      }
      const inner = new Set(p.entities.filter((o) => o !== c && o.start >= c.start && o.end <= c.end).map((o) => `${o.kind}|${o.start - c.start}|${o.end - c.start}`));
      readings.set(surface, { kind: c.kind, name: c.name, fields: c.fields, ...(c.work ? { work: c.work } : {}), inner, source: c });
    }
  }
  // one search of the whole report per name (passages joined by a character no name holds), longest names first
  const joined = passages.map((p) => p.context.text).join('\u0000');
  const offsets: number[] = [];
  let at = 0;
  for (const p of passages) {
    offsets.push(at);
    at += p.context.text.length + 1;
  }
  const hits = passages.map((): Hit[] => []);
  const names = [...readings].filter((e): e is [string, Reading] => e[1] !== null).sort((a, b) => b[0].length - a[0].length);
  for (const [surface, reading] of names) {
    for (let k = joined.indexOf(surface); k >= 0; k = joined.indexOf(surface, k + 1)) {
      const n = passageAt(offsets, k);
      hits[n].push({ surface, reading, i: k - offsets[n] });
    }
  }
  const specific = new Map<string, boolean>();
  const isNamed = (surface: string, reading: Reading): boolean => {
    let ok = specific.get(surface);
    if (ok === undefined) specific.set(surface, (ok = isSpecific(surface, reading.source, lexicon)));
    return ok;
  };
  return passages.map((p, n) => (hits[n].length === 0 ? [...p.entities] : repeatIn(p, hits[n], isNamed)));
});

interface Hit {
  surface: string;
  reading: Reading;
  /** where it starts in the passage's normalised text */
  i: number;
}

/** The index of the passage whose joined text holds offset `k` (offsets ascending). */
function passageAt(offsets: readonly number[], k: number): number {
  let [lo, hi] = [0, offsets.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function repeatIn(p: PassageEntities, hits: readonly Hit[], isNamed: (surface: string, reading: Reading) => boolean): Candidate[] {
  const { context: ctx } = p;
  const { lexicon } = ctx;
  const base = ctx.passage.start;
  let entities = [...p.entities];
  const added: Candidate[] = [];
  let around: [number, number][] | undefined;
  for (const { surface, reading, i } of hits) {
    const j = i + surface.length;
    const [s, e] = [base + i, base + j];
    if (added.some((a) => a.start < e && s < a.end)) continue;
    // whatever already reads these words, or words across them, stands: the same name, a longer one, another
    // reading; a figure about the thing may hold its name (中老铁路累计发送旅客…), as the overlap refiner lets it
    if (entities.some((o) => o.kind !== 'metric' && o.start < e && s < o.end && !(o.start >= s && o.end <= e && o.end - o.start < e - s))) continue;
    const bounds = wordBoundsOf(ctx);
    if (!bounds.starts.has(i) || !bounds.ends.has(j) || insideTitle(titleSpans(ctx.text), i, j) || !isNamed(surface, reading)) continue;
    if (continued(lexicon).test(ctx.text.slice(j, j + MAX_FOLLOWER))) continue;
    // a quote right after a bare name goes on with it: 服务贸易创新发展试点“最佳实践案例” (the pilot's cases)
    if (ctx.text[j] === '“' && !surface.endsWith('”')) continue;
    around ??= enclosingNames(ctx);
    // the words of a forum's, a meeting's or a slogan's name
    if (around.some(([a, b]) => a <= i && j <= b && b - a > j - i)) continue;
    entities = entities.filter((o) => !(o.start >= s && o.end <= e) || reading.inner.has(`${o.kind}|${o.start - s}|${o.end - s}`));
    added.push(spanCandidate(ctx, reading.kind, `${reading.kind}.repeatedName`, i, j, { name: reading.name, fields: reading.fields, ...(reading.work ? { work: reading.work } : {}) }));
  }
  if (added.length === 0) return entities;
  return [...entities, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

// the longest document noun or facility word that may follow a name (特高压直流输电工程)
const MAX_FOLLOWER = 10;

/**
 * What opens a longer name the repeated one only begins: a document or its pilot (法治天津建设规划, …综合改革试点,
 * 海南自由贸易港建设总体方案), a facility or a phase of the works (…国家公园旅游公路 is a road, 引汉济渭二期).
 */
const continued = perLexicon((lexicon: Lexicon) => {
  const { nouns, facilityWords } = policyLexicon(lexicon);
  return new RegExp(`^(?:\\p{Script=Han}{0,2}?(?:${alternationSource([...nouns.map((n) => n.noun), ...facilityWords, ...lexicon.words('repeated-name-followers')])})|[一二三四五六七八九十\\d]期)`, 'u');
});

const words = perLexicon((lexicon: Lexicon) => ({ generic: new Set(lexicon.words('name-generic-words')), isPlace: placeTest(lexicon) }));

/**
 * A name specific enough to be the same thing wherever the report writes it. The words must spell the whole name: a
 * list item the list's head completes (国资国企 of 深化财税、国资国企等改革) is that name only in its list. Four
 * characters of a policy without quotes are a name only with a place in them (平安天津, 美丽河北): 增量政策,
 * 问题整治, 生育保险 are kinds, often inside longer phrases; a project's four (中老铁路, 邕北灌区) carry their head.
 */
function isSpecific(surface: string, c: Candidate, lexicon: Lexicon): boolean {
  const core = surface.replace(MARKS, '');
  if (core.length < MIN_LENGTH || !core.includes(normalize(c.name).replace(MARKS, ''))) return false;
  const { generic, isPlace } = words(lexicon);
  if (c.kind === 'policy' && core.length === MIN_LENGTH && core === surface && !isPlace(core)) return false;
  return !segment(core, lexicon).every((w) => generic.has(w.text));
}
