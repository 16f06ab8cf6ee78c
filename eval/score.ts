/**
 * `npm run eval`: precision and recall of the extractor against the blind gold sets in tests/fixtures/gold/
 * (see its README): the whole seed report and a random sample of 160 corpus sentences (both development sets: the
 * rules were tuned on their misses), and a second random sample of 160 corpus sentences held out (its misses are
 * never listed, so it stays blind), and a third sample of 160 drawn after the first tuning rounds (a second
 * development set, other annotators, blind until commit 3755863), a fourth sample of 160 drawn and annotated
 * blind after the fourth tuning round (scored once at 0d89df1, a development set since) and a fifth sample of 160
 * annotated blind while the sixth round ran (totals only), and a sixth sample of 160, the validation sample, whose
 * totals (never its misses) decide whether a change is merged, reported separately, per entity type and per relation
 * type, and the agreement of the second annotator with the first.
 *
 *   npm run eval                       # the tables
 *   npm run eval -- --misses Metric    # also list misses, false positives and wrong fields of one type (or all),
 *                                      # for the development sets only
 */
import { ENTITY_TYPES, loadAnnotations, loadUnits, RELATION_TYPES, type Item, type UnitItems } from './gold';
import { compare, type Comparison, type Score } from './match';
import { extractFiles, predictedItems } from './predict';

export const GOLD_FILES = { seed: ['A1.json', 'A2.json'], corpus: ['A3.json', 'A4.json'], heldout: ['A6.json', 'A7.json'], dev2: ['A8.json', 'A9.json'], blind3: ['A10.json', 'A11.json'], blind4: ['F1.json', 'F2.json'], validation: ['V1.json', 'V2.json'], dev3: ['A20.json', 'A21.json'], dev4: ['A22.json', 'A23.json'], dev5: ['A24.json', 'A25.json'], dev6: ['A26.json', 'A27.json'], dev7: ['A28.json', 'A29.json'], dev8: ['A30.json', 'A31.json'], dev9: ['A32.json', 'A33.json'], dev10: ['A34.json', 'A35.json'], dev11: ['A36.json', 'A37.json'], dev12: ['A38.json', 'A39.json'], dev13: ['A40.json', 'A41.json'], dev14: ['A42.json', 'A43.json'], dev15: ['A44.json', 'A45.json'], dev16: ['A46.json', 'A47.json'], dev17: ['A48.json', 'A49.json'], dev18: ['A50.json', 'A51.json'], dev19: ['A52.json', 'A53.json'], dev20: ['A54.json', 'A55.json'], dev21: ['A56.json', 'A57.json'], dev22: ['A58.json', 'A59.json'], dev23: ['A60.json', 'A61.json'], dev24: ['A62.json', 'A63.json'], second: ['A5.json'] } as const;

/**
 * The blind draws were annotated twice, whole, each time by annotators who saw neither the other annotation nor the
 * extractor, and an adjudicator who saw both (and not the extractor) made the gold above (F1/F2, V1/V2): the two
 * independent annotations, for their agreement.
 */
export const INDEPENDENT_FILES = { blind4: [['A12.json', 'A13.json'], ['A18.json', 'A19.json']], validation: [['A14.json', 'A15.json'], ['A16.json', 'A17.json']] } as const;

type SetName = Exclude<keyof typeof GOLD_FILES, 'second'>;

/**
 * The sets `npm run eval` prints, in order, with their headings; `details` names the development sets whose misses
 * `--misses` lists (the unseen ones never have theirs listed).
 */
