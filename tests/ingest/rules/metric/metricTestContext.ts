import { loadLexicon } from '../../../../src/ingest/lexicon/loadLexicon';
import type { ReportMeta } from '../../../../src/ingest/records/types';
import type { PassageContext } from '../../../../src/ingest/rules/Rule';
import { normalize } from '../../../../src/ingest/text/normalize';

/** The seed report's metadata: a half-year plan execution report of 重庆市. */
export const seedReport: ReportMeta = {
  id: 'chongqing-2023-h1-plan-execution-report',
  title: '重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告',
  issuer: '重庆市人民政府',
  region: '重庆市',
  year: 2023,
  period: '2023年1—6月',
  publishDate: null,
  sourceUrl: null,
  sourceFile: 'seeds/chongqing-2023-h1-plan-execution-report.txt',
};

/**
 * A PassageContext for one passage of text, with the real lexicon and normalisation, until the shared harness
 * (tests/ingest/harness.ts) exists. `start` is the passage's offset in its report, so spans are absolute.
 */
export function metricTestContext(text: string, report: Partial<ReportMeta> = {}, start = 0): PassageContext {
  const meta = { ...seedReport, ...report };
  return {
    passage: { id: `${meta.id}#p`, reportId: meta.id, sectionId: null, order: 0, start, end: start + text.length, text },
    text: normalize(text),
    report: meta,
    lexicon: loadLexicon(),
  };
}
