/**
 * Draws the blind gold-set units: every line of the seed report, and 160 sentences picked at random from the 29
 * provincial reports (seeded, so the draw is reproducible and independent of what the extractor finds). Writes
 * tests/fixtures/gold/units/{seed,corpus,heldout,dev2}.json (heldout: a second draw of 160, scored only in aggregate;
 * dev2: a third draw of 160, a second development set drawn after the first round of tuning); annotators see only
 * these units and the annotation guide.
 *
 *   npx tsx eval/drawSample.ts            # rewrites the unit files (the committed ones are the annotated draw)
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const REPORTS = path.join(ROOT, 'seeds/reports');
const OUT = path.join(ROOT, 'tests/fixtures/gold/units');
const SEED_FILE = 'chongqing-2023-h1-plan-execution-report.txt';
const CORPUS_UNITS = 160;
/** a second, held-out draw: scored only in aggregate, never read for tuning (eval/score.ts hides its details) */
const HELDOUT_UNITS = 160;
/** a third draw: more development text, annotated by other annotators than the first corpus draw */
const DEV2_UNITS = 160;
/** a fourth draw, blind: scored in aggregate only */
const BLIND3_UNITS = 160;
/** a fifth draw, blind: scored in aggregate only, once blind3 became a development set */
const BLIND4_UNITS = 160;
/** a sixth draw: the validation sample, read only as totals to accept or reject a change before it is merged */
const VALIDATION_UNITS = 160;
/** a seventh draw: a third development set, annotated by the annotators of the later draws' kind */
const DEV3_UNITS = 160;
/** an eighth draw: a fifth development set, for the classes dev3 has been mined for */
const DEV4_UNITS = 160;
/** a ninth draw: a sixth development set, annotated while dev4's classes were worked on */
const DEV5_UNITS = 160;
/** a tenth draw: a seventh development set, for the tenth round */
const DEV6_UNITS = 160;
/** an eleventh draw: an eighth development set, drawn part-way through the tenth round */
const DEV7_UNITS = 160;
/** a twelfth draw: a ninth development set, for the eleventh round */
const DEV8_UNITS = 160;
/** a thirteenth draw: a tenth development set, for the seventeenth round */
const DEV9_UNITS = 160;
/** a fourteenth draw: an eleventh development set, drawn part-way through the seventeenth round */
const DEV10_UNITS = 160;
/** a fifteenth draw: a twelfth development set, for the eighteenth round */
const DEV11_UNITS = 160;
/** a sixteenth draw: a thirteenth development set, for the nineteenth round */
const DEV12_UNITS = 160;
/** a seventeenth draw: a fourteenth development set, for the twentieth round */
const DEV13_UNITS = 160;
/** an eighteenth draw: a fifteenth development set, drawn part-way through the twentieth round */
const DEV14_UNITS = 160;
/** a nineteenth draw: a sixteenth development set, for the twenty-first round */
const DEV15_UNITS = 160;
/** a twentieth draw: a seventeenth development set, drawn part-way through the twenty-first round */
const DEV16_UNITS = 160;
/** a twenty-first draw: an eighteenth development set, for the twenty-second round */
const DEV17_UNITS = 160;
/** a twenty-second draw: a nineteenth development set, drawn part-way through the twenty-second round */
const DEV18_UNITS = 160;
/** a twenty-third draw: a twentieth development set, for the twenty-third round */
const DEV19_UNITS = 160;
/** a twenty-fourth draw: a twenty-first development set, annotated while the twenty-third round works on dev19 */
const DEV20_UNITS = 160;
/** a twenty-fifth draw: a twenty-second development set, for the twenty-fourth round */
const DEV21_UNITS = 160;
/** a twenty-sixth draw: a twenty-third development set, annotated while the twenty-fourth round works on dev21 */
const DEV22_UNITS = 160;
/** a twenty-seventh draw: a twenty-fourth development set, for the twenty-fifth round */
const DEV23_UNITS = 160;
/** a twenty-eighth draw: a twenty-fifth development set, annotated while the twenty-fifth round works on dev23 */
const DEV24_UNITS = 160;
const SECOND_SHARE = 0.2;

