import { MeasuresRule } from '../../../../src/ingest/rules/relation/MeasuresRule';
import { expectRelations, type ExpectedRelation, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const M = 'MEASURES';
const rows: { text: string; mentions: Mention[]; expected: ExpectedRelation[]; region?: string | null }[] = [
  // seed line 29: the region opens the clause
  {
    text: '川渝高竹新区累计入驻企业182户、投产77户',
    mentions: [{ kind: 'metric', text: '累计入驻企业182户', name: '入驻企业' }],
    expected: [{ type: M, from: '入驻企业', to: '川渝高竹新区' }],
  },
  // seed line 5: no region in the clause → the report's own region
  {
    text: '地区生产总值同比增长4.6%,规上工业增加值同比增长3.5%',
    mentions: [
      { kind: 'metric', text: '地区生产总值同比增长4.6%', name: '地区生产总值' },
      { kind: 'metric', text: '规上工业增加值同比增长3.5%', name: '规上工业增加值' },
    ],
    expected: [
      { type: M, from: '地区生产总值', to: '重庆市' },
      { type: M, from: '规上工业增加值', to: '重庆市' },
    ],
  },
  // a region inside the metric span is its subject
  {
    text: '重庆经西部陆海新通道运输货物7.8万标箱',
    mentions: [{ kind: 'metric', text: '重庆经西部陆海新通道运输货物7.8万标箱', name: '运输货物' }],
    expected: [{ type: M, from: '运输货物', to: '重庆市' }],
  },
  // the region in an earlier clause is not the subject; the report region is
  {
    text: '川渝高竹新区建设有序推进,新增企业32户',
    mentions: [{ kind: 'metric', text: '新增企业32户', name: '新增企业' }],
    expected: [{ type: M, from: '新增企业', to: '重庆市' }],
  },
  // a project as subject
  {
    text: '市级重点建设项目完成投资2411亿元',
    mentions: [
      { kind: 'project', text: '市级重点建设项目' },
      { kind: 'metric', text: '完成投资2411亿元', name: '完成投资' },
    ],
    expected: [{ type: M, from: '完成投资', to: '市级重点建设项目' }],
  },
  // seed line 17: a joint abbreviation that builds the listed things together is what their count is about, and
  // the next clause, opening on 联合 with no subject of its own, carries it on
  {
    text: '成渝共建重点实验室等创新平台9个,联合实施研发项目110项。',
    mentions: [
      { kind: 'metric', text: '成渝共建重点实验室等创新平台9个', name: '创新平台', fields: { valueText: '9个' } },
      { kind: 'metric', text: '联合实施研发项目110项', name: '联合实施研发项目', fields: { valueText: '110项' } },
    ],
    expected: [
      { type: M, from: '创新平台', to: '成都市' },
      { type: M, from: '创新平台', to: '重庆市' },
      { type: M, from: '联合实施研发项目', to: '成都市' },
      { type: M, from: '联合实施研发项目', to: '重庆市' },
    ],
  },
  // seed line 53: a place inside the first item of a list the count sums up is not what the count is about
  {
    text: '永川松溉等6个新型储能项目预计8月初投产',
    mentions: [{ kind: 'metric', text: '6个新型储能项目', name: '新型储能项目' }],
    expected: [{ type: M, from: '新型储能项目', to: '重庆市' }],
  },
  // 湖北 2026: nor is a single place that opens a listed item, even before a verb-like word (移动)
  {
    text: '曾都移动应急装备、下陆电子电路铜箔等18个产业集群',
    mentions: [{ kind: 'metric', text: '18个产业集群', name: '产业集群' }],
    region: '湖北省',
    expected: [{ type: M, from: '产业集群', to: '湖北省' }],
  },
  // seed line 33: a count of facilities of its own (口袋公园35个) does not continue the length of the greenway before it
  {
    text: '建成山城绿道61公里、口袋公园35个,完成',
    mentions: [
      { kind: 'project', text: '山城绿道' },
      { kind: 'metric', text: '建成山城绿道61公里', name: '建成山城绿道', fields: { valueText: '61公里' } },
      { kind: 'metric', text: '口袋公园35个', name: '口袋公园', fields: { valueText: '35个', kind: 'COUNT' } },
    ],
    expected: [
      { type: M, from: '建成山城绿道', to: '山城绿道' },
      { type: M, from: '口袋公园', to: '重庆市' },
    ],
  },
  // 天津 2026: parks listed beside the counted ones are siblings, not what the count is about
  {
    text: '五大道公园、设计公园和85个口袋公园',
    mentions: [
      { kind: 'project', text: '五大道公园' },
      { kind: 'project', text: '设计公园' },
      { kind: 'metric', text: '85个口袋公园', name: '口袋公园', fields: { valueText: '85个', kind: 'COUNT' } },
    ],
    region: '天津市',
    expected: [{ type: M, from: '口袋公园', to: '天津市' }],
  },
  // 宁夏 2026: a count by its classifier (家) of the platforms it names is not about them
  {
    text: '新建科技创新平台20家',
    mentions: [
      { kind: 'project', text: '科技创新平台' },
      { kind: 'metric', text: '新建科技创新平台20家', name: '新建科技创新平台', fields: { valueText: '20家', kind: 'LEVEL' } },
    ],
    region: '宁夏回族自治区',
    expected: [{ type: M, from: '新建科技创新平台', to: '宁夏回族自治区' }],
  },
  // 湖北 2026: in a 分别 list each figure is about the place its own subject names
  {
    text: '对东盟、欧盟进出口分别增长16.7%、40.2%',
    mentions: [
      { kind: 'metric', text: '16.7%', name: '对东盟进出口', fields: { valueText: '16.7%' } },
      { kind: 'metric', text: '40.2%', name: '欧盟进出口', fields: { valueText: '40.2%' } },
    ],
    region: '湖北省',
    expected: [
      { type: M, from: '对东盟进出口', to: '东南亚国家联盟' },
      { type: M, from: '欧盟进出口', to: '欧洲联盟' },
    ],
  },
  // 黑龙江 2026: each listed item is a place, the Belt and Road partners as a group (共建“一带一路”国家) as the
  // continents are
  {
    text: '对共建“一带一路”国家、非洲、欧洲出口分别增长11.6%、28.4%、10.5%。',
    mentions: [
      { kind: 'metric', text: '11.6%', name: '对共建“一带一路”国家出口', fields: { valueText: '11.6%' } },
      { kind: 'metric', text: '28.4%', name: '非洲出口', fields: { valueText: '28.4%' } },
      { kind: 'metric', text: '10.5%', name: '欧洲出口', fields: { valueText: '10.5%' } },
    ],
    region: '黑龙江省',
    expected: [
      { type: M, from: '对共建“一带一路”国家出口', to: '共建“一带一路”国家' },
      { type: M, from: '非洲出口', to: '非洲' },
      { type: M, from: '欧洲出口', to: '欧洲' },
    ],
  },
  // 新疆 2026: a figure that describes the project after it (…的) is about that project, not the one before
  {
    text: '完成“三北”工程建设任务6063万亩，全长3046公里的环塔克拉玛干沙漠生态屏障实现合龙',
    mentions: [
      { kind: 'project', text: '“三北”工程' },
      { kind: 'metric', text: '完成“三北”工程建设任务6063万亩', name: '完成“三北”工程建设任务', fields: { valueText: '6063万亩' } },
      { kind: 'metric', text: '全长3046公里', name: '全长', fields: { valueText: '3046公里' } },
      { kind: 'project', text: '环塔克拉玛干沙漠生态屏障' },
    ],
    region: '新疆维吾尔自治区',
    expected: [
      { type: M, from: '完成“三北”工程建设任务', to: '“三北”工程' },
      { type: M, from: '全长', to: '环塔克拉玛干沙漠生态屏障' },
    ],
  },
  // seed line 32: a length beside the count of a 等 list is each listed line's; the count only sums them up
  {
    text: '开通轨道交通9号线二期、10号线二期和5号线北延伸段等3条(段)、23公里线路',
    mentions: [
      { kind: 'project', text: '轨道交通9号线二期' },
      { kind: 'project', text: '10号线二期' },
      { kind: 'project', text: '5号线北延伸段' },
      { kind: 'metric', text: '3条(段)', name: '线路', fields: { kind: 'COUNT', valueText: '3条(段)' } },
      { kind: 'metric', text: '23公里线路', name: '线路', fields: { kind: 'LENGTH', valueText: '23公里' } },
    ],
    expected: [
      { type: M, from: '线路', to: '重庆市' },
      { type: M, from: '线路', to: '轨道交通9号线二期' },
      { type: M, from: '线路', to: '10号线二期' },
      { type: M, from: '线路', to: '5号线北延伸段' },
    ],
  },
  // seed line 32: a clause opening on bare counts of projects counts those of the network the clause before closes on
  {
    text: '加快形成“四环二十二射六十联线”高速公路网,25个、1391公里在建项目加速推进',
    mentions: [
      { kind: 'project', text: '“四环二十二射六十联线”高速公路网' },
      { kind: 'metric', text: '25个', name: '在建项目', fields: { kind: 'COUNT', valueText: '25个' } },
      { kind: 'metric', text: '1391公里在建项目', name: '在建项目', fields: { kind: 'COUNT', valueText: '1391公里' } },
    ],
    expected: [
      { type: M, from: '在建项目', to: '“四环二十二射六十联线”高速公路网' },
      { type: M, from: '在建项目', to: '“四环二十二射六十联线”高速公路网' },
    ],
  },
  // 内蒙古 2026: counts of other feats after a place listed into a designation are not about it
  {
    text: '萨拉乌苏遗址入选国家考古遗址公园，6座博物馆晋级国家一级博物馆',
    mentions: [
      { kind: 'project', text: '国家考古遗址公园' },
      { kind: 'metric', text: '6座博物馆', name: '博物馆晋级国家一级博物馆', fields: { kind: 'COUNT', valueText: '6座' } },
    ],
    region: '内蒙古自治区',
    expected: [{ type: M, from: '博物馆晋级国家一级博物馆', to: '内蒙古自治区' }],
  },
  // seed line 32: a clause naming the whole city is about the city, not about the lines of the figure before it
  {
    text: '开通轨道交通9号线二期等3条(段)、23公里线路,全市运营里程达501公里',
    mentions: [
      { kind: 'project', text: '轨道交通9号线二期' },
      { kind: 'metric', text: '3条(段)', name: '线路', fields: { kind: 'COUNT', valueText: '3条(段)' } },
      { kind: 'metric', text: '23公里线路', name: '线路', fields: { kind: 'LENGTH', valueText: '23公里' } },
      { kind: 'metric', text: '运营里程达501公里', name: '运营里程', fields: { kind: 'LENGTH', valueText: '501公里' } },
    ],
    expected: [
      { type: M, from: '线路', to: '重庆市' },
      { type: M, from: '线路', to: '轨道交通9号线二期' },
      { type: M, from: '运营里程', to: '重庆市' },
    ],
  },
];

describe('MeasuresRule', () => {
  it.each(rows)('links $text', ({ text, mentions, expected, region }) => expectRelations(MeasuresRule, text, expected, withMentions(mentions, region)));
  it('emits nothing without a region in the clause or a report region', () => {
    expectRelations(MeasuresRule, '新增企业32户', [], withMentions([{ kind: 'metric', text: '新增企业32户' }], null));
  });
});
