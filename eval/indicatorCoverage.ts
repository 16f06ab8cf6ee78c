/**
 * How much of what the extractor finds the indicator catalogue (seeds/lexicon/indicators.tsv) covers: runs the
 * extractor over the 30 reports of seeds/reports, maps every Metric's subject and unit with `matchIndicator`, and
 * prints per report and overall the share of growth-rate (YOY_GROWTH) and level (LEVEL) metrics that map (targets
 * are shown apart, by the kind they replace), then the 30 most frequent unmapped growth and level subjects (with
 * `--all`: every unmapped subject, its unit, count and the reports that write it). Last, it
 * checks the hand-read GDP growth of tests/fixtures/gdp-growth-by-province.json against the pure pipeline: the
 * metric extracted at each figure, its indicator (gdp), value and structured period (2025 ACTUAL / 2026 TARGET).
 *
 *   npm run -s eval:indicators            (= npx tsx eval/indicatorCoverage.ts)
 *   npm run -s eval:indicators -- --all   (every unmapped subject, not only the 30 most frequent)
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  extractCandidates,
  extractReport,
  loadIndicators,
  loadLexicon,
  matchIndicator,
  MetricKind,
  NodeLabel,
  structuredPeriod,
  type IndicatorCatalogue,
} from '../src/ingest';

const REPORTS = path.join(__dirname, '..', 'seeds', 'reports');
const GDP_FIXTURE = path.join(__dirname, '..', 'tests', 'fixtures', 'gdp-growth-by-province.json');
const UNMAPPED_SHOWN = process.argv.includes('--all') ? Infinity : 30;

interface IndexRow { file: string; province: string; publish_date: string | null; source_url: string | null }
interface Tally { growth: number; growthMapped: number; level: number; levelMapped: number; target: number; targetMapped: number }

const tally = (): Tally => ({ growth: 0, growthMapped: 0, level: 0, levelMapped: 0, target: 0, targetMapped: 0 });
/** Pads to a width in terminal columns: a CJK character takes two. */
const padColumns = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)));
const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function main(): void {
  const catalogue = loadIndicators(loadLexicon());
  const index = JSON.parse(fs.readFileSync(path.join(REPORTS, 'index.json'), 'utf8')) as IndexRow[];
  const total = tally();
  const unmapped = new Map<string, number>();
  /** unmapped `subject [unit]` → the provinces of the reports that write it */
  const unmappedIn = new Map<string, Set<string>>();
  /** subject as written → the reports whose growth or level metrics write it */
  const writtenIn = new Map<string, Set<string>>();
  const unmappedSubjects: string[] = [];
  console.log(`${catalogue.indicators.length} indicators\n`);
  console.log(`${'report'.padEnd(26)} ${'growth'.padStart(14)} ${'level'.padStart(14)} ${'both'.padStart(14)} ${'targets'.padStart(14)}`);
  for (const row of index) {
    const text = fs.readFileSync(path.join(REPORTS, row.file), 'utf8');
    const records = extractReport(text, { sourceFile: row.file, publishDate: row.publish_date, sourceUrl: row.source_url });
    const t = tally();
    for (const n of records.nodes) {
      if (n.label !== NodeLabel.Metric) continue;
      const p = n.properties;
      const subject = String(p.subject ?? '');
      const hit = matchIndicator(subject, typeof p.unit === 'string' ? p.unit : null, catalogue) !== null;
      if (p.kind === MetricKind.YOY_GROWTH) [t.growth, t.growthMapped] = [t.growth + 1, t.growthMapped + Number(hit)];
      else if (p.kind === MetricKind.LEVEL) [t.level, t.levelMapped] = [t.level + 1, t.levelMapped + Number(hit)];
      else if (p.kind === MetricKind.TARGET && (p.measure === MetricKind.YOY_GROWTH || p.measure === MetricKind.LEVEL)) {
        [t.target, t.targetMapped] = [t.target + 1, t.targetMapped + Number(hit)];
      }
      if (p.kind !== MetricKind.YOY_GROWTH && p.kind !== MetricKind.LEVEL) continue;
      writtenIn.set(subject, (writtenIn.get(subject) ?? new Set()).add(row.file));
      if (!hit) {
        const key = `${subject} [${String(p.unit)}]`;
        unmapped.set(key, (unmapped.get(key) ?? 0) + 1);
        unmappedIn.set(key, (unmappedIn.get(key) ?? new Set()).add(row.province));
        unmappedSubjects.push(subject);
      }
    }
    for (const k of Object.keys(t) as (keyof Tally)[]) total[k] += t[k];
    console.log(line(row.province, t));
  }
  console.log(`${'-'.repeat(86)}\n${line('overall', total)}\n`);
  const once = unmappedSubjects.filter((x) => writtenIn.get(x)!.size === 1).length;
  console.log(`${unmappedSubjects.length} growth and level metrics unmapped; ${once} of them have a subject that only one report writes\n`);
  console.log(UNMAPPED_SHOWN === Infinity ? `all ${unmapped.size} unmapped growth and level subjects [unit] (reports):` : `the ${UNMAPPED_SHOWN} most frequent unmapped growth and level subjects [unit] (reports; --all for every one):`);
  const top = [...unmapped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, UNMAPPED_SHOWN);
  for (const [subject, n] of top) console.log(`${String(n).padStart(4)}  ${subject}  (${[...unmappedIn.get(subject)!].join(', ')})`);
  checkGdpFixture(catalogue, index);
}