interface IndexRow { file: string; province: string; year: number; title: string; publish_date: string | null }
export interface GoldUnit {
  id: string;
  file: string;
  /** absolute offsets into the report text: text === report.slice(start, end) */
  start: number;
  end: number;
  text: string;
  title: string;
  publishDate: string | null;
  /** the nearest heading above the unit (一、… / (一)…), for the period and the topic */
  section: string | null;
  /** the sentence before the unit, for lists and subjects that it continues */
  before: string | null;
  /** also given to the second annotator (agreement sample) */
  second: boolean;
}

/** mulberry32 seeded from a sha256 of a label: a small, well-known PRNG, enough for a reproducible draw */
function rng(label: string): () => number {
  let a = createHash('sha256').update(label).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Sentences (ended by 。！？； or a line end) with offsets, and the heading each sits under. */
function sentences(text: string): { start: number; end: number; section: string | null }[] {
  const out: { start: number; end: number; section: string | null }[] = [];
  let pos = 0;
  let section: string | null = null;
  for (const line of text.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    if (HEADING.test(line)) section = line.trim().slice(0, 60);
    let from = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || '。！？；!?;'.includes(line[i])) {
        let s = from;
        let e = i < line.length ? i + 1 : i;
        while (s < e && /\s/.test(line[s])) s++;
        while (e > s && /\s/.test(line[e - 1])) e--;
        if ((line.slice(s, e).match(/\p{Script=Han}/gu) ?? []).length >= 8) out.push({ start: lineStart + s, end: lineStart + e, section });
        from = i + 1;
      }
    }
  }
  return out;
}

const unitKey = (u: GoldUnit): string => `${u.file}|${u.start}`;

/** `n` units shuffled by `label` from what `taken` does not hold, in report order, ids `prefix` + 001…; marks them taken. */
function laterDraw(pool: readonly GoldUnit[], taken: Set<string>, label: string, n: number, prefix: string): GoldUnit[] {
  const r = rng(label);
  const drawn = pool.filter((u) => !taken.has(unitKey(u))).map((u) => ({ u: { ...u }, k: r() })).sort((a, b) => a.k - b.k)
    .slice(0, n).map((x) => x.u).sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  drawn.forEach((u, i) => (u.id = `${prefix}${String(i + 1).padStart(3, '0')}`));
  for (const u of drawn) taken.add(unitKey(u));
  return drawn;
}

function pickSecond(units: GoldUnit[], label: string): void {
  const r = rng(label);
  const order = units.map((u) => ({ u, k: r() })).sort((a, b) => a.k - b.k);
  for (const { u } of order.slice(0, Math.ceil(units.length * SECOND_SHARE))) u.second = true;
}

