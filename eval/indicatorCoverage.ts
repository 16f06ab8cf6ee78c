/**
 * How much of what the extractor finds the indicator catalogue (seeds/lexicon/indicators.tsv) covers: runs the
 * extractor over the 30 reports of seeds/reports, maps every Metric's subject and unit with `matchIndicator`, and
 * prints per report and overall the share of growth-rate (YOY_GROWTH) and level (LEVEL) metrics that map (targets
 * are shown apart, by the kind they replace), then the 30 most frequent unmapped growth and level subjects.
 *
 *   npx tsx eval/indicatorCoverage.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractReport, loadIndicators, loadLexicon, matchIndicator, MetricKind, NodeLabel } from '../src/ingest';

const REPORTS = path.join(__dirname, '..', 'seeds', 'reports');
const UNMAPPED_SHOWN = 30;

interface IndexRow { file: string; province: string; publish_date: string | null; source_url: string | null }
interface Tally { growth: number; growthMapped: number; level: number; levelMapped: number; target: number; targetMapped: number }

const tally = (): Tally => ({ growth: 0, growthMapped: 0, level: 0, levelMapped: 0, target: 0, targetMapped: 0 });
const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function main(): void {
  const catalogue = loadIndicators(loadLexicon());
  const index = JSON.parse(fs.readFileSync(path.join(REPORTS, 'index.json'), 'utf8')) as IndexRow[];
  const total = tally();
  const unmapped = new Map<string, number>();
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
      if (!hit && (p.kind === MetricKind.YOY_GROWTH || p.kind === MetricKind.LEVEL)) {
        const key = `${subject} [${String(p.unit)}]`;
        unmapped.set(key, (unmapped.get(key) ?? 0) + 1);
      }
    }
    for (const k of Object.keys(t) as (keyof Tally)[]) total[k] += t[k];
    console.log(line(row.province, t));
  }
  console.log(`${'-'.repeat(86)}\n${line('overall', total)}\n`);
  console.log(`the ${UNMAPPED_SHOWN} most frequent unmapped growth and level subjects [unit]:`);
  const top = [...unmapped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, UNMAPPED_SHOWN);
  for (const [subject, n] of top) console.log(`${String(n).padStart(4)}  ${subject}`);
}

function line(name: string, t: Tally): string {
  const cell = (n: number, d: number): string => `${pct(n, d)} ${`${n}/${d}`.padStart(8)}`;
  return `${name.padEnd(26)} ${cell(t.growthMapped, t.growth)} ${cell(t.levelMapped, t.level)} ${cell(t.growthMapped + t.levelMapped, t.growth + t.level)} ${cell(t.targetMapped, t.target)}`;
}

main();
