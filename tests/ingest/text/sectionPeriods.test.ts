import fs from 'node:fs';
import path from 'node:path';
import { extractCandidates } from '../../../src/ingest/extract';
import { refinersOf, rulesOf } from '../../../src/ingest/rules';
import { run } from '../harness';

/** A 2026 provincial work report's metadata, so fragments need no title line. */
const work2026 = { id: 'test', year: 2026, period: '2026年' };
const seedFile = path.join(__dirname, '../../../seeds/reports/chongqing-2023-h1-plan-execution-report.txt');

/** The default period of the passage that starts with `prefix`. */
function periodAt(text: string, prefix: string, meta: object = work2026): string | null | undefined {
  const x = extractCandidates(text, meta, { entityRules: [], refiners: [], relationRules: [] });
  const r = x.results.find((p) => p.passage.text.startsWith(prefix));
  if (!r) throw new Error(`no passage starts with '${prefix}'`);
  return r.context.section?.period;
}

// Fragments of the provincial-2026 corpus (file and line), shortened; each row: a passage prefix → its frame.
const frames: { name: string; text: string; expect: [string, string | null][] }[] = [
  {
    // 2026 北京市 lines 21–27, 43, 60: numbered review, five-year and plan sections
    name: '北京市: 一、2025年工作回顾 / 二、“十四五”…和“十五五”… / 三、2026年重点工作',
    text: [
      '一、2025年工作回顾',
      '2025年是“十四五”规划收官之年。',
      '地区生产总值5.2万亿元、增长5.4%。',
      '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
      '“十四五”时期是极不平凡的五年。',
      '“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。',
      '三、2026年重点工作',
      '主要预期目标是:地区生产总值增长5%左右。',
    ].join('\n'),
    expect: [
      ['一、2025年工作回顾', '2025年'],
      ['地区生产总值5.2万亿元', '2025年'],
      ['“十四五”时期是极不平凡', '“十四五”时期'],
      ['“十五五”时期是基本', '“十五五”时期'],
      ['主要预期目标是', '2026年'],
    ],
  },
  {
    // 2026 内蒙古自治区 lines 18–20, 26, 29, 32, 35: unnumbered part headings above numbered sections
    name: '内蒙古自治区: unnumbered headings, 刚刚过去的2025年 and 今年是 openings',
    text: [
      '“十四五”时期发展成就和2025年工作回顾',
      '——这五年综合经济实力大幅提升。经济总量达到2.67万亿元。',
      '刚刚过去的2025年,面对外部环境复杂变化。地区生产总值增长5.3%。',
      '“十五五”时期主要目标和2026年重点工作',
      '今年是“十五五”开局之年。',
      '一、把铸牢中华民族共同体意识作为民族地区各项工作的主线',
      '城镇新增就业18万人以上。',
    ].join('\n'),
    expect: [
      ['——这五年', '“十四五”时期'],
      ['地区生产总值增长5.3%', '2025年'],
      ['今年是', '2026年'],
      // a numbered heading without a period word inherits the part it stands in
      ['城镇新增就业', '2026年'],
    ],
  },
  {
    // 2026 云南省 lines 18–20, 32–33: 这五年 first, then the year just ended, its (一) subsections included
    name: '云南省: “十四五”时期和2025年工作回顾, (一) after 刚刚过去的2025年',
    text: [
      '一、“十四五”时期和2025年工作回顾',
      '这五年,我们完整准确全面贯彻新发展理念。',
      '地区生产总值突破3万亿元、年均增长4.7%。',
      '各位代表!刚刚过去的2025年,是云南发展历程中具有重要里程碑意义的一年。',
      '(一)经济运行顶住压力、稳中有进。',
      '出台稳增长政策32项。',
      '二、“十五五”时期主要目标任务',
    ].join('\n'),
    expect: [
      ['地区生产总值突破', '“十四五”时期'],
      ['刚刚过去的2025年', '2025年'],
      ['出台稳增长政策', '2025年'],
    ],
  },
  {
    // 2026 山东省 line 25: a five-year word turns the review mid-paragraph
    name: '山东省: 2025年是“十四五”收官之年。五年来,…',
    text: ['一、2025年及“十四五”时期工作回顾', '(一)经济增长迈出坚实步伐。', '各位代表!2025年是“十四五”收官之年。五年来,我们牢记嘱托。', '全省地区生产总值年均增长5.6%。'].join('\n'),
    expect: [
      ['(一)经济增长', '2025年'],
      ['2025年是“十四五”收官之年', '2025年'],
      ['五年来', '“十四五”时期'],
      ['全省地区生产总值年均增长', '“十四五”时期'],
    ],
  },
  {
    // 2026 吉林省 line 18: a review heading without a year is the year before a whole-year report
    name: '吉林省: 一、工作回顾',
    text: ['一、工作回顾', '过去一年,我们坚持稳中求进。', '二、2026年工作安排', '今年经济社会发展的主要预期目标是。'].join('\n'),
    expect: [
      ['过去一年', '2025年'],
      ['今年经济社会', '2026年'],
    ],
  },
];