const REPORTED: readonly { set: SetName; heading: string; details?: string }[] = [
  { set: 'seed', heading: 'Seed report (69 lines, exhaustive; annotators A1+A2)', details: 'Seed' },
  { set: 'corpus', heading: 'Corpus sample (160 random sentences of 29 reports; annotators A3+A4)', details: 'Corpus' },
  { set: 'heldout', heading: 'Held-out corpus sample (160 other random sentences; annotators A6+A7; never tuned on)' },
  { set: 'dev2', heading: 'Second corpus sample (160 more random sentences; annotators A8+A9; drawn after the first tuning rounds; a development set from commit 3755863 on)', details: 'Second corpus sample' },
  { set: 'blind3', heading: 'Third corpus sample (160 more random sentences; annotators A10+A11; drawn after the fourth tuning round; blind until 0d89df1, a development set since)', details: 'Third corpus sample' },
  { set: 'dev3', heading: 'Fourth development sample (160 more random sentences; annotators A20+A21; drawn 2026-11-26 in the seventh round, a development set from the start)', details: 'Fourth development sample' },
  { set: 'dev4', heading: 'Fifth development sample (160 more random sentences; annotators A22+A23; drawn 2026-11-26 in the eighth round, a development set from the start)', details: 'Fifth development sample' },
  { set: 'dev5', heading: 'Sixth development sample (160 more random sentences; annotators A24+A25; drawn 2026-11-26 in the eighth round, first scored at 5be5622, a development set from the start)', details: 'Sixth development sample' },
  { set: 'dev6', heading: 'Seventh development sample (160 more random sentences; annotators A26+A27; drawn 2026-11-26 at the start of the tenth round, first scored at c7b548d, a development set from the start)', details: 'Seventh development sample' },
  { set: 'dev7', heading: 'Eighth development sample (160 more random sentences; annotators A28+A29; drawn 2026-11-26 part-way through the tenth round, first scored at 2258f02, a development set from the start)', details: 'Eighth development sample' },
  { set: 'dev8', heading: 'Ninth development sample (160 more random sentences; annotators A30+A31; drawn 2026-11-27 at the start of the eleventh round, first scored at e615bd3, a development set from the start)', details: 'Ninth development sample' },
  { set: 'dev9', heading: 'Tenth development sample (160 more random sentences; annotators A32+A33; drawn 2026-11-27 at the start of the seventeenth round, first scored at c00a7a2, a development set from the start)', details: 'Tenth development sample' },
  { set: 'dev10', heading: 'Eleventh development sample (160 more random sentences; annotators A34+A35; drawn 2026-11-27 part-way through the seventeenth round, first scored at a7da3dc, a development set from the start)', details: 'Eleventh development sample' },
  { set: 'dev11', heading: 'Twelfth development sample (160 more random sentences; annotators A36+A37; drawn 2026-11-27 at the start of the eighteenth round, first scored at 59ceb17, a development set from the start)', details: 'Twelfth development sample' },
  { set: 'dev12', heading: 'Thirteenth development sample (160 more random sentences; annotators A38+A39; drawn 2026-11-27 at the start of the nineteenth round, first scored at c459434, a development set from the start)', details: 'Thirteenth development sample' },
  { set: 'dev13', heading: 'Fourteenth development sample (160 more random sentences; annotators A40+A41; drawn 2026-11-28 at the start of the twentieth round, first scored at 8132329, a development set from the start)', details: 'Fourteenth development sample' },
  { set: 'dev14', heading: 'Fifteenth development sample (160 more random sentences; annotators A42+A43; drawn 2026-11-28 part-way through the twentieth round, first scored at 6f2c2b2, a development set from the start)', details: 'Fifteenth development sample' },
  { set: 'dev15', heading: 'Sixteenth development sample (160 more random sentences; annotators A44+A45; drawn 2026-11-28 at the start of the twenty-first round, first scored at 0c68cd5, a development set from the start)', details: 'Sixteenth development sample' },
  { set: 'dev16', heading: 'Seventeenth development sample (160 more random sentences; annotators A46+A47; drawn 2026-11-28 part-way through the twenty-first round, first scored at 4f1e685, a development set from the start)', details: 'Seventeenth development sample' },
  { set: 'dev17', heading: 'Eighteenth development sample (160 more random sentences; annotators A48+A49; drawn 2026-11-28 at the start of the twenty-second round, first scored at 75c3593 before its misses were read, a development set from the start)', details: 'Eighteenth development sample' },
  { set: 'dev18', heading: 'Nineteenth development sample (160 more random sentences; annotators A50+A51; drawn 2026-11-28 part-way through the twenty-second round, first scored at f11a1f1 before its misses were read, a development set from the start)', details: 'Nineteenth development sample' },
  { set: 'dev19', heading: 'Twentieth development sample (160 more random sentences; annotators A52+A53; drawn 2026-11-28 at the start of the twenty-third round, first scored at 54049f9 before its misses were read, a development set from the start)', details: 'Twentieth development sample' },
  { set: 'dev20', heading: 'Twenty-first development sample (160 more random sentences; annotators A54+A55; drawn 2026-11-28 at the start of the twenty-third round with dev19, first scored at 54049f9 before its misses were read, a development set from the start)', details: 'Twenty-first development sample' },
  { set: 'dev21', heading: 'Twenty-second development sample (160 more random sentences; annotators A56+A57; drawn 2026-11-28 at the start of the twenty-fourth round, first scored at aeaaad3 before its misses were read, a development set from the start)', details: 'Twenty-second development sample' },
  { set: 'dev22', heading: 'Twenty-third development sample (160 more random sentences; annotators A58+A59; drawn 2026-11-28 at the start of the twenty-fourth round with dev21, first scored at aeaaad3 before its misses were read, a development set from the start)', details: 'Twenty-third development sample' },
  { set: 'dev23', heading: 'Twenty-fourth development sample (160 more random sentences; annotators A60+A61; drawn 2026-11-28 at the start of the twenty-fifth round, first scored at 44b23e4 before its misses were read, a development set from the start)', details: 'Twenty-fourth development sample' },
  { set: 'dev24', heading: 'Twenty-fifth development sample (160 more random sentences; annotators A62+A63; drawn 2026-11-28 at the start of the twenty-fifth round with dev23, first scored at 44b23e4 before its misses were read, a development set from the start)', details: 'Twenty-fifth development sample' },
  { set: 'blind4', heading: 'Fresh blind sample (160 more random sentences; annotators A12+A13 and A18+A19, adjudicated; drawn 2026-11-26 when the third sample was opened for tuning; never tuned on)' },
  { set: 'validation', heading: 'Validation sample (160 more random sentences; annotators A14+A15 and A16+A17, adjudicated; drawn 2026-11-26; its totals decide whether a change is merged, its misses are never listed)' },
];

