import { LocatedInRule } from '../../../../src/ingest/rules/relation/LocatedInRule';
import { expectRelations, type ExpectedRelation, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const L = 'LOCATED_IN';
const rows: { text: string; mentions: Mention[]; expected: ExpectedRelation[] }[] = [
  // 内蒙古 2026, 辽宁 2026: a place after a verb of support (or opening its clause) builds the project the build verb
  // joins it to; annotators mark it (dev3 n016 赤峰建设蒙东作物种质资源库, dev2 d141 营口片区建设陆港枢纽产业园)
  {
    text: '支持包头打造精品钢材基地，鄂尔多斯打造高铝粉煤灰综合利用基地',
    mentions: [{ kind: 'project', text: '精品钢材基地' }, { kind: 'project', text: '高铝粉煤灰综合利用基地' }],
    expected: [{ type: L, from: '精品钢材基地', to: '包头市' }, { type: L, from: '高铝粉煤灰综合利用基地', to: '鄂尔多斯市' }],
  },
  { text: '支持渝西地区打造先行区示范项目', mentions: [{ kind: 'project', text: '先行区示范项目' }], expected: [{ type: L, from: '先行区示范项目', to: '渝西地区' }] },
  { text: '支持沈阳建设具有国际影响力的航空产业基地', mentions: [{ kind: 'project', text: '具有国际影响力的航空产业基地' }], expected: [{ type: L, from: '具有国际影响力的航空产业基地', to: '沈阳市' }] },
  // seed line 24, 西藏 2026: a body set up in a place, 落地/落户 right after its name
  {
    text: '推动工作机制秘书处落地重庆。',
    mentions: [{ kind: 'agency', text: '工作机制秘书处', name: '推进国际陆海贸易新通道建设合作工作机制秘书处', fields: { kind: 'OTHER' } }],
    expected: [{ type: 'LOCATED_IN', from: '推进国际陆海贸易新通道建设合作工作机制秘书处', to: '重庆市' }],
  },
  {
    text: '雅下水电工程开工建设，中国雅江集团落户西藏。',
    mentions: [{ kind: 'agency', text: '中国雅江集团', fields: { kind: 'SOE' } }],
    expected: [{ type: 'LOCATED_IN', from: '中国雅江集团', to: '西藏自治区' }],
  },
  // seed line 30: the region is inside the project name
  {
    text: '万州江南密溪沟污水处理厂开工建设',
    mentions: [{ kind: 'project', text: '万州江南密溪沟污水处理厂' }],
    expected: [{ type: L, from: '万州江南密溪沟污水处理厂', to: '万州区' }],
  },
  // seed line 50: two places in one railway name
  {
    text: '渝湘高速铁路重庆至黔江段加快推进',
    mentions: [{ kind: 'project', text: '渝湘高速铁路重庆至黔江段', name: '渝湘高铁' }],
    expected: [
      { type: L, from: '渝湘高铁', to: '重庆市' },
      { type: L, from: '渝湘高铁', to: '黔江区' },
    ],
  },
  // a locative marker before the region, same clause
  {
    text: '在万州建设新田港二期项目',
    mentions: [{ kind: 'project', text: '新田港二期项目' }],
    expected: [{ type: L, from: '新田港二期项目', to: '万州区' }],
  },
  {
    text: '西部陆海新通道物流枢纽项目落户两江新区',
    mentions: [{ kind: 'project', text: '西部陆海新通道物流枢纽项目' }],
    expected: [{ type: L, from: '西部陆海新通道物流枢纽项目', to: '两江新区' }],
  },
  // the region right before the name
  {
    text: '永川松溉等6个新型储能项目预计8月初投产',
    mentions: [{ kind: 'project', text: '松溉等6个新型储能项目' }],
    expected: [{ type: L, from: '松溉等6个新型储能项目', to: '永川区' }],
  },
  // an agency: only the region in its own name
  {
    text: '重庆市人民政府印发通知',
    mentions: [{ kind: 'agency', text: '重庆市人民政府' }],
    expected: [{ type: L, from: '重庆市人民政府', to: '重庆市' }],
  },
  // seed line 5: a local form names no place; its canonical name does (the agency rules resolved it)
  {
    text: '深入贯彻落实党中央、国务院的决策部署和市委工作安排',
    mentions: [{ kind: 'agency', text: '市委', name: '中共重庆市委员会', fields: { kind: 'PARTY' } }],
    expected: [{ type: L, from: '中共重庆市委员会', to: '重庆市' }],
  },
  // corpus 云南: a company named after its province is there
  {
    text: '云南农村商业银行挂牌成立',
    mentions: [{ kind: 'agency', text: '云南农村商业银行', fields: { kind: 'COMPANY' } }],
    expected: [{ type: L, from: '云南农村商业银行', to: '云南省' }],
  },
];

const none: { text: string; mentions: Mention[] }[] = [
  // seed line 59: no place in 成渝中线高铁 (false-positive context)
  { text: '加快成渝中线高铁建设', mentions: [{ kind: 'project', text: '成渝中线高铁' }] },
  // seed line 29: the agency approves, it is not located in 川南渝西
  { text: '川南渝西地区融合发展总体方案获国家发展改革委批复', mentions: [{ kind: 'agency', text: '国家发展改革委' }] },
  // a place that is the object of the clause's verb builds nothing: 完善 is no verb of support (locative-build-leads.txt)
  { text: '完善渝西地区建设先行区示范项目', mentions: [{ kind: 'project', text: '先行区示范项目' }] },
  // another clause
  { text: '在万州召开现场会,推进新田港二期项目', mentions: [{ kind: 'project', text: '新田港二期项目' }] },
  // seed line 13: no place in the name or the clause, and the report's own region is never assumed
  { text: '中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段', mentions: [{ kind: 'project', text: '华为人工智能计算中心' }] },
  // corpus 河南: a city in a company's brand name is not where it is (宁德时代 builds in 河南)
  { text: '宁德时代洛阳基地投产', mentions: [{ kind: 'agency', text: '宁德时代', fields: { kind: 'COMPANY' } }] },
  // 海南 2026: 落地 with no place after it
  { text: '崖州湾国家实验室落地并转段运行，', mentions: [{ kind: 'agency', text: '崖州湾国家实验室', fields: { kind: 'RESEARCH' } }] },
  // corpus: the country is never read from a name
  { text: '与中国科学院共建研究院', mentions: [{ kind: 'agency', text: '中国科学院', fields: { kind: 'RESEARCH' } }] },
];

describe('LocatedInRule', () => {
  it.each(rows)('links $text', ({ text, mentions, expected }) => expectRelations(LocatedInRule, text, expected, withMentions(mentions)));
  it.each(none)('finds no location in $text', ({ text, mentions }) => expectRelations(LocatedInRule, text, [], withMentions(mentions)));
});
