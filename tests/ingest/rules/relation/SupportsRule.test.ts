import { SupportsRule } from '../../../../src/ingest/rules/relation/SupportsRule';
import { expectRelations } from '../../harness';
import { withMentions } from './relations.fixtures';

const S = 'SUPPORTS';

describe('SupportsRule', () => {
  it('leaves regions inside a title to SupportsTitleRule (seed line 20)', () => {
    const title = '《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》';
    expectRelations(SupportsRule, `印发实施${title}`, [], withMentions([{ kind: 'policy', text: title }]));
  });
  it('links a policy, a support verb and a target in one clause', () => {
    expectRelations(
      SupportsRule,
      '“技改贷”政策支持重庆无水港项目建设',
      [{ type: S, from: '“技改贷”政策', to: '重庆无水港项目' }],
      withMentions([
        { kind: 'policy', text: '“技改贷”政策' },
        { kind: 'project', text: '重庆无水港项目' },
      ]),
    );
  });
  it('reads no verb inside the next item of a list (青海 2026: 优服务… is a programme, 服务 no verb)', () => {
    expectRelations(
      SupportsRule,
      '实施工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破“三大行动”',
      [],
      withMentions([
        { kind: 'policy', text: '工业千亿投资' },
        { kind: 'policy', text: '优服务提信心激发民间投资活力' },
        { kind: 'policy', text: '重点产业招商聚能突破' },
      ]),
    );
  });
  it.each([
    // 甘肃 2026, 安徽 2026: a verb after the list's 和 opens the next item, a policy of its own
    ['出台“人工智能+”行动方案和支持低空经济发展政策措施', '“人工智能+”行动方案', '低空经济发展政策措施'],
    ['“30条”和支持科技型、外向型企业高质量发展“双20条”政策', '“30条”', '发展“双20条”政策'],
  ])('reads no support across a list joiner in %s', (text, first, second) => {
    expectRelations(SupportsRule, text, [], withMentions([{ kind: 'policy', text: first }, { kind: 'policy', text: second }]));
  });
  it.each([
    // the target is before the verb
    ['重庆无水港项目获“技改贷”政策支持', '“技改贷”政策', '重庆无水港项目'],
    // the target is in another clause
    ['出台“技改贷”政策,重庆无水港项目加快建设', '“技改贷”政策', '重庆无水港项目'],
  ])('finds nothing in %s', (text, policy, project) => {
    expectRelations(SupportsRule, text, [], withMentions([{ kind: 'policy', text: policy }, { kind: 'project', text: project }]));
  });
});
