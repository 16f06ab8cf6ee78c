import { PolicyArticleCountRule } from '../../../../src/ingest/rules/policy/PolicyArticleCountRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 上海 2026: the topic before the quote names the package
  {"fragment":"定实施民营经济高质量发展“26条”，支持专精特新中","expected":[{"text":"民营经济高质量发展“26条”","start":3,"end":17,"name":"民营经济高质量发展“26条”","fields":{"kind":"MEASURES"}}]},
  // 宁夏 2026: the purpose verb opens the name
  {"fragment":"。出台支持中南部县城发展“19条”，县域经济、城区","expected":[{"text":"支持中南部县城发展“19条”","start":3,"end":17,"name":"支持中南部县城发展“19条”","fields":{"kind":"MEASURES"}}]},
  // 安徽 2026
  {"fragment":"形势分析机制，推出稳经济“30条”和支持科技型、外","expected":[{"text":"稳经济“30条”","start":9,"end":17,"name":"稳经济“30条”","fields":{"kind":"MEASURES"}}]},
  // 海南 2026: a count in words
  {"fragment":"免申即享”，出台安商惠企“二十条”，降低企业综合营","expected":[{"text":"安商惠企“二十条”","start":8,"end":17,"name":"安商惠企“二十条”","fields":{"kind":"MEASURES"}}]},
  // 浙江 2026: the instrument noun inside the quote
  {"fragment":"落实落细国家促进民间投资“13条政策”，严格实行“非禁","expected":[{"text":"国家促进民间投资“13条政策”","start":4,"end":19,"name":"国家促进民间投资“13条政策”","fields":{"kind":"MEASURES"}}]},
];

const nonMatches: string[] = [
  // 宁夏 2026: nothing names the package before the quote (PolicyQuotedRule reads it with the head after)
  '场主体稳步增长。制定出台“40条”帮扶企业政策，新',
  // 江西 2026: the quote sums up the list before it; its last item is no topic
  '加强组织领导、加强要素投入、加强考核督查“三条措施”',
  // 上海 2026: a lead verb right before the quote leaves no topic (建设 ends the walk)
  '桥国际贸易中心新平台建设“33条”落地见效。对口支',
];

describe('PolicyArticleCountRule', () => ruleTable(PolicyArticleCountRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