function main(): void {
  const index: IndexRow[] = JSON.parse(fs.readFileSync(path.join(REPORTS, 'index.json'), 'utf8'));
  const meta = new Map(index.map((r) => [r.file, r]));

  const seedText = fs.readFileSync(path.join(REPORTS, SEED_FILE), 'utf8');
  const seed: GoldUnit[] = [];
  let pos = 0;
  let section: string | null = null;
  for (const [i, line] of seedText.split('\n').entries()) {
    const start = pos;
    pos += line.length + 1;
    if (HEADING.test(line)) section = line.trim();
    if (!line.trim()) continue;
    seed.push({ id: `s${String(i + 1).padStart(2, '0')}`, file: SEED_FILE, start, end: start + line.length, text: line,
      title: meta.get(SEED_FILE)!.title, publishDate: null, section, before: null, second: false });
  }
  pickSecond(seed, 'gold-seed-second-2026-11-25');

  const pool: GoldUnit[] = [];
  for (const row of index.filter((r) => r.year === 2026)) {
    const text = fs.readFileSync(path.join(REPORTS, row.file), 'utf8');
    const ss = sentences(text);
    ss.forEach((s, i) => pool.push({ id: '', file: row.file, start: s.start, end: s.end, text: text.slice(s.start, s.end),
      title: row.title, publishDate: row.publish_date, section: s.section,
      before: i > 0 ? text.slice(ss[i - 1].start, ss[i - 1].end).slice(-200) : null, second: false }));
  }
  const r = rng('gold-corpus-2026-11-25');
  const corpus = pool.map((u) => ({ u, k: r() })).sort((a, b) => a.k - b.k).slice(0, CORPUS_UNITS).map((x) => x.u)
    .sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  corpus.forEach((u, i) => (u.id = `c${String(i + 1).padStart(3, '0')}`));
  pickSecond(corpus, 'gold-corpus-second-2026-11-25');

  // each later draw is a shuffle of its own over what no earlier draw took, so none repeats a unit
  const taken = new Set(corpus.map(unitKey));
  // the held-out draw, scored only in aggregate
  const heldout = laterDraw(pool, taken, 'gold-heldout-2026-11-25', HELDOUT_UNITS, 'h');
  // the second development draw
  const dev2 = laterDraw(pool, taken, 'gold-dev2-2026-11-26', DEV2_UNITS, 'd');
  // a fresh blind draw (2026-11-26, fourth session), annotated by two more annotators after the fourth tuning round,
  // because the held-out floors had become a guard that tuning consulted
  const blind3 = laterDraw(pool, taken, 'gold-blind3-2026-11-26', BLIND3_UNITS, 'b');
  // a fifth draw (2026-11-26, sixth session): blind3 was scored once and then opened for tuning, as dev2 was before
  // it, so the figure to quote needs a sample no tuning has seen
  const blind4 = laterDraw(pool, taken, 'gold-blind4-2026-11-26', BLIND4_UNITS, 'f');
  // a sixth draw (2026-11-26, seventh session): a validation sample that decides whether a change is merged (its
  // totals only, never its misses), so that blind4 can stay the figure no decision has seen
  const validation = laterDraw(pool, taken, 'gold-validation-2026-11-26', VALIDATION_UNITS, 'v');
  // a seventh draw (same session), open for tuning from the start: two annotators of one blind draw agree on 95% of its
  // projects while the extractor finds a quarter, so the classes the development sets lack need development text
  const dev3 = laterDraw(pool, taken, 'gold-dev3-2026-11-26', DEV3_UNITS, 'n');
  // an eighth draw (2026-11-26, eighth session): dev3's misses have been read class by class, so fresh development
  // text is needed to find classes rather than sentences
  const dev4 = laterDraw(pool, taken, 'gold-dev4-2026-11-26', DEV4_UNITS, 'm');
  // a ninth draw (same session): more fresh development text for the classes one set shows once
  const dev5 = laterDraw(pool, taken, 'gold-dev5-2026-11-26', DEV5_UNITS, 'q');
  // a tenth draw (2026-11-26, tenth session): the development sets' misses have been read class by class, and each
  // new set has shown classes the others did not
  const dev6 = laterDraw(pool, taken, 'gold-dev6-2026-11-26', DEV6_UNITS, 'k');
  // an eleventh draw (same session), annotated while dev6's classes were worked on
  const dev7 = laterDraw(pool, taken, 'gold-dev7-2026-11-26', DEV7_UNITS, 'g');
  // a twelfth draw (2026-11-27, eleventh session): tuning on dev6 and dev7 moved neither unseen sample's Project
  // recall, so the round starts from fresh development text scored blind before its misses are read
  const dev8 = laterDraw(pool, taken, 'gold-dev8-2026-11-27', DEV8_UNITS, 'r');
  // a thirteenth draw (2026-11-27, seventeenth session): two rounds of development-set work left the fresh blind
  // sample's Project recall where it was, so the round starts again from fresh text scored blind before it is read
  const dev9 = laterDraw(pool, taken, 'gold-dev9-2026-11-27', DEV9_UNITS, 't');
  // a fourteenth draw (same session), annotated while dev9's classes were worked on
  const dev10 = laterDraw(pool, taken, 'gold-dev10-2026-11-27', DEV10_UNITS, 'u');
  // a fifteenth draw (2026-11-27, eighteenth session): the round starts from fresh text scored blind before it is read
  const dev11 = laterDraw(pool, taken, 'gold-dev11-2026-11-27', DEV11_UNITS, 'w');
  // a sixteenth draw (2026-11-27, nineteenth session): again fresh text, scored blind before it is read
  const dev12 = laterDraw(pool, taken, 'gold-dev12-2026-11-27', DEV12_UNITS, 'x');
  // a seventeenth draw (2026-11-28, twentieth session): fresh text again, scored blind before it is read
  const dev13 = laterDraw(pool, taken, 'gold-dev13-2026-11-28', DEV13_UNITS, 'y');
  // an eighteenth draw (same session), annotated while dev13's classes were worked on
  const dev14 = laterDraw(pool, taken, 'gold-dev14-2026-11-28', DEV14_UNITS, 'z');
  // a nineteenth draw (2026-11-28, twenty-first session): fresh text, scored blind before it is read
  const dev15 = laterDraw(pool, taken, 'gold-dev15-2026-11-28', DEV15_UNITS, 'p');
  // a twentieth draw (same session), annotated while dev15's classes were worked on
  const dev16 = laterDraw(pool, taken, 'gold-dev16-2026-11-28', DEV16_UNITS, 'j');
  // a twenty-first draw (2026-11-28, twenty-second session): fresh text, scored blind before it is read
  const dev17 = laterDraw(pool, taken, 'gold-dev17-2026-11-28', DEV17_UNITS, 'a');
  // a twenty-second draw (same session), annotated while dev17's classes were worked on
  const dev18 = laterDraw(pool, taken, 'gold-dev18-2026-11-28', DEV18_UNITS, 'e');
  // a twenty-third draw (2026-11-28, twenty-third session): fresh text, scored blind before it is read
  const dev19 = laterDraw(pool, taken, 'gold-dev19-2026-11-28', DEV19_UNITS, 'i');
  // a twenty-fourth draw (same session), annotated while dev19's classes are worked on
  const dev20 = laterDraw(pool, taken, 'gold-dev20-2026-11-28', DEV20_UNITS, 'l');
  // a twenty-fifth draw (2026-11-28, twenty-fourth session): fresh text, scored blind before it is read
  const dev21 = laterDraw(pool, taken, 'gold-dev21-2026-11-28', DEV21_UNITS, 'o');
  // a twenty-sixth draw (same session), annotated with dev21; the one-letter prefixes are spent, so two letters
  const dev22 = laterDraw(pool, taken, 'gold-dev22-2026-11-28', DEV22_UNITS, 'ob');
  // a twenty-seventh draw (2026-11-28, twenty-fifth session): fresh text, scored blind before it is read
  const dev23 = laterDraw(pool, taken, 'gold-dev23-2026-11-28', DEV23_UNITS, 'oc');
  // a twenty-eighth draw (same session), annotated while dev23's classes are worked on
  const dev24 = laterDraw(pool, taken, 'gold-dev24-2026-11-28', DEV24_UNITS, 'od');

  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'dev24.json'), JSON.stringify(dev24, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev23.json'), JSON.stringify(dev23, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev22.json'), JSON.stringify(dev22, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev21.json'), JSON.stringify(dev21, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev20.json'), JSON.stringify(dev20, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev19.json'), JSON.stringify(dev19, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev18.json'), JSON.stringify(dev18, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev17.json'), JSON.stringify(dev17, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev16.json'), JSON.stringify(dev16, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev15.json'), JSON.stringify(dev15, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev14.json'), JSON.stringify(dev14, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev13.json'), JSON.stringify(dev13, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev12.json'), JSON.stringify(dev12, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev11.json'), JSON.stringify(dev11, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev10.json'), JSON.stringify(dev10, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev9.json'), JSON.stringify(dev9, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev8.json'), JSON.stringify(dev8, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev7.json'), JSON.stringify(dev7, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev6.json'), JSON.stringify(dev6, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev5.json'), JSON.stringify(dev5, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev4.json'), JSON.stringify(dev4, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev3.json'), JSON.stringify(dev3, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'validation.json'), JSON.stringify(validation, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'blind4.json'), JSON.stringify(blind4, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'blind3.json'), JSON.stringify(blind3, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'dev2.json'), JSON.stringify(dev2, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'heldout.json'), JSON.stringify(heldout, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'seed.json'), JSON.stringify(seed, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'corpus.json'), JSON.stringify(corpus, null, 1) + '\n');
  const reports = new Set(corpus.map((u) => u.file)).size;
  console.log(`seed: ${seed.length} lines (${seed.filter((u) => u.second).length} double-annotated); corpus: ${corpus.length} sentences from ${reports} reports (${corpus.filter((u) => u.second).length} double-annotated), pool ${pool.length}`);
}

main();
