import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import type { RelationCandidate } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { regionsInName } from './regionsInName';
import { relationRule } from '../defineRule';

interface Abbreviations {
  routeWords: string[];
  provinces: Record<string, string>;
  heads: Record<string, string[]>;
}

/** Heads are short: 渝昆, 成达万, 沪渝蓉, 淮宿蚌; five characters is already a name, not a run of abbreviations. */
const MIN_HEAD = 2;
const MAX_HEAD = 4;
/** A spelled-out end (重庆至贵阳, 哈密—重庆) is read from the gazetteer by LocatedInRule, not as abbreviations. */
const SPELLED_OUT = /[至到—\-·]/;

/**
 * Places a route (railway, highway, power line) in every place its abbreviated head names, by the data of
 * region-abbreviations.json: a listed head (渝昆 → 重庆市 + 昆明市, 成达万 → 成都市 + 达州市 + 万州区) or a head
 * made only of unambiguous province abbreviations (渝湘 → 重庆市 + 湖南省, 川藏 → 四川省 + 西藏自治区). The head is
 * read from the project's canonical name (a bare `渝昆` in `渝昆、成达万…高速铁路` is named 渝昆高铁).
 * Rejected: a head with any character that is not listed (包鄂榆 only as a listed head: 鄂 alone is 湖北 or 鄂尔多斯),
 * a head that starts with a full place name (万州机场: LocatedInRule's), and anything not followed by a route word.
 * Example (seed line 32): `渝昆、成达万、渝万、成渝中线、渝西高速铁路加快推进` → 成达万高铁 LOCATED_IN 达州市.
 */
export const LocatedInAbbreviationRule = relationRule('relation.locatedInAbbreviation', (ctx, entities, rule) => {
  const data = ctx.lexicon.data<Abbreviations>('region-abbreviations');
  const index = RegionIndex.of(ctx.lexicon);
  const out: RelationCandidate[] = [];
  for (const e of entities) {
    if (e.kind !== 'project') continue;
    const head = headOf(e.name, data.routeWords);
    if (!head || regionsInName(ctx, e, e.name).some((r) => r.at === 0)) continue;
    const names = data.heads[head] ?? (head.length <= MAX_HEAD && [...head].every((ch) => ch in data.provinces) ? [...head].map((ch) => data.provinces[ch]) : []);
    for (const name of new Set(names)) {
      const entry = index.byName(name);
      if (!entry) continue;
      const to = regionEndpoint(entry, e, rule);
      out.push({ type: RelType.LOCATED_IN, from: e, to, rule: rule, start: e.start, end: e.end, fields: { basis: 'abbreviation', head } });
    }
  }
  return out;
});

/** The characters before the first route word of `name`, when they can be a run of abbreviations. */
function headOf(name: string, routeWords: readonly string[]): string | null {
  let cut = -1;
  for (const w of routeWords) {
    const i = name.indexOf(w);
    if (i >= MIN_HEAD && (cut < 0 || i < cut)) cut = i;
  }
  if (cut < 0) return null;
  const head = name.slice(0, cut);
  return /^\p{Script=Han}+$/u.test(head) && !SPELLED_OUT.test(head) ? head : null;
}
