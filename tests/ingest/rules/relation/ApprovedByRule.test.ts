import { ApprovedByRule } from '../../../../src/ingest/rules/relation/ApprovedByRule';
import { expectRelations } from '../../harness';
import { withMentions } from './relations.fixtures';

describe('ApprovedByRule', () => {
  it.each([
    // seed line 6: the congress passed the plan report
    ['对照年初我市人代会审议通过的计划报告,', '人代会', '计划报告'],
    // 天津 2026: the standing committee passes a regulation
    ['提请市人大常委会审议通过民营经济促进条例，实施优', '市人大常委会', '民营经济促进条例'],
  ] as const)('links the policy a body votes through in %s', (text, agency, policy) => {
    expectRelations(ApprovedByRule, text, [{ type: 'APPROVED_BY', from: policy, to: agency }], withMentions([{ kind: 'policy', text: policy }, { kind: 'agency', text: agency }]));
  });
  it('links nothing when no policy follows the vote (浙江 2026: …件地方性法规提请人大审议通过，办理…)', () => {
    expectRelations(ApprovedByRule, '件地方性法规提请人大审议通过，办理省人大代表建议', [], withMentions([{ kind: 'agency', text: '人大' }]));
  });
  it.each([
    // seed line 53
    ['疆电入渝工程配套新能源业主方案获国家发展改革委批复', 'policy', '疆电入渝工程配套新能源业主方案'],
    // seed line 53
    ['哈密—重庆特高压直流输电通道获国家发展改革委核准', 'project', '哈密—重庆特高压直流输电通道'],
  ] as const)('links %s', (text, kind, subject) => {
    expectRelations(ApprovedByRule, text, [{ type: 'APPROVED_BY', from: subject, to: '国家发展改革委' }], withMentions([{ kind, text: subject }, { kind: 'agency', text: '国家发展改革委' }]));
  });
  it('links both subjects of A、B总体方案获…批复 (seed line 21)', () => {
    const text = '川渝万达开地区统筹发展总体方案、川南渝西地区融合发展总体方案获国家发展改革委批复';
    expectRelations(
      ApprovedByRule,
      text,
      [
        { type: 'APPROVED_BY', from: '川渝万达开地区统筹发展总体方案', to: '国家发展改革委' },
        { type: 'APPROVED_BY', from: '川南渝西地区融合发展总体方案', to: '国家发展改革委' },
      ],
      withMentions([
        { kind: 'policy', text: '川渝万达开地区统筹发展总体方案' },
        { kind: 'policy', text: '川南渝西地区融合发展总体方案' },
        { kind: 'agency', text: '国家发展改革委' },
      ]),
    );
  });
  it('links every agency of a list closed by 等部委 (corpus 2026 广西壮族自治区, a 方案 in place of the centres)', () => {
    const text = '中国—东盟人工智能创新合作中心建设方案获国家发展改革委、科技部等部委批准建设';
    expectRelations(
      ApprovedByRule,
      text,
      [
        { type: 'APPROVED_BY', from: '中国—东盟人工智能创新合作中心建设方案', to: '国家发展改革委' },
        { type: 'APPROVED_BY', from: '中国—东盟人工智能创新合作中心建设方案', to: '科技部' },
      ],
      withMentions([
        { kind: 'policy', text: '中国—东盟人工智能创新合作中心建设方案' },
        { kind: 'agency', text: '国家发展改革委' },
        { kind: 'agency', text: '科技部' },
      ]),
    );
  });
  it('links 经国务院同意 to the policy its sentence issues', () => {
    const T = '《关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》';
    expectRelations(
      ApprovedByRule,
      `经国务院同意,国家发展改革委印发${T}。`,
      [{ type: 'APPROVED_BY', from: T, to: '国务院' }],
      withMentions([{ kind: 'agency', text: '国务院' }, { kind: 'agency', text: '国家发展改革委' }, { kind: 'policy', text: T }]),
    );
  });
  it.each([
    // seed line 50: 获批 without an agency
    ['重庆新机场选址获批', '重庆新机场', '选址'],
    // support, not approval
    ['重庆无水港项目获国家发展改革委支持', '重庆无水港项目', '国家发展改革委'],
    // a list of agencies that supports, not approves
    ['重庆无水港项目获国家发展改革委、交通运输部', '重庆无水港项目', '国家发展改革委'],
    // 经 + agency that does not open its clause: a route, not an approval
    ['重庆无水港项目经国家发展改革委调度推进', '重庆无水港项目', '国家发展改革委'],
  ])('finds nothing in %s', (text, project, agency) => {
    expectRelations(ApprovedByRule, text, [], withMentions([{ kind: 'project', text: project }, { kind: 'agency', text: agency }]));
  });
});
