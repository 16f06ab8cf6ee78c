import fs from 'node:fs';
import path from 'node:path';
import type { ReportMeta } from '../../src/ingest/records/types';

/** The seed report's file name, as the CLI and the fixtures name it. */
export const SEED_FILE = 'chongqing-2023-h1-plan-execution-report.txt';

/** The seed report, read once per test file: the text every `seed line N` comment of the tests points into. */
export const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/reports', SEED_FILE), 'utf8');

/**
 * The seed report's metadata as inferReportMeta reads it from its title line, given its repository path: what the
 * meta tests expect, and the report a passage belongs to in rule tests (its region and period resolve 市政府 and
 * 上半年).
 */
export const seedMeta: ReportMeta = {
  id: 'chongqing-2023-h1-plan-execution-report',
  title: '重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告',
  issuer: '重庆市人民政府',
  region: '重庆市',
  year: 2023,
  period: '2023年1—6月',
  publishDate: null,
  sourceUrl: null,
  sourceFile: `seeds/reports/${SEED_FILE}`,
};

/** The seed report's lines with their 1-based number and absolute offset: it has one paragraph per line. */
export const seedLines: readonly { text: string; start: number; line: number }[] = (() => {
  let start = 0;
  return seedText.split('\n').map((text, i) => {
    const out = { text, start, line: i + 1 };
    start += text.length + 1;
    return out;
  });
})();
