import fs from 'node:fs';
import path from 'node:path';

/**
 * tests/fixtures/gdp-growth-by-province.json is read by hand from the reports; this keeps it true to the files:
 * every sentence and figure sits at its offset, and the numbers are the ones the figure writes.
 */
interface Figure {
  value: number;
  text: string;
  textOffset: number;
  sentence: string;
  offset: number;
}
interface Target extends Figure {
  low: number;
  high: number | null;
  qualifier: '左右' | '以上' | null;
}
interface Row {
  province: string;
  file: string;
  actual2025: Figure;
  target2026: Target;
}

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../fixtures/gdp-growth-by-province.json'), 'utf8'),
) as { rows: Row[] };
const numbers = (s: string): number[] => [...s.normalize('NFKC').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

describe('gdp-growth-by-province fixture', () => {
  it('covers at least 12 provinces, each once', () => {
    expect(fixture.rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fixture.rows.map((r) => r.province)).size).toBe(fixture.rows.length);
  });

  it.each(fixture.rows.map((r) => [r.province, r] as const))('quotes %s at its offsets', (_p, row) => {
    const text = fs.readFileSync(path.join(__dirname, '../../../seeds/reports', row.file), 'utf8');
    for (const f of [row.actual2025, row.target2026]) {
      expect(text.slice(f.offset, f.offset + f.sentence.length)).toBe(f.sentence);
      expect(text.slice(f.textOffset, f.textOffset + f.text.length)).toBe(f.text);
      expect(f.textOffset >= f.offset && f.textOffset + f.text.length <= f.offset + f.sentence.length).toBe(true);
    }
    expect(numbers(row.actual2025.text)).toEqual([row.actual2025.value]);
    const t = row.target2026;
    expect(numbers(t.text)).toEqual(t.high !== null && t.high !== t.low ? [t.low, t.high] : [t.low]);
    expect(t.value).toBe(t.low);
    expect(t.qualifier === null || t.text.endsWith(t.qualifier)).toBe(true);
  });
});
