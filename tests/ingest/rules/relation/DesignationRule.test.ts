import { DesignationRule } from '../../../../src/ingest/rules/relation/DesignationRule';
import { expectRelations, type ExpectedRelation, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const S = 'SUPPORTS';
const pilot = (text: string): Mention => ({ kind: 'policy', text, fields: { kind: 'PILOT' } });

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Places come from the real gazetteer (in the report's own province),
// the designations are placed by hand. Every listed place gets the relation, last listed first.
const matches: { text: string; region: string; mentions: Mention[]; expected: ExpectedRelation[] }[] = [
  // seed line 26: a designated facility is in the district listed for it
  {
    text: '巴南区入选2023年国家骨干冷链物流基地建设名单,',
    region: '重庆市',
    mentions: [{ kind: 'project', text: '国家骨干冷链物流基地' }],
    expected: [{ type: 'LOCATED_IN', from: '国家骨干冷链物流基地', to: '巴南区' }],
  },
  // 青海 2026: three counties, 成为
  {
    text: '城北区、兴海县、班玛县成为全国“绿水青山就是金山银山”实践创新基地',
    region: '青海省',
    mentions: [{ kind: 'project', text: '全国“绿水青山就是金山银山”实践创新基地' }],
    expected: ['班玛县', '兴海县', '城北区'].map((to) => ({ type: 'LOCATED_IN', from: '全国“绿水青山就是金山银山”实践创新基地', to })),
  },
  // seed line 49: four districts, 入选
  {
    text: '南岸区、江北区、沙坪坝区、两江新区入选全国义务教育优质均衡先行创建区。持续',
    region: '重庆市',
    mentions: [pilot('全国义务教育优质均衡先行创建区')],
    expected: ['两江新区', '沙坪坝区', '江北区', '南岸区'].map((to) => ({ type: S, from: '全国义务教育优质均衡先行创建区', to })),
  },
  // 甘肃 2026: three cities by their short names
  {
    text: '金昌、庆阳、白银入选全国紧密型城市医疗集团试点城市。',
    region: '甘肃省',
    mentions: [pilot('全国紧密型城市医疗集团试点')],
    expected: ['白银市', '庆阳市', '金昌市'].map((to) => ({ type: S, from: '全国紧密型城市医疗集团试点', to })),
  },
  // 湖北 2026: the list's tail (等10个县市) before the verb 获批
  {
    text: '潜江、松滋等10个县市获批国家新型城镇化试点，',
    region: '湖北省',
    mentions: [pilot('国家新型城镇化试点')],
    expected: ['松滋市', '潜江市'].map((to) => ({ type: S, from: '国家新型城镇化试点', to })),
  },
  // 辽宁 2026: the places right before the pilot, no verb between
  {
    text: '推进沈阳、大连国家碳达峰试点城市建设，筹',
    region: '辽宁省',
    mentions: [pilot('国家碳达峰试点')],
    expected: ['大连市', '沈阳市'].map((to) => ({ type: S, from: '国家碳达峰试点', to })),
  },
  // 广东 2026: one city; the pilot in the clause before has no place before it
  {
    text: '制造业新型技术改造城市试点，佛山、江门入选国家级中小企业数字化转型城市试点',
    region: '广东省',
    mentions: [pilot('制造业新型技术改造城市试点'), pilot('国家级中小企业数字化转型城市试点')],
    expected: ['江门市', '佛山市'].map((to) => ({ type: S, from: '国家级中小企业数字化转型城市试点', to })),
  },
  // seed line 41: the report's own place in its own voice
  {
    text: '成功争取我市纳入国家要素市场化配置综合改革试点布局。',
    region: '重庆市',
    mentions: [pilot('国家要素市场化配置综合改革试点')],
    expected: [{ type: S, from: '国家要素市场化配置综合改革试点', to: '重庆市' }],
  },
  // 辽宁 2026
  {
    text: '我省成为国家首批数据要素综合试验区，',
    region: '辽宁省',
    mentions: [pilot('国家首批数据要素综合试验区')],
    expected: [{ type: S, from: '国家首批数据要素综合试验区', to: '辽宁省' }],
  },
];

const nonMatches: { text: string; region: string; mentions: Mention[] }[] = [
  // 浙江 2026, 福建 2026: a title the places compete for (争创) has not been given
  { text: '支持杭州、宁波、温州争创国际消费中心城市，', region: '浙江省', mentions: [pilot('国际消费中心城市')] },
  { text: '福州争创国家低空经济发展示范区', region: '福建省', mentions: [pilot('国家低空经济发展示范区')] },
  // 广东 2026: the places come after the pilot, in another clause
  { text: '制造业新型技术改造城市试点，佛山、江门入选国家级中小企业数字化转型城市试点', region: '广东省', mentions: [pilot('制造业新型技术改造城市试点')] },
  // 青海 2026: 所有市州 and 县市区 are categories of places, no place is named
  { text: '所有市州和98%的县市区建成全国民族团结进步示范区，', region: '青海省', mentions: [pilot('全国民族团结进步示范区')] },
  // 浙江 2026: the province's own measures, no verb gives them to it
  { text: '迭代升级我省“民营经济32条”', region: '浙江省', mentions: [pilot('“民营经济32条”')] },
  // 辽宁 2026: a programme between partners names them as partners, no place it was given to
  { text: '深化辽宁与江苏、沈阳与北京、大连与上海对口合作，促进干部人才交流', region: '辽宁省', mentions: [{ kind: 'policy', text: '对口合作', fields: { kind: 'PROGRAM' } }] },
  // 安徽 2026: the place is inside the pilot's own name (SupportsTitleRule's), not listed before it
  { text: '推进合肥都市圈要素市场化配置综合改革试点，', region: '安徽省', mentions: [pilot('合肥都市圈要素市场化配置综合改革试点')] },
];

describe('DesignationRule', () => {
  it.each(matches)('links $text', ({ text, region, mentions, expected }) => expectRelations(DesignationRule, text, expected, withMentions(mentions, region)));
  it.each(nonMatches)('finds nothing in $text', ({ text, region, mentions }) => expectRelations(DesignationRule, text, [], withMentions(mentions, region)));
});