export interface Evaluation {
  seed: Comparison;
  corpus: Comparison;
  heldout: Comparison;
  /** the second development draw (tests/fixtures/gold/README.md) */
  dev2: Comparison;
  /** the fourth draw, annotated blind after the fourth tuning round, a development set after one scoring */
  blind3: Comparison;
  /** the fifth draw, blind (totals only), annotated while the sixth tuning round ran */
  blind4: Comparison;
  /** the sixth draw, blind: its totals decide whether a change is merged (its misses are never listed) */
  validation: Comparison;
  /** the seventh draw, a development set from the start (annotated by the later draws' annotators) */
  dev3: Comparison;
  /** the eighth draw, a development set from the start, drawn once dev3's misses had been read class by class */
  dev4: Comparison;
  /** the ninth draw, a development set from the start, annotated while dev4's classes were worked on */
  dev5: Comparison;
  /** the tenth draw, a development set from the start, annotated at the start of the tenth round */
  dev6: Comparison;
  /** the eleventh draw, a development set from the start, annotated while dev6's classes were worked on */
  dev7: Comparison;
  /** the twelfth draw, a development set from the start, annotated at the start of the eleventh round */
  dev8: Comparison;
  /** the thirteenth draw, a development set from the start, annotated at the start of the seventeenth round */
  dev9: Comparison;
  /** the fourteenth draw, a development set from the start, annotated while dev9's classes were worked on */
  dev10: Comparison;
  /** the fifteenth draw, a development set from the start, annotated at the start of the eighteenth round */
  dev11: Comparison;
  /** the sixteenth draw, a development set from the start, annotated at the start of the nineteenth round */
  dev12: Comparison;
  /** the seventeenth draw, a development set from the start, annotated at the start of the twentieth round */
  dev13: Comparison;
  /** the eighteenth draw, a development set from the start, annotated while dev13's classes were worked on */
  dev14: Comparison;
  /** the nineteenth draw, a development set from the start, scored once before its misses were read */
  dev15: Comparison;
  /** the twentieth draw, a development set from the start, annotated while dev15's classes were worked on */
  dev16: Comparison;
  /** the twenty-first draw, a development set from the start, scored once before its misses were read */
  dev17: Comparison;
  /** the twenty-second draw, a development set from the start, annotated while dev17's classes were worked on */
  dev18: Comparison;
  dev19: Comparison;
  dev20: Comparison;
  dev21: Comparison;
  dev22: Comparison;
  dev23: Comparison;
  dev24: Comparison;
  /** second annotator (found) against the first (gold), on the units both annotated */
  agreement: { seed: Comparison; corpus: Comparison; blind4: Comparison; validation: Comparison };
}

