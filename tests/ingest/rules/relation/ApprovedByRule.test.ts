import { ApprovedByRule } from '../../../../src/ingest/rules/relation/ApprovedByRule';
import { expectRelations } from '../../harness';
import { withMentions } from './relations.fixtures';

describe('ApprovedByRule', () => {
  it.each([
    // seed line 66
    ['疆电入渝工程配套新能源业主方案获国家发展改革委批复', 'policy', '疆电入渝工程配套新能源业主方案'],
    // seed line 66
    ['哈密—重庆特高压直流输电通道获国家发展改革委核准', 'project', '哈密—重庆特高压直流输电通道'],
  ] as const)('links %s', (text, kind, subject) => {
    expectRelations(ApprovedByRule, text, [{ type: 'APPROVED_BY', from: subject, to: '国家发展改革委' }], withMentions([{ kind, text: subject }, { kind: 'agency', text: '国家发展改革委' }]));
  });
  it.each([
    // seed line 50: 获批 without an agency
    ['重庆新机场选址获批', '重庆新机场', '选址'],
    // support, not approval
    ['重庆无水港项目获国家发展改革委支持', '重庆无水港项目', '国家发展改革委'],
  ])('finds nothing in %s', (text, project, agency) => {
    expectRelations(ApprovedByRule, text, [], withMentions([{ kind: 'project', text: project }, { kind: 'agency', text: agency }]));
  });
});
