import fs from 'node:fs';
import path from 'node:path';
import { extractReport, NodeLabel, RelType } from '../../src/ingest';

const DIR = path.join(__dirname, '../../seeds/reports');
interface Row {
  file: string;
  province: string;
  year: number;
  title: string;
  publish_date: string | null;
  source_url: string | null;
}
const index: Row[] = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8'));
const provincial = index.filter((row) => row.year === 2026);

describe('the provincial-2026 corpus', () => {
  it('lists the seed and 29 provincial 2026 reports', () => {
    expect(index).toHaveLength(30);
    expect(provincial).toHaveLength(29);
  });

  it.each(provincial.map((row) => [row.province, row] as const))('extracts %s', (_p, row) => {
    const text = fs.readFileSync(path.join(DIR, row.file), 'utf8');
    const r = extractReport(text, { sourceFile: row.file, publishDate: row.publish_date, sourceUrl: row.source_url });
    expect([r.report.region, r.report.year, r.report.issuer]).toEqual([row.province, 2026, `${row.province}人民政府`]);
    expect(r.passages.length).toBeGreaterThan(200);
    // page chrome never becomes a passage
    expect(r.passages.some((p) => ['下载', '打印', '【字号：', '相关报道：', '分享到:'].includes(p.text))).toBe(false);
    const regions = r.nodes.filter((n) => n.label === NodeLabel.Region);
    expect(regions.length).toBeGreaterThanOrEqual(5);
    expect(regions.length).toBeLessThan(80);
    expect(r.edges.filter((e) => e.type === RelType.ABOUT)).toEqual([expect.objectContaining({ from: r.report.id, to: `region:${row.province}` })]);
    for (const n of r.nodes) for (const s of n.sources) expect(s.end <= text.length && s.start < s.end).toBe(true);
  });
});
