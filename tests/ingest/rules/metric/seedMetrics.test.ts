import fs from 'node:fs';
import path from 'node:path';
import { metricRefiners, metricRules } from '../../../../src/ingest/rules/metric';
import type { Candidate } from '../../../../src/ingest/rules/Rule';
import { passageContext, runPassage } from '../../harness';
import { seedLines, seedText as report } from '../../seedReport';

interface AnnotatedMetric {
  line: number;
  subject: string;
  value: number;
  unit: string;
  kind: string;
}

const annotated: AnnotatedMetric[] = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../fixtures/seed-metrics.json'), 'utf8'),
).metrics;

/** Every line of the seed report as one passage at its real offset, through all metric rules and refiners. */
function extractByLine(): Map<number, Candidate[]> {
  return new Map(seedLines.map((p) => [p.line, runPassage(metricRules, metricRefiners, passageContext(p.text, { start: p.start }))]));
}

const subjectMatches = (found: string, expected: string): boolean =>
  found.length >= 2 && (found.includes(expected) || expected.includes(found));

describe('metric rules on the whole seed report', () => {
  const byLine = extractByLine();

  it('keeps every span on the original text', () => {
    for (const candidates of byLine.values()) {
      for (const c of candidates) expect(report.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('finds the hand-annotated metrics (recall ≥ 0.8, precision ≥ 0.85)', () => {
    // Judged: found metrics that read an annotated number (same line, value and unit). Correct: kind and subject
    // agree too. Found metrics on numbers nobody annotated are not judged here.
    let judged = 0;
    let correct = 0;
    const misses: string[] = [];
    for (const a of annotated) {
      const same = (byLine.get(a.line) ?? []).filter((c) => c.fields.value === a.value && c.fields.unit === a.unit);
      // Two metrics may share a number on one line (软件信息服务业收入增长15%, 轻合金…15.0%): judge the closer reading.
      const found = same.find((c) => subjectMatches(c.name, a.subject)) ?? same[0];
      if (found) judged++;
      if (found && found.fields.kind === a.kind && subjectMatches(found.name, a.subject)) correct++;
      else misses.push(`line ${a.line} ${a.subject} ${a.value}${a.unit} ${a.kind} → ${found ? `${found.name} ${found.fields.kind}` : 'nothing'}`);
    }
    const recall = correct / annotated.length;
    const precision = correct / judged;
    console.log(
      `seed metrics: ${annotated.length} annotated, ${judged} judged, ${correct} correct; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${misses.join('\n')}`,
    );
    expect(annotated.length).toBeGreaterThanOrEqual(30);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});