function restrict(m: Map<string, UnitItems>, ids: Set<string>): Map<string, UnitItems> {
  return new Map([...m].filter(([k]) => ids.has(k)));
}

/** Runs the extractor over every report the gold sets point into and compares. Pure: no database. */
export function evaluate(): Evaluation {
  const out = {} as Evaluation;
  out.agreement = {} as Evaluation['agreement'];
  for (const { set } of REPORTED) {
    const units = loadUnits(set);
    const gold = loadAnnotations(GOLD_FILES[set], units);
    const records = extractFiles(units.map((u) => u.file));
    out[set] = compare(gold, predictedItems(units, records));
    if (set === 'blind4' || set === 'validation') {
      const [first, second] = INDEPENDENT_FILES[set];
      out.agreement[set] = compare(loadAnnotations(first, units), loadAnnotations(second, units));
    }
    if (set !== 'seed' && set !== 'corpus') continue;
    const second = loadAnnotations(GOLD_FILES.second, units);
    out.agreement[set] = compare(restrict(gold, new Set(second.keys())), second);
  }
  return out;
}

const pct = (x: number) => x.toFixed(3);
const row = (name: string, s: Score) => `| ${name} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.tp} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;

export function table(c: Comparison): string {
  const lines = ['| type | gold | found | matched | precision | recall | F1 |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const t of ENTITY_TYPES) lines.push(row(t, c.entities[t]));
  lines.push(row('《》 documents (recall)', c.documents));
  for (const t of [...RELATION_TYPES, 'ALL'] as const) lines.push(row(`rel ${t}`, c.relations[t]));
  const m = c.metricFields;
  lines.push('', `Metric fields of the ${m.matched} matched: subject right ${pct(m.subjectRight / (m.matched || 1))}, kind right ${pct(m.kindRight / (m.matched || 1))}, both ${pct(m.bothRight / (m.matched || 1))}`);
  return lines.join('\n');
}

const show = (i: Item) => `${i.unit} ${i.type} '${i.text}' ${i.names.join('/')}${i.type === 'Metric' ? ` [${i.subject} ${i.value}${i.unitText} ${i.kind} ${i.period ?? ''}]` : ''}`;

function listing(c: Comparison, type: string | null): string {
  const pick = (i: Item) => !type || type === 'all' || i.type === type;
  const out: string[] = [];
  out.push(`misses (${c.misses.filter(pick).length}):`, ...c.misses.filter(pick).map((i) => `  - ${show(i)}`));
  out.push(`false positives (${c.falsePositives.filter(pick).length}):`, ...c.falsePositives.filter(pick).map((i) => `  + ${show(i)}`));
  if (!type || type === 'all' || type === 'Metric') out.push(`metric fields wrong (${c.wrongFields.length}):`, ...c.wrongFields.map((w) => `  ~ ${show(w.gold)}  ≠  ${show(w.found)}`));
  if (!type || type === 'all' || type === 'relations') {
    out.push(`relation misses (${c.relationMisses.length}):`, ...c.relationMisses.map((r) => `  - ${r.unit} ${r.type} ${r.from.names[0]} → ${r.to.names[0]} «${r.evidence}»`));
    out.push(`relation false positives (${c.relationFalsePositives.length}):`, ...c.relationFalsePositives.map((r) => `  + ${r.unit} ${r.type} ${r.from.names[0]} → ${r.to.names[0]} «${r.evidence.slice(0, 40)}»`));
  }
  return out.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const mi = args.indexOf('--misses');
  const type = mi >= 0 ? (args[mi + 1] ?? 'all') : null;
  const e = evaluate();
  REPORTED.forEach(({ set, heading }, i) => console.log(`${i === 0 ? '' : '\n'}## ${heading}\n\n${table(e[set])}`));
  console.log('\n## Inter-annotator agreement (A5 against A1–A4 on the 20% both annotated; precision/recall of A5, F1 = agreement)\n');
  console.log('### seed\n' + table(e.agreement.seed) + '\n\n### corpus\n' + table(e.agreement.corpus));
  console.log('\n### fresh blind sample, whole (A18+A19 against A12+A13)\n' + table(e.agreement.blind4));
  console.log('\n### validation sample, whole (A16+A17 against A14+A15)\n' + table(e.agreement.validation));
  if (type) for (const { set, details } of REPORTED) if (details) console.log(`\n## ${details}: details\n${listing(e[set], type)}`);
}
