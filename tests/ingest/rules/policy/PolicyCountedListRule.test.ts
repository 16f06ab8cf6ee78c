import { PolicyCountedListRule } from '../../../../src/ingest/rules/policy/PolicyCountedListRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const program = (text: string, start: number, name: string, noun = '行动', kind = 'PROGRAM') => ({
  text, start, end: start + text.length, name, fields: { kind, noun },
});

const matches: TableRow[] = [
  // 山西 2026: a lead verb never ends a name, so an item may end in one (智能运行: 运行 leads 运行X elsewhere)
  {"fragment":"新一代煤电升级方面，实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动，推动上大压小。","expected":[{"text":"清洁降碳","start":12,"end":16,"name":"清洁降碳专项行动","fields":{"kind":"PROGRAM","noun":"专项行动"}},{"text":"安全可靠","start":17,"end":21,"name":"安全可靠专项行动","fields":{"kind":"PROGRAM","noun":"专项行动"}},{"text":"高效调节","start":22,"end":26,"name":"高效调节专项行动","fields":{"kind":"PROGRAM","noun":"专项行动"}},{"text":"智能运行","start":27,"end":31,"name":"智能运行专项行动","fields":{"kind":"PROGRAM","noun":"专项行动"}}]},
  // 海南 2026: an adverb jieba reads inside an item (并举) does not cut it; items that end in a head keep their own
  {
    fragment: '实施新时代立德树人工程、五育并举提升工程和基础教育扩优提质等“九大行动”',
    expected: [
      program('新时代立德树人工程', 2, '新时代立德树人工程'),
      program('五育并举提升工程', 12, '五育并举提升工程'),
      program('基础教育扩优提质', 21, '基础教育扩优提质行动'),
    ],
  },
  // 青海 2026: a quoted count, three items, the first opened by 实施
  {
    fragment: '实施工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破“三大行动”，',
    expected: [
      program('工业千亿投资', 2, '工业千亿投资行动'),
      program('优服务提信心激发民间投资活力', 9, '优服务提信心激发民间投资活力行动'),
      program('重点产业招商聚能突破', 24, '重点产业招商聚能突破行动'),
    ],
  },
  // 安徽 2026: 展开 opens the list; the shared head is 工程
  {
    fragment: '全面展开城市生命线、全域水患治理、城乡安居三大工程，',
    expected: [
      program('城市生命线', 4, '城市生命线工程', '工程'),
      program('全域水患治理', 10, '全域水患治理工程', '工程'),
      program('城乡安居', 17, '城乡安居工程', '工程'),
    ],
  },
  // 山东 2026: 等 closes a list whose items number at most the count
  {
    fragment: '推动新一轮国企改革发展，实施省属企业价值创造引领、产业育新升级、公司治理提质等六大行动，',
    expected: [
      program('省属企业价值创造引领', 14, '省属企业价值创造引领行动'),
      program('产业育新升级', 25, '产业育新升级行动'),
      program('公司治理提质', 32, '公司治理提质行动'),
    ],
  },
  // 山东 2026: between two 、 a 和 is a word of the item (市场活力和开放能级提升, 民生改善和安全强基), not a separator
  {
    fragment: '聚力实施产业能级跃升、科创能力攀登、内需扩容增效、市场活力和开放能级提升、乡村振兴齐鲁样板升级、区域协调联动、美丽山东建设、文化创新创造、民生改善和安全强基、国际化专业化能力锻造等“十大工程”，',
    expected: [
      program('产业能级跃升', 4, '产业能级跃升工程', '工程'),
      program('科创能力攀登', 11, '科创能力攀登工程', '工程'),
      program('内需扩容增效', 18, '内需扩容增效工程', '工程'),
      program('市场活力和开放能级提升', 25, '市场活力和开放能级提升工程', '工程'),
      program('乡村振兴齐鲁样板升级', 37, '乡村振兴齐鲁样板升级工程', '工程'),
      program('区域协调联动', 48, '区域协调联动工程', '工程'),
      program('美丽山东建设', 55, '美丽山东建设工程', '工程'),
      program('文化创新创造', 62, '文化创新创造工程', '工程'),
      program('民生改善和安全强基', 69, '民生改善和安全强基工程', '工程'),
      program('国际化专业化能力锻造', 79, '国际化专业化能力锻造工程', '工程'),
    ],
  },
];

const nonMatches: string[] = [
  // a count with no list before it (several 2026 reports)
  '，深入实施“五大战略”，持续',
  // 青海 2026 with its middle item removed: two items cannot be three actions when no 等 closes the list
  '实施工业千亿投资、重点产业招商聚能突破三大行动',
  // 重大 is no count
  '两重”建设，优化重大工程协同',
];

describe('PolicyCountedListRule', () => ruleTable(PolicyCountedListRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
