import { RegionNamedAreaRule } from '../../../../src/ingest/rules/region/RegionNamedAreaRule';
import { expectExtracts, expectNothing } from '../../harness';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (the seed report and the 2026 provincial reports). Offsets are relative
// to the fragment (passage.start = 0).
const area = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { level: 'functional_area', parent: null, code: null } });

const matches: TableRow[] = [
  // 上海 2026, 安徽 2026, 宁夏 2026: a zone named by a macro-region is an area it plans (长三角生态绿色一体化发展示范区
  // too, but the gazetteer lists that one by name: RegionGazetteerRule's)
  { fragment: '等重点合作事项，打造长三角美丽中国先行区。协同推', expected: [area('长三角美丽中国先行区', 10)] },
  { fragment: '扩绿、增长，携手共建长三角美丽中国先行区，深入打', expected: [area('长三角美丽中国先行区', 10)] },
  { fragment: '宁夏加快建设黄河流域生态保护和高质量发展先行区、努力创', expected: [area('黄河流域生态保护和高质量发展先行区', 6)] },
  // 安徽 2026: a zone named by a part of its province; seed line 21: the area nearest the head names the zone (渝西
  // 地区 is the place that builds it)
  { fragment: '动能新优势，促进皖南国际文化旅游示范区全域高质量发展，', expected: [area('皖南国际文化旅游示范区', 8)] },
  { fragment: '江智造走廊。深化皖南国际文化旅游示范区建设，做强做大休', expected: [area('皖南国际文化旅游示范区', 8)] },
  { fragment: '。支持渝西地区打造成渝地区双城经济圈建设先行区,召开', expected: [area('成渝地区双城经济圈建设先行区', 9)] },
  // 辽宁 2026: an area that modifies the noun after it is still an area
  { fragment: '目131个。辽东绿色经济区中药材等特色产', expected: [area('辽东绿色经济区', 6)] },
  // 浙江 2026: the verbs before the name are no part of it; two areas of a list
  { fragment: '高质量发展，提升优化杭州都市圈、宁波都市圈、温州', expected: [area('杭州都市圈', 10), area('宁波都市圈', 16)] },
  // 湖北 2026: 打造 bounds the name; the place inside it is part of it
  { fragment: '城化理念超常规打造广域武汉大都市圈，健全', expected: [area('广域武汉大都市圈', 9)] },
  // 上海 2026 and 黑龙江 2026: belts that plans draw across places
  { fragment: '深化G60科创走廊、沿沪宁产业创新带建设。', expected: [area('沿沪宁产业创新带', 10)] },
  { fragment: '布局建设哈大齐绥新能源产业带和东部地区', expected: [area('哈大齐绥新能源产业带', 4)] },
  // 江苏 2026: 创新 inside the head is no verb that opens the name
  { fragment: '打造长三角大科学装置联盟和沿江创新发展带，推进', expected: [area('沿江创新发展带', 13)] },
  // 上海 2026 and 北京 2026: science cities; 科学城 alone is an ambiguous short form of the gazetteer, no area of its own
  { fragment: '推动张江科学城、“大零号湾”功能提升', expected: [area('张江科学城', 2)] },
  { fragment: '智能集聚区，推动怀柔科学城高端科学仪器装备', expected: [area('怀柔科学城', 8)] },
  // 山东 2026: 地区 after nothing but place words (皖北地区, once this rule's, is the gazetteer's now)
  { fragment: '加快推进胶东地区清洁供暖', expected: [area('胶东地区', 4)] },
  // 广东 2026: parts of a province run together before one 地区, an area each
  { fragment: '推动粤东粤西粤北地区深度融湾发展', expected: [{ ...area('粤东', 2), name: '粤东地区' }, { ...area('粤西', 4), name: '粤西地区' }, area('粤北地区', 6)] },
  // 安徽 2026, 广西 2026: revolutionary base areas a national plan names after their place
  { fragment: '展，全面加快大别山革命老区振兴发展', expected: [area('大别山革命老区', 6)] },
  { fragment: '经济带，推动左右江革命老区振兴发展', expected: [area('左右江革命老区', 6)] },
  // 陕西 2026: a conservation area
  { fragment: '提升南水北调水源涵养区保护水平', expected: [area('南水北调水源涵养区', 2)] },
  // 广东 2026: zones two cities run together are places of their own
  { fragment: '加力推进深汕特别合作区、广清经济特别合作区建设，推动', expected: [area('深汕特别合作区', 4), area('广清经济特别合作区', 12)] },
];

const nonMatches: string[] = [
  // 广东 2026, 上海 2026: 地区 after words that are no place make a kind of area
  '合作区建设，推动民族地区高质量发展，支持',
  '竞争力显著提升，人均地区生产总值比202',
  // 北京 2026: 地区生产总值 (GDP) after a zone's name
  '上，城市副中心和平原新城地区生产总值年均增长',
  // 广西 2026: an area of the gazetteer is the gazetteer's
  '展格局，优先发展北部湾经济区，建设',
  // 上海 2026: a bare 革命老区 is a kind of area
  '流力度，持续支持革命老区、民族地区、边疆',
  // 山西 2026: a kind of zone
  '等平台能级，打造临空经济区。推',
  // seed line 44: the gazetteer's area (长江经济带) after a date word
  '出问题整改,五年度长江经济带生态环',
];

describe('RegionNamedAreaRule', () => ruleTable(RegionNamedAreaRule, refinersOf('region'), { matches, nonMatches, verb: 'finds' }));

// A 、-list before 等 and an area head shares the head, read in the report of its own province (city initials).
describe('RegionNamedAreaRule: listed areas', () => {
  const listed = (text: string, start: number, name: string) => ({ text, start, name, fields: { level: 'functional_area', parent: null, code: null } });
  it.each([
    // 河南 2026: three belts, each named by the initials of the cities it joins
    ['出台郑开同城化发展规划，推进许港、郑焦、郑新等产业带建设，深化郑洛', '河南省', [listed('许港', 14, '许港产业带'), listed('郑焦', 17, '郑焦产业带'), listed('郑新', 20, '郑新产业带')]],
    // 甘肃 2026: four cities' initials name the city cluster, though jieba reads two of them as verbs (定/v 临/v)
    ['更大力度推动兰白一体化发展，建设兰白定临城市群。', '甘肃省', [listed('兰白定临城市群', 16, '兰白定临城市群')]],
  ])('finds %s', (text, region, expected) => expectExtracts(RegionNamedAreaRule, text, expected, { meta: { region } }));
  it.each([
    // 河南 2026 in another province's report: no initials of its cities
    ['推进许港、郑焦、郑新等产业带建设', '陕西省'],
    // 福建 2026 and 山东 2026: the items are kinds, not names (and no area head after 等)
    ['推动石化、冶金、建材等产业带动', '福建省'],
    ['加快济宁、泰安等4个产业带建设', '山东省'],
  ])('ignores %s (%s)', (text, region) => expectNothing(RegionNamedAreaRule, text, { meta: { region } }));
});
