import * as fs from 'node:fs';
import * as path from 'node:path';
import { agencyRefiners, agencyRules } from '../../../src/ingest/rules/agency';
import { policyRefiners, policyRules } from '../../../src/ingest/rules/policy';
import { projectRefiners, projectRules } from '../../../src/ingest/rules/project';
import { passageContext, runPassage } from '../harness';
import { seedLines, seedText as report } from '../seedReport';

const gold = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/seed-entities.json'), 'utf8')) as Record<
  'policy' | 'project' | 'agency',
  string[]
>;

// Floors are what the rules reach on the hand annotation today, rounded down: a drop means a regression.
const kinds = [
  { kind: 'policy', rules: policyRules, refiners: policyRefiners, minPrecision: 0.95, minRecall: 0.9 },
  { kind: 'project', rules: projectRules, refiners: projectRefiners, minPrecision: 0.95, minRecall: 0.85 },
  { kind: 'agency', rules: agencyRules, refiners: agencyRefiners, minPrecision: 0.95, minRecall: 0.85 },
] as const;

describe('entity rules on the seed report', () => {
  it.each(kinds)('$kind: precision and recall against tests/fixtures/seed-entities.json', (k) => {
    const found = new Set<string>();
    for (const p of seedLines) {
      for (const c of runPassage(k.rules, k.refiners, passageContext(p.text, { start: p.start }))) {
        // offsets must point into the original report
        expect(report.slice(c.start, c.end)).toBe(c.text);
        found.add(c.name);
      }
    }
    const expected = new Set(gold[k.kind]);
    const hits = [...found].filter((n) => expected.has(n));
    const precision = hits.length / found.size;
    const recall = hits.length / expected.size;
    const extra = [...found].filter((n) => !expected.has(n));
    const missed = [...expected].filter((n) => !found.has(n));
    console.log(
      `${k.kind}: P=${precision.toFixed(3)} R=${recall.toFixed(3)} (${hits.length}/${found.size} found, ${expected.size} gold)\n` +
        `  extra: ${extra.join(' | ') || '-'}\n  missed: ${missed.join(' | ') || '-'}`,
    );
    expect(precision).toBeGreaterThanOrEqual(k.minPrecision);
    expect(recall).toBeGreaterThanOrEqual(k.minRecall);
  });
});