// Frames that must not be set: parts of a year, a year in passing, and headings without a period word.
const nonFrames: { name: string; text: string; meta: object; expect: [string, string | null][] }[] = [
  {
    meta: { id: 'test', year: 2023, period: '2023年1—6月' },
    name: 'a half-year report: 1—6月 headings and 上半年 / 今年以来 openings leave the report period',
    text: ['一、1—6月计划执行情况', '今年以来,全市经济持续恢复。', '上半年,全市地区生产总值增长4.6%。', '二、下一步工作打算'].join('\n'),
    expect: [
      ['今年以来', null],
      ['上半年', null],
    ],
  },
  {
    meta: work2026,
    name: 'a year mid-paragraph does not turn the section (2026 海南省 line 30, shortened)',
    text: ['一、2025年和“十四五”时期工作回顾', '五年来,我们坚定不移贯彻新发展理念。产业结构持续优化,2025年四大主导产业占GDP比重提高。', '全省地区生产总值连跨3个千亿级台阶。'].join('\n'),
    expect: [['全省地区生产总值', '“十四五”时期']],
  },
];

describe('sectionContexts', () => {
  it.each(frames)('frames $name', ({ text, expect: rows }) => {
    for (const [prefix, period] of rows) expect([prefix, periodAt(text, prefix)]).toEqual([prefix, period]);
  });

  it.each(nonFrames)('sets no frame: $name', ({ text, meta, expect: rows }) => {
    for (const [prefix, period] of rows) expect([prefix, periodAt(text, prefix, meta)]).toEqual([prefix, period]);
  });

  it('gives the innermost section and its ancestors’ titles', () => {
    const x = extractCandidates(frames[2].text, work2026, { entityRules: [], refiners: [], relationRules: [] });
    const r = x.results.find((p) => p.passage.text.startsWith('出台稳增长政策'))!;
    expect(r.context.section?.titles).toEqual(['“十四五”时期和2025年工作回顾', '经济运行顶住压力、稳中有进']);
    expect(r.context.section?.record?.number).toBe('(一)');
  });

  it('sets no frame in the review part of the seed report, and the whole year under 下一步工作打算 (its plan)', () => {
    const x = extractCandidates(fs.readFileSync(seedFile, 'utf8'), { sourceFile: 'chongqing-2023-h1-plan-execution-report.txt' });
    const frames = new Map<string, Set<string | null>>();
    for (const r of x.results) {
      const part = r.context.section?.titles[0] ?? '(none)';
      frames.set(part, (frames.get(part) ?? new Set()).add(r.context.section?.period ?? null));
    }
    expect(Object.fromEntries([...frames].map(([k, v]) => [k, [...v]]))).toEqual({
      '(none)': [null],
      '1—6月计划执行情况': [null],
      '下一步工作打算': ['2023年'],
    });
  });
});

// The metric period: sentence first, then the section, then the report (findMetricPeriod).
const metricPeriods: { name: string; text: string; expect: [string, string][] }[] = [
  { name: 'a review result takes the section year', text: frames[0].text, expect: [['地区生产总值5.2万亿元', '2025年'], ['增长5.4%', '2025年']] },
  { name: 'a plan target takes the plan year', text: frames[0].text, expect: [['地区生产总值增长5%左右', '2026年']] },
  {
    name: '全年 and 年末 count from the section year, 去年 from the report year',
    text: ['一、2025年工作回顾', '全年地区生产总值增长5.4%。年末常住人口2183万人。', '三、2026年重点工作', '去年粮食产量达到1200万吨。'].join('\n'),
    expect: [['全年地区生产总值增长5.4%', '2025年'], ['年末常住人口2183万人', '2025年年末'], ['粮食产量达到1200万吨', '2025年']],
  },
  {
    name: 'a period in the sentence wins over the section',
    text: ['一、2025年和“十四五”时期工作回顾', '城镇新增就业303.5万人,“十四五”时期转移就业400万人。'].join('\n'),
    expect: [['城镇新增就业303.5万人', '2025年'], ['转移就业400万人', '“十四五”时期']],
  },
];

describe('findMetricPeriod with sections', () => {
  it.each(metricPeriods)('$name', ({ text, expect: rows }) => {
    const metrics = run(rulesOf('metric'), text, { meta: work2026, refiners: refinersOf('metric') }).results.flatMap((r) => r.entities);
    for (const [mention, period] of rows) {
      const m = metrics.find((c) => c.text.includes(mention) || mention.includes(c.text));
      expect([mention, m?.fields.period]).toEqual([mention, period]);
    }
  });
});
