import { FalsePositiveContextRefiner } from '../../../src/ingest/refiners/FalsePositiveContextRefiner';
import { RegionGazetteerRule } from '../../../src/ingest/rules/region/RegionGazetteerRule';
import { expectExtracts, expectNothing, type ExpectedCandidate } from '../harness';

const options = { meta: { region: '重庆市' }, refiners: [FalsePositiveContextRefiner] };

const dropped: string[] = [
  '加快成渝中线高铁建设', // seed line 59: 渝中 inside 成渝中线
  '江北国际机场T3B航站楼', // 江北 inside 江北国际机场
  '重庆大学、重庆日报社', // follower 大学; context 重庆日报
  '市域内江河湖库', // 内江 inside 域内江
  '召开县长座谈会', // 开县 (former name of 开州区) inside 召开县
  '造、自建桥梁安全隐患和田间杆线清理整治。提高', // 湖南 2026: 和 + 田间, not 和田 (a patch of regions.json)
  '第二届中国(重庆)国际消费节', // seed line 42: an event's name; 重庆 is inside the brackets but follows 中国(
  '推进川渝通办事项', // 川渝通办 is a service name
  // region-name-heads.txt: the place opens the name of an award, a species or a firm
  '旗舰物种海南长臂猿种群恢复至7群42只', // 海南 2026: the Hainan gibbon
  '京剧主演获中国戏剧梅花奖、白玉兰奖', // 贵州 2026: 中国 + 戏剧梅花 + 奖
  '3家单位获中国质量奖', // 山东 2026: a gap of two name characters
  '一家企业获“中国工业大奖”', // 福建 2026 (宁德时代获…)
  '金川集团工业总产值连跨两个千亿台阶', // 甘肃 2026: 金川集团 is a company, not 金川区
  '博鳌亚洲论坛年会连续', // 海南 2026: the forum's name holds 亚洲
  '高中11所。杨凌职院、陕工院', // 陕西 2026: the college carries the zone's name
  '北大荒集团、龙江森工集团综合', // 黑龙江 2026: the forestry group carries the province's short name
  '吉等6条高铁，京港澳和沪昆扩容', // 湖南 2026: 京港澳 is the expressway
  '升级就业帮扶车间。深化东西部协作和定点帮扶。', // 云南 2026: 东西部 is east and west together, not the western region
  '调发展水平。一要促进东中西部协调发展。', // 内蒙古 2026
  '吨左右。深化农业中关村和种业之都建设，推进', // 北京 2026: 农业中关村 is a figure of speech
  '服务贸易交易会、中关村论坛、金融街论坛、北', // 北京 2026: a forum named after the zone
  // 中国 opens names (regions.json opens_names): a society, a ranking, a museum (上海, 海南, 福建 2026)
  '数据报告库、中国资本市场学会落户',
  '跻身中国企业500强',
  '中国考古博物馆壳丘头分馆挂牌',
];

const kept: { text: string; expected: ExpectedCandidate[] }[] = [
  { text: '高质量推进渝中区、九龙坡区国家城市更新试点', expected: [{ text: '渝中区', start: 5 }, { text: '九龙坡区', start: 9 }] },
  { text: '江北区入选全国义务教育优质均衡先行创建区', expected: [{ text: '江北区', start: 0 }] },
  // 甘肃 2026: 中国 before a dash names the country a partner of another
  { text: '深化中国—中亚农业创新合作', expected: [{ text: '中国', start: 2, name: '中华人民共和国' }, { text: '中亚', start: 5, name: '中亚' }] },
  // 陕西 2026: 碑林 opens 碑林博物馆 (the Forest of Steles), but the museum is in 西安, which stays
  { text: '西安碑林博物馆新馆建成开放', expected: [{ text: '西安', start: 0, name: '西安市' }] },
  // 海南 2026: the free-trade port is an area of the gazetteer's own (regions.json), which the refiner keeps
  { text: '高水平建设海南自由贸易港', expected: [{ text: '海南自由贸易港', start: 5, name: '海南自由贸易港' }] },
  // a verb between the place and 奖 makes the place the winner, not part of the award's name
  { text: '重庆获评文华奖', expected: [{ text: '重庆', start: 0 }] },
  // 人民政府 is no head: the region rule keeps 重庆市, and in the pipeline the agency owns the longer span
  { text: '重庆市人民政府印发', expected: [{ text: '重庆市', start: 0 }] },
  // 黑龙江 2026: the province by its short name
  { text: '建设高水平健康龙江', expected: [{ text: '龙江', start: 7, name: '黑龙江省' }] },
  // seed line 54: 美丽中国 is a slogan, but 长江经济带 is an area of its own
  { text: '为长江经济带发展和美丽中国建设作出新贡献', expected: [{ text: '长江经济带', start: 1, name: '长江经济带' }] },
];

describe('FalsePositiveContextRefiner', () => {
  it.each(dropped)('drops the region in %s', (text) => {
    if (text.includes('中国(重庆)')) {
      // 中国 goes (context 中国(); 重庆 stays: the event is held in Chongqing
      expectExtracts(RegionGazetteerRule, text, [{ text: '重庆', start: 6, name: '重庆市' }], options);
    } else expectNothing(RegionGazetteerRule, text, options);
  });
  it.each(kept)('keeps $text', ({ text, expected }) => expectExtracts(RegionGazetteerRule, text, expected, options));
});
