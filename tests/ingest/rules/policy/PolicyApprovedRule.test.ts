import { PolicyApprovedRule } from '../../../../src/ingest/rules/policy/PolicyApprovedRule';
import { expectExtracts, expectNothing, type ExpectedCandidate } from '../../harness';

const matches: { name: string; text: string; expected: ExpectedCandidate[] }[] = [
  {
    // seed line 53
    name: '业主方案获…批复',
    text: '川渝特高压交流工程重庆段建设有序推进,疆电入渝工程配套新能源业主方案获国家发展改革委批复',
    expected: [{ text: '疆电入渝工程配套新能源业主方案', start: 19, name: '疆电入渝工程配套新能源业主方案', fields: { kind: 'PLAN' } }],
  },
  {
    // seed line 21: two plans sharing 总体方案
    name: 'A、B总体方案获…批复',
    text: '川渝万达开地区统筹发展、川南渝西地区融合发展总体方案获国家发展改革委批复',
    expected: [
      { text: '川渝万达开地区统筹发展', start: 0, name: '川渝万达开地区统筹发展总体方案' },
      { text: '川南渝西地区融合发展总体方案', start: 12, name: '川南渝西地区融合发展总体方案' },
    ],
  },
  {
    // corpus 2026 湖南省 line 22
    name: '方案获国家批复 (an approver that is not an agency still makes it a document)',
    text: '生态绿心绿色转型发展方案获国家批复',
    expected: [{ text: '生态绿心绿色转型发展方案', start: 0, name: '生态绿心绿色转型发展方案' }],
  },
];

const nonMatches = [
  // corpus 2026 江苏省: a pilot, not a document
  '苏南重点城市要素市场化配置综合改革试点获国务院批复',
  // corpus 2026 吉林省: a place
  '长白山获联合国教科文组织批准列入世界地质公园网络',
  // support, not approval
  '重庆无水港建设方案获国家发展改革委支持',
  // 由 names the issuer (IssuedByRule), not an approver
  '重庆市现代流通体系实施方案由市政府批准印发',
  // the name does not start its clause: a lead verb owns it (PolicyIssuedRule)
  '印发推进以区县城为重要载体的城镇化建设实施方案',
];

describe('PolicyApprovedRule', () => {
  it.each(matches)('extracts $name', ({ text, expected }) => expectExtracts(PolicyApprovedRule, text, expected));
  it.each(nonMatches)('ignores %s', (text) => expectNothing(PolicyApprovedRule, text));
});