interface Figure { value: number; text: string; textOffset: number }
interface FixtureRow { province: string; file: string; actual2025: Figure; target2026: Figure & { low: number; high: number | null } }

/** Each hand-read GDP figure: is it extracted, mapped to gdp, with its value and period? Prints the misses. */
function checkGdpFixture(catalogue: IndicatorCatalogue, index: IndexRow[]): void {
  const rows = (JSON.parse(fs.readFileSync(GDP_FIXTURE, 'utf8')) as { rows: FixtureRow[] }).rows;
  const misses: string[] = [];
  let ok = 0;
  for (const row of rows) {
    const meta = index.find((r) => r.file === row.file);
    const x = extractCandidates(fs.readFileSync(path.join(REPORTS, row.file), 'utf8'), {
      sourceFile: row.file,
      publishDate: meta?.publish_date ?? null,
      sourceUrl: meta?.source_url ?? null,
    });
    const figures: [string, Figure, { value: number; valueMax: number | null; year: number; status: string }][] = [
      ['2025 actual', row.actual2025, { value: row.actual2025.value, valueMax: null, year: 2025, status: 'ACTUAL' }],
      ['2026 target', row.target2026, { value: row.target2026.low, valueMax: row.target2026.high === row.target2026.low ? null : row.target2026.high, year: 2026, status: 'TARGET' }],
    ];
    for (const [what, f, want] of figures) {
      const end = f.textOffset + f.text.length;
      const hit = x.results
        .flatMap((r) => r.entities.map((c) => ({ r, c })))
        .find(({ c }) => c.kind === 'metric' && c.start <= f.textOffset && c.end >= end);
      if (!hit) {
        misses.push(`${row.province} ${what} ${f.text}: not extracted`);
        continue;
      }
      const { r, c } = hit;
      const id = matchIndicator(String(c.fields.subject), String(c.fields.unit), catalogue);
      const sp = structuredPeriod({
        period: (c.fields.period as string | null) ?? null,
        reportYear: x.meta.year,
        reportPeriod: x.meta.period,
        publishDate: x.meta.publishDate,
        sectionPeriod: r.context.section?.period ?? null,
        sectionTitles: r.context.section?.titles ?? [],
        kind: String(c.fields.kind),
        sentence: r.passage.text,
        offset: c.start - r.passage.start,
      });
      const got = { value: c.fields.value, valueMax: (c.fields.valueMax as number | undefined) ?? null, year: sp.year, status: sp.status };
      const wrong = [
        id === 'gdp' ? '' : `indicator ${id} (subject ${String(c.fields.subject)})`,
        got.value === want.value && got.valueMax === want.valueMax ? '' : `value ${String(got.value)}–${String(got.valueMax)}`,
        got.year === want.year && sp.part === 'FULL_YEAR' && got.status === want.status ? '' : `period ${sp.year} ${sp.part} ${sp.status} (${String(c.fields.period)})`,
      ].filter(Boolean);
      if (wrong.length === 0) ok++;
      else misses.push(`${row.province} ${what} ${f.text}: ${wrong.join('; ')}`);
    }
  }
  console.log(`\nhand-read GDP growth (${path.relative(process.cwd(), GDP_FIXTURE)}): ${ok}/${rows.length * 2} figures extracted, mapped to gdp, with value and period right`);
  for (const m of misses) console.log(`  ${m}`);
}

function line(name: string, t: Tally): string {
  const cell = (n: number, d: number): string => `${pct(n, d)} ${`${n}/${d}`.padStart(8)}`;
  return `${padColumns(name, 26)} ${cell(t.growthMapped, t.growth)} ${cell(t.levelMapped, t.level)} ${cell(t.growthMapped + t.levelMapped, t.growth + t.level)} ${cell(t.targetMapped, t.target)}`;
}

main();
