import { loadLexicon } from '../../../src/ingest/lexicon/loadLexicon';
import { inferReportMeta, slug } from '../../../src/ingest/reportMeta';
import { seedMeta } from '../seedReport';

const lexicon = loadLexicon();

describe('inferReportMeta', () => {
  it('reads the seed report title line', () => {
    const text = '重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告\n市人大常委会:\n';
    expect(inferReportMeta(text, { sourceFile: seedMeta.sourceFile }, lexicon)).toEqual(seedMeta);
  });
  it('skips page chrome and finds the region of a title without one (2026-云南省)', () => {
    const text = ['您的位置:', '首页', '>', '云南要闻', '2026年政府工作报告', '来源：云南日报', '现在，我代表省人民政府，向大会报告工作。', '云南省地区生产总值突破3万亿元。', '云南要闻'].join('\n');
    const meta = inferReportMeta(text, { publishDate: '2026-02-03' }, lexicon);
    expect([meta.title, meta.region, meta.issuer, meta.year, meta.period, meta.publishDate]).toEqual([
      '2026年政府工作报告',
      '云南省',
      '云南省人民政府',
      2026,
      '2026年',
      '2026-02-03',
    ]);
  });
  it('lets given fields win', () => {
    const meta = inferReportMeta('2026年上海市政府工作报告\n', { id: 'x', region: null, year: 2025 }, lexicon);
    expect([meta.id, meta.region, meta.year, meta.title]).toEqual(['x', null, 2025, '2026年上海市政府工作报告']);
  });
  it('slugs file names', () => expect(slug('2026-上海市-Government Work Report')).toBe('2026-上海市-government-work-report'));
});
