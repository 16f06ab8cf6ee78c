import { PolicyProductRule } from '../../../../src/ingest/rules/policy/PolicyProductRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const product = (inner: string, start: number) => ({ text: `“${inner}”`, start, end: start + inner.length + 2, name: inner, fields: { kind: 'MEASURES' } });

const matches: TableRow[] = [
  // seed line 10: a loan product, with an amount right after it and no verb of a slogan
  { fragment: '向145家企业发放低利率“稳岗贷”1.6亿元。', expected: [product('稳岗贷', 12)] },
  // seed line 42: the product opens its clause
  { fragment: '易创新发展试点,“科技跨境贷”助力企业境外融资等3个案', expected: [product('科技跨境贷', 8)] },
  // 江苏 2026: an insurance scheme
  { fragment: '强医保基金监管，引导支持“惠民保”发展。鼓励支', expected: [product('惠民保', 12)] },
];

const nonMatches: string[] = [
  // seed line 41: the app scenes that carry the products are projects
  '会信用体系建设,打造“信易贷”“三农信用”等2个便民惠企应用场景,“信易',
  // 陕西 and 宁夏 2026: kinds of instrument listed, a count of measures
  '篇大文章”，完善“股贷债保”联动的金融服务体系，推动“',
  '推“稳内拓外”，强化“六预一保”，制定稳',
];

describe('PolicyProductRule', () => ruleTable(PolicyProductRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
