import { PolicyEraPlanRule } from '../../../../src/ingest/rules/policy/PolicyEraPlanRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports), run as passages of the seed report (重庆市):
// a plan with no place before it is the report's own. Offsets are relative to the fragment.
const plan = (text: string, start: number, name: string, kind = 'PLAN'): TableRow['expected'][number] => ({
  text, start, end: start + text.length, name, fields: { kind, title: name.replace(/^.*?“/, '“'), yearRange: null, count: null, draft: false },
});
const matches: TableRow[] = [
  // 北京 2026: the plan that ended last year
  { fragment: '2025年是“十四五”规划收官之年。', expected: [plan('“十四五”规划', 6, '重庆市“十四五”规划')] },
  // 上海 2026: two eras in one clause
  { fragment: '2025年是“十四五”规划冲刺收官、“十五五”规划谋篇布局之年', expected: [plan('“十四五”规划', 6, '重庆市“十四五”规划'), plan('“十五五”规划', 18, '重庆市“十五五”规划')] },
  // 新疆 2026: the scope word before the quote is part of the mention
  { fragment: '是自治区“十五五”规划开局之年', expected: [plan('自治区“十五五”规划', 1, '重庆市“十五五”规划')] },
  // 黑龙江 2026: 省
  { fragment: '与省“十五五”规划目标相衔接', expected: [plan('省“十五五”规划', 1, '重庆市“十五五”规划')] },
  // 北京 2026: the Party committee's proposal for the plan (市委 stays an agency of its own)
  { fragment: '实城市总体规划、市委“十五五”规划建议', expected: [plan('“十五五”规划建议', 10, '重庆市“十五五”规划建议', 'OPINION')] },
  // 甘肃 2026: the outline the government drew up, by its full title (as its 《》 title names it), the draft marker too
  {
    fragment: '省政府编制了“十五五”规划纲要（草案）',
    expected: [{ text: '“十五五”规划纲要（草案）', start: 6, end: 19, name: '重庆市国民经济和社会发展第十五个五年规划纲要(草案)', fields: { kind: 'PLAN', title: '“十五五”规划纲要', yearRange: null, count: null, draft: true } }],
  },
  // 吉林 2026: no marker, the outline itself
  {
    fragment: '平安吉林和法治吉林。“十五五”规划纲要，凝聚着各方面的智慧',
    expected: [{ text: '“十五五”规划纲要', start: 10, end: 19, name: '重庆市国民经济和社会发展第十五个五年规划纲要', fields: { kind: 'PLAN', title: '“十五五”规划纲要', yearRange: null, count: null, draft: false } }],
  },
];

const nonMatches: string[] = [
  // 河北 2026: the proposal is the 《》 title right after it
  '根据中共河北省委“十五五”规划《建议》',
  // 北京 2026: an era with no plan noun right after the quote is a period
  '“十五五”时期主要目标',
  // 青海 2026: a special plan of the era is no one plan
  '编制“十五五”专项规划',
];

describe('PolicyEraPlanRule', () => ruleTable(PolicyEraPlanRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
