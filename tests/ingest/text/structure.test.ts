import { loadLexicon } from '../../../src/ingest/lexicon/loadLexicon';
import { isPageChrome } from '../../../src/ingest/text/isPageChrome';
import { splitPassages } from '../../../src/ingest/text/passages';
import { splitSections } from '../../../src/ingest/text/sections';
import { clauseAt } from '../../../src/ingest/text/clauseAt';

const lexicon = loadLexicon();
// shape of the seed report (lines 1, 4, 7, 8, 27) with corpus chrome around it
const TEXT = [
  '下载',
  '【字号：',
  '重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告',
  '一、1—6月计划执行情况',
  '(一)以更加有力举措为广大市场主体减负担、添活力。召开推动民营经济高质量发展大会;出台实施意见。',
  '一是推动个体工商户和中小微企业尽快恢复发展。上半年新设立各类市场主体32.8万户!',
  '殷勇同志作政府工作报告。本报记者 戴冰摄',
  '（二）持续推动产业优化升级。',
  '二、下一步工作打算',
  '出台《关于促进A。B的意见》等文件。',
].join('\n');

describe('isPageChrome', () => {
  it.each(['下载', '【字号：', '分享到:', '来源：解放日报', '2026-02-03 09:02:33', '殷勇同志作政府工作报告。本报记者 戴冰摄', '政府工作报告。 贵州日报天眼新闻记者 李森 摄'])(
    'drops %s',
    (line) => expect(isPageChrome(line, lexicon)).toBe(true),
  );
  it.each(['一、1—6月计划执行情况', '上海市市长 龚 正', '各位代表：', '地区生产总值同比增长4.6%。'])('keeps %s', (line) =>
    expect(isPageChrome(line, lexicon)).toBe(false),
  );
});

describe('splitSections', () => {
  const sections = splitSections(TEXT, 'r');
  it('numbers sections by level with paths', () => {
    expect(sections.map((s) => [s.id, s.level, s.number, s.title, s.parentId])).toEqual([
      ['r/s1', 1, '一、', '1—6月计划执行情况', null],
      ['r/s1.1', 2, '(一)', '以更加有力举措为广大市场主体减负担、添活力', 'r/s1'],
      ['r/s1.1.1', 3, '一是', '推动个体工商户和中小微企业尽快恢复发展', 'r/s1.1'],
      ['r/s1.2', 2, '（二）', '持续推动产业优化升级', 'r/s1'],
      ['r/s2', 1, '二、', '下一步工作打算', null],
    ]);
  });
  it('gives absolute spans that start at the heading', () => {
    for (const s of sections) expect(TEXT.slice(s.start, s.start + s.number.length)).toBe(s.number);
    expect(sections[0].end).toBe(TEXT.indexOf('二、下一步') - 1);
    expect(sections[4].end).toBe(TEXT.length);
  });
});

describe('splitPassages', () => {
  const passages = splitPassages(TEXT, 'r', splitSections(TEXT, 'r'), lexicon);
  it('splits sentences on 。！？； and line ends, skipping chrome and captions, not splitting inside 《》', () => {
    expect(passages.map((p) => p.text)).toEqual([
      '重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告',
      '一、1—6月计划执行情况',
      '(一)以更加有力举措为广大市场主体减负担、添活力。',
      '召开推动民营经济高质量发展大会;',
      '出台实施意见。',
      '一是推动个体工商户和中小微企业尽快恢复发展。',
      '上半年新设立各类市场主体32.8万户!',
      '（二）持续推动产业优化升级。',
      '二、下一步工作打算',
      '出台《关于促进A。B的意见》等文件。',
    ]);
  });
  it('keeps absolute offsets, ids and sections', () => {
    for (const p of passages) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `r/p${i}`));
    expect(passages.map((p) => p.sectionId)).toEqual([null, 'r/s1', 'r/s1.1', 'r/s1.1', 'r/s1.1', 'r/s1.1.1', 'r/s1.1.1', 'r/s1.2', 'r/s2', 'r/s2']);
  });
});

describe('clauseAt', () => {
  it.each([
    ['川渝高竹新区累计入驻企业182户、投产77户,合江·江津等产业合作示范园区建设有序推进', 3, [0, 22]],
    ['川渝高竹新区累计入驻企业182户、投产77户,合江·江津等产业合作示范园区建设有序推进', 30, [23, 43]],
    ['上半年:全市经济总体呈现恢复性增长态势。', 5, [4, 19]],
  ] as const)('bounds the clause of %s at %i', (text, at, bounds) => expect(clauseAt(text, at)).toEqual(bounds));
});
