import { SupportsTitleVerbRule } from '../../../../src/ingest/rules/relation/SupportsTitleVerbRule';
import { expectRelations, run, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const S = 'SUPPORTS';

interface Row {
  text: string;
  mentions: Mention[];
  to: string[];
  region?: string;
}

const matches: Row[] = [
  // seed line 20: the jurisdiction opens the name, the area follows 推动
  {
    text: '印发实施《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》',
    mentions: [{ kind: 'policy', text: '《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》' }],
    to: ['成渝地区双城经济圈'],
  },
  // 内蒙古 2026: 关于推动 + the region
  {
    text: '出台《关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》',
    mentions: [{ kind: 'policy', text: '《关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》' }],
    region: '内蒙古自治区',
    to: ['内蒙古自治区'],
  },
  // 海南 2026: 关于支持 + the province, after the issuers
  {
    text: '《中共中央、国务院关于支持海南全面深化改革开放的指导意见》',
    mentions: [{ kind: 'policy', text: '《中共中央、国务院关于支持海南全面深化改革开放的指导意见》' }],
    region: '海南省',
    to: ['海南省'],
  },
  // seed line 23: a project of the passage spelled out after 加快建设
  {
    text: '加快建设西部陆海新通道,印发实施《重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)》',
    mentions: [
      { kind: 'project', text: '西部陆海新通道' },
      { kind: 'policy', text: '《重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)》' },
    ],
    to: ['西部陆海新通道'],
  },
  // seed line 41: a reform of the passage after 探索
  {
    text: '探索经济区与行政区适度分离改革,印发《探索经济区与行政区适度分离改革推进方案》',
    mentions: [
      { kind: 'policy', text: '经济区与行政区适度分离改革' },
      { kind: 'policy', text: '《探索经济区与行政区适度分离改革推进方案》' },
    ],
    to: ['经济区与行政区适度分离改革'],
  },
];

const nonMatches: Row[] = [
  // seed line 39: the place is in the name with no verb before it
  { text: '制定《数字重庆建设总体方案》和8个子方案', mentions: [{ kind: 'policy', text: '《数字重庆建设总体方案》' }], to: [] },
  // seed line 21: a functional area opening the name (SupportsTitleRule's derived reading)
  {
    text: '印发《渝西地区智能网联新能源汽车零部件产业发展倍增行动计划(2023—2027年)》',
    mentions: [{ kind: 'policy', text: '《渝西地区智能网联新能源汽车零部件产业发展倍增行动计划(2023—2027年)》' }],
    to: [],
  },
  // 上海 2026: the jurisdiction before 关于制定 is whose plan it is
  {
    text: '《中共上海市委关于制定上海市国民经济和社会发展第十五个五年规划的建议》',
    mentions: [{ kind: 'policy', text: '《中共上海市委关于制定上海市国民经济和社会发展第十五个五年规划的建议》' }],
    region: '上海市',
    to: [],
  },
  // a model to learn from is not what the plan is for (title-region-stops.txt)
  { text: '印发《学习浙江“千万工程”经验实施方案》', mentions: [{ kind: 'policy', text: '《学习浙江“千万工程”经验实施方案》' }], to: [] },
];

describe('SupportsTitleVerbRule', () => {
  it.each(matches)('links $text', ({ text, mentions, to, region }) => {
    const policy = mentions[mentions.length - 1].text;
    expectRelations(SupportsTitleVerbRule, text, to.map((t) => ({ type: S, from: mentions[mentions.length - 1].name ?? policy, to: t })), withMentions(mentions, region));
  });
  it.each(nonMatches)('finds nothing in $text', ({ text, mentions, region }) => expectRelations(SupportsTitleVerbRule, text, [], withMentions(mentions, region)));
  it('states the edge in the name: basis clause, evidence the name', () => {
    const title = '《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》';
    const text = `印发实施${title}`;
    const [r] = run([], text, withMentions([{ kind: 'policy', text: title }]), [SupportsTitleVerbRule]).results.flatMap((x) => x.relations);
    expect([text.slice(r.start, r.end), r.fields.basis, r.fields.role]).toEqual([title, 'clause', 'subject']);
  });
});
