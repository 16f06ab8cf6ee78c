import { ENTITY_TYPES, RELATION_TYPES, type Item, type RelationItem, type UnitItems } from './gold';
import { leaveOutUnsettled } from './unsettled';

/** Names compared the way a reader would: no brackets, quotes, spaces; one kind of dash and parenthesis. */
export function normName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[《》〈〉“”"'‘’「」『』\s·•・]/g, '')
    .replace(/[—–－~～]/g, '-')
    .toLowerCase();
}

const ADMIN_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|区|县|地区)$/;

function compatible(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const nx = normName(x);
      const ny = normName(y);
      if (!nx || !ny) continue;
      if (nx.includes(ny) || ny.includes(nx)) return true;
      const sx = nx.replace(ADMIN_SUFFIX, '');
      const sy = ny.replace(ADMIN_SUFFIX, '');
      if (sx.length >= 2 && sx === sy) return true;
    }
  }
  return false;
}

const overlap = (a: Item, b: Item) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const sameNumber = (a?: number, b?: number) => a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
const normUnit = (u?: string) => (u ?? '').normalize('NFKC').replace(/\s/g, '');

/** Whether an extracted (or second-annotator) item is the gold item: same type, overlapping span, same thing. */
export function sameEntity(g: Item, p: Item): boolean {
  if (g.type !== p.type || g.unit !== p.unit) return false;
  const spansMeet = overlap(g, p) > 0;
  if (g.type === 'Metric') return spansMeet && sameNumber(g.value, p.value) && normUnit(g.unitText) === normUnit(p.unitText);
  if (spansMeet && g.start === p.start && g.end === p.end) return true;
  return spansMeet && compatible(g.names, p.names);
}

/** A relation endpoint: a mention of the same thing, or (for endpoints that are no mention here) the same name. */
function sameEndpoint(g: Item, p: Item): boolean {
  if (g.type !== p.type) return false;
  if (p.text && overlap(g, p) > 0 && (g.type === 'Metric' || compatible(g.names, p.names) || (g.start === p.start && g.end === p.end))) return true;
  return g.type !== 'Metric' && compatible(g.names, p.names);
}

/** Joint abbreviations (成渝 → 成都市, 重庆市) count once per place they name. */
function expand(items: readonly Item[]): Item[] {
  return items.flatMap((i) => (i.type === 'Region' && i.names.length > 1 ? i.names.map((n) => ({ ...i, names: [n] })) : [i]));
}

/** A relation with a joint abbreviation at an end counts once per place, as the mention does (川渝 → 四川省, 重庆市). */
function expandRelations(relations: readonly RelationItem[]): RelationItem[] {
  return relations.flatMap((r) => expand([r.from]).flatMap((from) => expand([r.to]).map((to) => ({ ...r, from, to }))));
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export interface Comparison {
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  /** Metric: of the matched, how many have the subject and the kind right */
  metricFields: { matched: number; subjectRight: number; kindRight: number; bothRight: number };
  /** 《》 documents: recall only (every 《…》 title the gold holds) */
  documents: Score;
  misses: Item[];
  falsePositives: Item[];
  wrongFields: { gold: Item; found: Item }[];
  relationMisses: RelationItem[];
  relationFalsePositives: RelationItem[];
}

/** Greedy one-to-one matching, best pairs first (an exact span before a mere overlap). */
function pair<T>(gold: readonly T[], found: readonly T[], same: (g: T, p: T) => boolean, rank: (g: T, p: T) => number): [T, T][] {
  const cands: { g: number; p: number; r: number }[] = [];
  gold.forEach((g, gi) => found.forEach((p, pi) => same(g, p) && cands.push({ g: gi, p: pi, r: rank(g, p) })));
  cands.sort((a, b) => b.r - a.r);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [T, T][] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push([gold[c.g], found[c.p]]);
  }
  return out;
}

/** Compares `found` against `gold` over the units the gold holds. */
export function compare(allGold: Map<string, UnitItems>, allFound: Map<string, UnitItems>): Comparison {
  const [gold, found] = leaveOutUnsettled(allGold, allFound);
  const counts = Object.fromEntries([...ENTITY_TYPES, ...RELATION_TYPES].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const c: Comparison = {
    entities: {},
    relations: {},
    metricFields: { matched: 0, subjectRight: 0, kindRight: 0, bothRight: 0 },
    documents: score(0, 0, 0),
    misses: [],
    falsePositives: [],
    wrongFields: [],
    relationMisses: [],
    relationFalsePositives: [],
  };
  let docTp = 0;
  let docFn = 0;
  for (const [unitId, g] of gold) {
    const f = found.get(unitId) ?? { unit: g.unit, items: [], relations: [] };
    const gi = expand(g.items);
    const fi = expand(f.items);
    const matched = pair(gi, fi, sameEntity, (a, b) => (a.start === b.start && a.end === b.end ? 1000 : 0) + overlap(a, b));
    const mg = new Set(matched.map(([a]) => a));
    const mf = new Set(matched.map(([, b]) => b));
    for (const x of gi) if (!mg.has(x)) c.misses.push(x);
    for (const x of fi) if (!mf.has(x)) c.falsePositives.push(x);
    for (const t of ENTITY_TYPES) {
      counts[t].tp += matched.filter(([a]) => a.type === t).length;
      counts[t].fn += gi.filter((x) => x.type === t && !mg.has(x)).length;
      counts[t].fp += fi.filter((x) => x.type === t && !mf.has(x)).length;
    }
    for (const [a, b] of matched) {
      if (a.type === 'Metric') {
        const subjectRight = compatible([a.subject ?? ''], [b.subject ?? '']);
        const kindRight = a.kind === b.kind;
        c.metricFields.matched++;
        if (subjectRight) c.metricFields.subjectRight++;
        if (kindRight) c.metricFields.kindRight++;
        if (subjectRight && kindRight) c.metricFields.bothRight++;
        else c.wrongFields.push({ gold: a, found: b });
      }
    }
    for (const x of gi.filter((i) => i.type === 'Policy' && i.text.includes('《'))) mg.has(x) ? docTp++ : docFn++;

    const gr = expandRelations(g.relations);
    const fr = expandRelations(f.relations);
    const rm = pair(gr, fr, (a, b) => a.type === b.type && sameEndpoint(a.from, b.from) && sameEndpoint(a.to, b.to), () => 0);
    const rg = new Set(rm.map(([a]) => a));
    const rf = new Set(rm.map(([, b]) => b));
    for (const x of gr) if (!rg.has(x)) c.relationMisses.push(x);
    for (const x of fr) if (!rf.has(x)) c.relationFalsePositives.push(x);
    for (const t of RELATION_TYPES) {
      counts[t].tp += rm.filter(([a]) => a.type === t).length;
      counts[t].fn += gr.filter((x) => x.type === t && !rg.has(x)).length;
      counts[t].fp += fr.filter((x) => x.type === t && !rf.has(x)).length;
    }
  }
  for (const t of ENTITY_TYPES) c.entities[t] = score(counts[t].tp, counts[t].fp, counts[t].fn);
  for (const t of RELATION_TYPES) c.relations[t] = score(counts[t].tp, counts[t].fp, counts[t].fn);
  const all = RELATION_TYPES.reduce((s, t) => ({ tp: s.tp + counts[t].tp, fp: s.fp + counts[t].fp, fn: s.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
  c.relations.ALL = score(all.tp, all.fp, all.fn);
  c.documents = score(docTp, 0, docFn);
  return c;
}
