import { SupportsTitleRule } from '../../../../src/ingest/rules/relation/SupportsTitleRule';
import { rulesOf } from '../../../../src/ingest/rules';
import { RegionGazetteerRule } from '../../../../src/ingest/rules/region/RegionGazetteerRule';
import { RegionJointInitialsRule } from '../../../../src/ingest/rules/region/RegionJointInitialsRule';
import { RegionNaturalFeatureRule } from '../../../../src/ingest/rules/region/RegionNaturalFeatureRule';
import { run, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

interface Row {
  text: string;
  policy: string;
  expected: { to: string; start: number; role: string }[];
  region?: string;
}

/**
 * SUPPORTS edges of the rule: target, where the region's surface starts, role; evidence must be the title, and the
 * basis says whether the title states the edge (`title`, a subject) or only whose policy it is (`jurisdiction`).
 */
function supports(text: string, policy: string, region = '重庆市') {
  const mentions: Mention[] = [{ kind: 'policy', text: policy }];
  return run([], text, withMentions(mentions, region), [SupportsTitleRule])
    .results.flatMap((r) => r.relations)
    .map((r) => {
      expect([r.type, text.slice(r.start, r.end), r.fields.basis]).toEqual(['SUPPORTS', policy, r.fields.role === 'subject' ? 'title' : 'jurisdiction']);
      return { to: r.to.name, start: r.to.start, role: r.fields.role };
    });
}

const matches: Row[] = [
  // seed line 20: the jurisdiction prefix and the area the plan is for
  {
    text: '印发实施《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》',
    policy: '《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》',
    expected: [
      { to: '重庆市', start: 5, role: 'jurisdiction' },
      { to: '成渝地区双城经济圈', start: 10, role: 'subject' },
    ],
  },
  // seed line 41: no jurisdiction, only the area
  {
    text: '印发《推动成渝地区双城经济圈市场一体化建设行动方案》等政策文件',
    policy: '《推动成渝地区双城经济圈市场一体化建设行动方案》',
    expected: [{ to: '成渝地区双城经济圈', start: 5, role: 'subject' }],
  },
  // seed line 21: a functional area opening the title is what it is for, not whose it is
  {
    text: '《渝西地区智能网联新能源汽车零部件产业发展倍增行动计划(2023—2027年)》',
    policy: '《渝西地区智能网联新能源汽车零部件产业发展倍增行动计划(2023—2027年)》',
    expected: [{ to: '渝西地区', start: 1, role: 'subject' }],
  },
  // seed line 39: a short name inside the title; the report's own place names whose programme it is
  { text: '制定《数字重庆建设总体方案》和8个子方案', policy: '《数字重庆建设总体方案》', expected: [{ to: '重庆市', start: 5, role: 'jurisdiction' }] },
  // the same title in another province's report is for the place it names
  { text: '制定《数字重庆建设总体方案》和8个子方案', policy: '《数字重庆建设总体方案》', region: '四川省', expected: [{ to: '重庆市', start: 5, role: 'subject' }] },
  // seed line 19: a functional area with a place in brackets is one region
  {
    text: '印发《加快西部(重庆)科学城人才双向离岸创新创业发展的若干措施》',
    policy: '《加快西部(重庆)科学城人才双向离岸创新创业发展的若干措施》',
    expected: [{ to: '西部（重庆）科学城', start: 5, role: 'subject' }],
  },
  // corpus 上海: 中共 before the jurisdiction, and the same region twice is one edge
  {
    text: '《中共上海市委关于制定上海市国民经济和社会发展第十五个五年规划的建议》',
    policy: '《中共上海市委关于制定上海市国民经济和社会发展第十五个五年规划的建议》',
    region: '上海市',
    expected: [{ to: '上海市', start: 3, role: 'jurisdiction' }],
  },
  // corpus 海南: a quoted programme naming its own province
  { text: '实施“百万英才兴海南”行动计划', policy: '“百万英才兴海南”行动计划', region: '海南省', expected: [{ to: '海南省', start: 8, role: 'jurisdiction' }] },
  // corpus 北京: a joint abbreviation inside a programme names each member, as its mention does (the corpus sample
  // annotates 北京市, 天津市, 河北省); the report's own place among them says whose programme it is
  {
    text: '推动京津冀协同发展走深走实',
    policy: '京津冀协同发展',
    region: '北京市',
    expected: [
      { to: '北京市', start: 2, role: 'jurisdiction' },
      { to: '天津市', start: 2, role: 'subject' },
      { to: '河北省', start: 2, role: 'subject' },
    ],
  },
];

const nonMatches: { text: string; policy: string; region?: string }[] = [
  // seed line 27: no place in the title
  { text: '贯彻落实《扩大内需战略规划纲要(2022—2035年)》', policy: '《扩大内需战略规划纲要(2022—2035年)》' },
  // seed line 21: 渝西 is ambiguous (渝西跨越计划 is a false-positive context of 渝西地区); 重庆市 alone is found
  // corpus 宁夏: the country is never read from a slogan
  { text: '实施“健康中国行动”', policy: '“健康中国行动”', region: '宁夏回族自治区' },
  // corpus 浙江: 浙江 inside 浙江大学 is a university, not the province
  { text: '出台《关于支持浙江大学加快迈向世界一流大学前列的若干措施》', policy: '《关于支持浙江大学加快迈向世界一流大学前列的若干措施》', region: '浙江省' },
  // a model to learn from is not the place served (title-region-stops.txt)
  { text: '印发《学习浙江“千万工程”经验实施方案》', policy: '《学习浙江“千万工程”经验实施方案》', region: '重庆市' },
  // corpus 宁夏: 南部县 read across 中南部/县城 is no place of the name
  { text: '出台支持中南部县城发展“19条”，县域经济、城区经济稳步发展', policy: '支持中南部县城发展“19条”', region: '宁夏回族自治区' },
];

/** SUPPORTS targets when the places inside the name are read by the region rules as mentions of their own. */
function supportsWithPlaces(text: string, policy: string, region: string): string[] {
  const options = { ...withMentions([], region), alsoRules: [...rulesOf('policy'), RegionGazetteerRule, RegionJointInitialsRule, RegionNaturalFeatureRule] };
  return run([], text, options, [SupportsTitleRule])
    .results.flatMap((r) => r.relations)
    .filter((r) => r.fields.basis === 'title' && text.slice(r.start, r.end) === policy)
    .map((r) => r.to.name);
}

describe('SupportsTitleRule', () => {
  it.each([
    // seed line 41: the title names the reform the clause before names
    ['探索经济区与行政区适度分离改革,印发《探索经济区与行政区适度分离改革推进方案》', '重庆市', ['行政区适度分离改革']],
    // seed line 41: a title naming another thing than the reform before it
    ['深化要素市场化配置改革,印发《推动成渝地区双城经济圈市场一体化建设行动方案》', '重庆市', []],
    // 海南 2026: two titles side by side; neither is named inside the other
    ['以《中共中央、国务院关于支持海南全面深化改革开放的指导意见》《海南自由贸易港建设总体方案》', '海南省', []],
  ])('links the title in %s to the policies it names', (text, region, expected) => {
    const options = { ...withMentions([], region), alsoRules: [...rulesOf('policy'), ...rulesOf('project')] };
    const got = run([], text, options, [SupportsTitleRule])
      .results.flatMap((r) => r.relations)
      .filter((r) => r.to.kind !== 'region')
      .map((r) => r.to.name);
    expect(got).toEqual(expected);
  });
  it.each([
    // dev2 河南: the cities of a joint abbreviation no gazetteer surface spells
    ['出台郑开同城化发展规划', '郑开同城化发展规划', '河南省', ['郑州市', '开封市']],
    // 安徽 2026: a river the natural-feature rule reads
    ['深化新安江生态补偿机制', '新安江生态补偿机制', '安徽省', ['新安江']],
    // 山东 2026: the country says nothing about place
    ['承办中国农民丰收节全国主场活动', '中国农民丰收节全国主场活动', '山东省', []],
  ])('links the places read inside %s', (text, policy, region, expected) => expect(supportsWithPlaces(text, policy, region)).toEqual(expected));
  it.each(matches)('links $policy', ({ text, policy, expected, region }) => expect(supports(text, policy, region)).toEqual(expected));
  it.each(nonMatches)('finds no region in $policy', ({ text, policy, region }) => expect(supports(text, policy, region)).toEqual([]));
  it('keeps only 重庆市 from 《重庆市先进制造业发展“渝西跨越计划”(2023—2027年)》 (seed line 21)', () => {
    const t = '《重庆市先进制造业发展“渝西跨越计划”(2023—2027年)》';
    expect(supports(t, t)).toEqual([{ to: '重庆市', start: 1, role: 'jurisdiction' }]);
  });
});
