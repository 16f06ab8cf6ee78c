import { RegionGazetteerRule } from '../../../../src/ingest/rules/region/RegionGazetteerRule';
import { expectExtracts, expectNothing, runRule, type ExpectedCandidate } from '../../harness';

const chongqing = { meta: { region: '重庆市' } };

// Fragments from seeds/reports/chongqing-2023-h1-plan-execution-report.txt (line numbers in comments) and the corpus.
const matches: { text: string; expected: ExpectedCandidate[]; meta?: { region: string } }[] = [
  // line 30
  {
    text: '黔江区、武隆区“国家生态文明建设示范区”创建成果持续巩固',
    expected: [
      { text: '黔江区', start: 0, name: '黔江区', fields: { level: 'district', parent: '重庆市', code: '500114' } },
      { text: '武隆区', start: 4, name: '武隆区', fields: { level: 'district', parent: '重庆市', code: '500156' } },
    ],
  },
  // 广西, 新疆 and 山东 2026: a province's free-trade zone and the Hainan free-trade port are areas of their own, not
  // the province they name (regions.json)
  {
    text: '园区整合优化为120个。广西自贸试验区新增3项',
    expected: [{ text: '广西自贸试验区', start: 12, name: '中国(广西)自由贸易试验区', fields: { level: 'functional_area', parent: '广西壮族自治区' } }],
  },
  { text: '经贸往来。成功申建中国（新疆）自贸试验区，出台69项', expected: [{ text: '中国（新疆）自贸试验区', start: 9, name: '中国(新疆)自由贸易试验区' }] },
  { text: '深化与海南自贸港联动创新', expected: [{ text: '海南自贸港', start: 3, name: '海南自由贸易港' }] },
  // line 50: a short form resolves to the one canonical district
  { text: '黔江机场改扩建完工投用', expected: [{ text: '黔江', start: 0, name: '黔江区' }] },
  // line 29
  {
    text: '支持渝西地区打造成渝地区双城经济圈建设先行区',
    expected: [
      { text: '渝西地区', start: 2, name: '渝西地区', fields: { level: 'functional_area', parent: '主城都市区' } },
      { text: '成渝地区双城经济圈', start: 8, name: '成渝地区双城经济圈', fields: { level: 'macro_region', parent: '川渝' } },
    ],
  },
  // line 60
  {
    text: '推动永川区和泸州市、潼南区和遂宁市、荣昌区和内江市先行先试',
    expected: [
      { text: '永川区', start: 2, name: '永川区' },
      { text: '泸州市', start: 6, name: '泸州市', fields: { level: 'prefecture_city', parent: '四川省' } },
      { text: '潼南区', start: 10, name: '潼南区' },
      { text: '遂宁市', start: 14, name: '遂宁市' },
      { text: '荣昌区', start: 18, name: '荣昌区' },
      { text: '内江市', start: 22, name: '内江市' },
    ],
  },
  // line 66: countries; 印尼 is a short form
  {
    text: '在白俄罗斯、肯尼亚、哥伦比亚、印尼等国家举办',
    expected: [
      { text: '白俄罗斯', start: 1, fields: { level: 'country', parent: null } },
      { text: '肯尼亚', start: 6 },
      { text: '哥伦比亚', start: 10 },
      { text: '印尼', start: 15, name: '印度尼西亚' },
    ],
  },
  // line 20: full-width parentheses are normalised before matching, the mention keeps them
  {
    text: '印发《加快西部（重庆）科学城人才双向离岸创新创业发展的若干措施》',
    expected: [{ text: '西部（重庆）科学城', start: 5, name: '西部（重庆）科学城', fields: { level: 'science_city' } }],
  },
  // line 29: a cooperation area
  { text: '川渝高竹新区累计入驻企业182户、投产77户', expected: [{ text: '川渝高竹新区', start: 0, fields: { parent: '川渝' } }] },
  // line 22: the platform written with 川渝 first is one place (a surface of regions.json), not also 四川省 and 重庆市
  {
    text: '深化共建川渝万达开统筹发展示范区等川渝毗邻地区',
    expected: [
      { text: '川渝万达开统筹发展示范区', start: 4, name: '万达开川渝统筹发展示范区' },
      { text: '川渝毗邻地区', start: 17, name: '川渝毗邻地区' },
    ],
  },
  // 2026-湖南省, 2026-贵州省: three cities and three counties named jointly, the second in quotes
  {
    text: '长株潭全域纳入国家要素市场化配置综合改革试点',
    meta: { region: '湖南省' },
    expected: [
      { text: '长株潭', start: 0, name: '长沙市' },
      { text: '长株潭', start: 0, name: '株洲市' },
      { text: '长株潭', start: 0, name: '湘潭市' },
    ],
  },
  {
    text: '局战略部署，支持“黎从榕”打造对接',
    meta: { region: '贵州省' },
    expected: [
      { text: '黎从榕', start: 9, name: '黎平县' },
      { text: '黎从榕', start: 9, name: '从江县' },
      { text: '黎从榕', start: 9, name: '榕江县' },
    ],
  },
  {
    text: '发挥济青烟3个新业态新模式新场景消费试点作用',
    meta: { region: '山东省' },
    expected: [
      { text: '济青烟', start: 2, name: '济南市' },
      { text: '济青烟', start: 2, name: '青岛市' },
      { text: '济青烟', start: 2, name: '烟台市' },
    ],
  },
  // 2026-广东省, 2026-海南省, 2026-甘肃省: a city with no districts is one place, its short form no less than another
  // city's (the national data lists it again as its own county)
  {
    text: '海、佛山、惠州、东莞、中山、江门、肇',
    meta: { region: '广东省' },
    expected: [
      { text: '佛山', start: 2, name: '佛山市' },
      { text: '惠州', start: 5, name: '惠州市' },
      { text: '东莞', start: 8, name: '东莞市' },
      { text: '中山', start: 11, name: '中山市' },
      { text: '江门', start: 14, name: '江门市' },
    ],
  },
  {
    text: '象，海口、三亚、儋州辐射带动能力明显',
    meta: { region: '海南省' },
    expected: [
      { text: '海口', start: 2, name: '海口市' },
      { text: '三亚', start: 5, name: '三亚市' },
      { text: '儋州', start: 8, name: '儋州市' },
    ],
  },
  {
    text: '支持嘉峪关打造长城文化重要标志地',
    meta: { region: '甘肃省' },
    expected: [{ text: '嘉峪关', start: 2, name: '嘉峪关市' }],
  },
  // 2026-北京市: a joint abbreviation before words that are no place stays its members
  {
    text: '深化京津冀重点领域协同发展',
    meta: { region: '北京市' },
    expected: [
      { text: '京津冀', start: 2, name: '北京市' },
      { text: '京津冀', start: 2, name: '天津市' },
      { text: '京津冀', start: 2, name: '河北省' },
    ],
  },
  // 上海 2026 and 广东 2026: 港澳台 and 港澳 name their members; inside 粤港澳大湾区 the longer area wins
  {
    text: '港澳台、外事侨务工作取得明显成效',
    meta: { region: '上海市' },
    expected: [
      { text: '港澳台', start: 0, name: '香港特别行政区' },
      { text: '港澳台', start: 0, name: '澳门特别行政区' },
      { text: '港澳台', start: 0, name: '台湾省' },
    ],
  },
  {
    text: '携手港澳健全协商合作机制，建设粤港澳大湾区',
    meta: { region: '广东省' },
    expected: [
      { text: '港澳', start: 2, name: '香港特别行政区' },
      { text: '港澳', start: 2, name: '澳门特别行政区' },
      { text: '粤港澳大湾区', start: 15, name: '粤港澳大湾区' },
    ],
  },
  // 黑龙江 2026: 龙江 is the province itself (a short name of regions.json), not the county 龙江县
  { text: '习近平总书记再次亲临龙江视察', meta: { region: '黑龙江省' }, expected: [{ text: '龙江', start: 10, name: '黑龙江省' }] },
  // 湖北 2026 and 山东 2026: continents and world regions, markets
  { text: '亚洲最大专业货运机场花湖国际机场', meta: { region: '湖北省' }, expected: [{ text: '亚洲', start: 0, name: '亚洲' }] },
  // 云南 2026: South Asia before Southeast Asia, each its own bloc (the longer name first)
  { text: '加密南亚东南亚航线', meta: { region: '云南省' }, expected: [{ text: '南亚', start: 2, name: '南亚' }, { text: '东南亚', start: 4, name: '东南亚' }] },
  { text: '着力拓展中亚、中东、拉美、非洲、东盟等新兴市场', meta: { region: '山东省' }, expected: [
    { text: '中亚', start: 4, name: '中亚' }, { text: '中东', start: 7, name: '中东' }, { text: '拉美', start: 10, name: '拉丁美洲' },
    { text: '非洲', start: 13, name: '非洲' }, { text: '东盟', start: 16, name: '东南亚国家联盟' },
  ] },
  // 吉林 2026, 宁夏 2026: an ambiguous short form below a province (高新区 of 重庆高新区) is no place of another
  // province's report, list or not: the cities only
  { text: '松原石化园区、辽源高新区、四平新开区入选', meta: { region: '吉林省' }, expected: [{ text: '松原', start: 0, name: '松原市' }, { text: '辽源', start: 7, name: '辽源市' }, { text: '四平', start: 13, name: '四平市' }] },
  // 山西 2026, 安徽 2026: a province's people by its literary name
  { text: '游公路全线贯通。三晋人民期盼已久', meta: { region: '山西省' }, expected: [{ text: '三晋人民', start: 8, name: '山西省' }] },
  { text: '800亿斤以上。江淮儿女期盼多年', meta: { region: '安徽省' }, expected: [{ text: '江淮儿女', start: 8, name: '安徽省' }] },
  // 广西 2026, 陕西 2026: any literary name with any of the people's words (regions.json literary_followers)
  { text: '八桂各族儿女同心同德', meta: { region: '广西壮族自治区' }, expected: [{ text: '八桂各族', start: 0, name: '广西壮族自治区' }] },
  { text: '决不辜负三秦百姓期待', meta: { region: '陕西省' }, expected: [{ text: '三秦百姓', start: 4, name: '陕西省' }] },
  // 湖南 2026: a province the curated file and the national one both hold takes its literary name too
  { text: '四次亲临湖南，给湖湘儿女带来了党', meta: { region: '湖南省' }, expected: [{ text: '湖南', start: 4, name: '湖南省' }, { text: '湖湘儿女', start: 8, name: '湖南省' }] },
  // 福建 2026: the developing countries as one group
  { text: '引导企业开拓全球南方国家市场', meta: { region: '福建省' }, expected: [{ text: '全球南方', start: 6, name: '全球南方' }] },
  // 河北 2026: the Belt and Road partners as one group
  { text: '有力促进共建“一带一路”国家经贸往来', meta: { region: '河北省' }, expected: [{ text: '共建“一带一路”国家', start: 4, name: '共建“一带一路”国家' }] },
  // 陕西 2026: the national agricultural zone by its short name
  { text: '支持宝鸡、杨凌等建设特色型综合', meta: { region: '陕西省' }, expected: [{ text: '宝鸡', start: 2, name: '宝鸡市' }, { text: '杨凌', start: 5, name: '杨凌农业高新技术产业示范区' }] },
  // 陕西 2026, 新疆 2026, 辽宁 2026: a province's named parts and a bloc
  {
    text: '推动关中、陕北、陕南在能源供给',
    meta: { region: '陕西省' },
    expected: [
      { text: '关中', start: 2, name: '关中地区', fields: { parent: '陕西省' } },
      { text: '陕北', start: 5, name: '陕北地区' },
      { text: '陕南', start: 8, name: '陕南地区' },
    ],
  },
  { text: '健全支持南疆高质量发展政策体系', meta: { region: '新疆维吾尔自治区' }, expected: [{ text: '南疆', start: 4, name: '南疆地区' }] },
  { text: '深度参与东北亚经贸合作', meta: { region: '辽宁省' }, expected: [{ text: '东北亚', start: 4, name: '东北亚' }] },
  // ambiguous short forms come out flagged for AmbiguousRegionRefiner
  {
    text: '重点支持渝中、江北、南岸等区',
    expected: [
      { text: '渝中', start: 4, name: '渝中区', work: { ambiguous: true } },
      { text: '江北', start: 7, name: '江北区', work: { ambiguous: true } },
      { text: '南岸', start: 10, name: '南岸区', work: { ambiguous: true } },
    ],
  },
  // a national name used in four cities resolves by the report's province (2026-福建省)
  { text: '鼓楼区获评全国示范', meta: { region: '福建省' }, expected: [{ text: '鼓楼区', start: 0, name: '福州市鼓楼区' }] },
  // a short form shared by a province and a city: the province
  { text: '吉林全省粮食产量', meta: { region: '吉林省' }, expected: [{ text: '吉林', start: 0, name: '吉林省' }] },
  // 2026-广东省: its own prefecture cities by short name
  {
    text: '支持深圳、广州、珠海建设',
    meta: { region: '广东省' },
    expected: [
      { text: '深圳', start: 2, name: '深圳市', fields: { parent: '广东省' } },
      { text: '广州', start: 5, name: '广州市' },
      { text: '珠海', start: 8, name: '珠海市' },
    ],
  },
  // county-level short forms, in a report of their own province (regions-local-short.json)
  // 2026-上海市 line 24
  { text: '浦东引领区建设取得新进展', meta: { region: '上海市' }, expected: [{ text: '浦东', start: 0, name: '浦东新区', fields: { level: 'district', parent: '上海市' } }] },
  // 2026-北京市: 朝阳 is 北京市朝阳区 in a 北京 report, not 辽宁's 朝阳市
  { text: '支持怀柔、朝阳等区加快发展', meta: { region: '北京市' }, expected: [{ text: '怀柔', start: 2, name: '怀柔区' }, { text: '朝阳', start: 5, name: '北京市朝阳区' }] },
  // 2026-天津市
  { text: '南站科技商务区、滨海站“于响”商务区、武清站商务区', meta: { region: '天津市' }, expected: [{ text: '滨海', start: 8, name: '滨海新区' }, { text: '武清', start: 19, name: '武清区' }] },
  // 2026-湖北省
  { text: '新增仙桃、潜江、宜都、大冶4个千亿县', meta: { region: '湖北省' }, expected: [{ text: '仙桃', start: 2, name: '仙桃市' }, { text: '潜江', start: 5, name: '潜江市' }, { text: '宜都', start: 8, name: '宜都市' }, { text: '大冶', start: 11, name: '大冶市' }] },
  // 福建 2026: cross-strait pairs, each naming two places (马祖列岛: a curated area)
  {
    text: '妈祖文化论坛等活动。厦金、福马“同城生活圈”',
    expected: [
      { text: '厦金', start: 10, name: '厦门市' },
      { text: '厦金', start: 10, name: '金门县' },
      { text: '福马', start: 13, name: '福州市' },
      { text: '福马', start: 13, name: '马祖列岛', fields: { level: 'natural_area', parent: '连江县' } },
    ],
  },
  // 上海, 广东 and 海南 2026: zones and islands named short
  { text: '推进临港新片区离岸贸易金融服务', expected: [{ text: '临港新片区', start: 2, name: '中国(上海)自由贸易试验区临港新片区', fields: { parent: '上海市' } }] },
  { text: '撑作用日益彰显，前海扩区效应加速释放，南', expected: [{ text: '前海', start: 8, name: '前海深港现代服务业合作区', fields: { parent: '深圳市' } }] },
  { text: '人才队伍建设水平，平稳有序发展西沙旅游。', expected: [{ text: '西沙', start: 15, name: '西沙群岛' }] },
  // 北京 2026: the innovation zone written short, alone or with 示范区
  { text: '多科技攻关任务。继续发挥中关村示范引领作用，推出新一批先', expected: [{ text: '中关村', start: 12, name: '中关村国家自主创新示范区', fields: { parent: '北京市' } }] },
  { text: '域技术转移转化中心；优化中关村示范区空间格局，布局一批概', expected: [{ text: '中关村示范区', start: 12, name: '中关村国家自主创新示范区' }] },
];

// county-level short forms that must not match: other provinces, stop words, same-name rivers and mountains
const localNonMatches: [string, string][] = [
  ['浦东引领区建设取得新进展', '重庆市'], // another province's report
  ['和乡村全面振兴。促进中心城区与周边旗县联', '内蒙古自治区'], // a province's 中心城区 is each of its cities'
  ['人民生活从全面小康向共同富裕迈进', '黑龙江省'], // 富裕县: a stop word
  ['完善100座黄浦江滨水驿站功能', '上海市'], // 黄浦江, a river
  ['践行绿水青山就是金山银山的理念', '上海市'], // 金山银山
  ['贺兰山生态保护绿色发展', '宁夏回族自治区'], // a mountain
  ['这是招大引强、开放合作成果丰硕的五年', '甘肃省'], // 合作市: a stop word
  // a stem that starts or ends inside a word is a piece of that word, not the county
  ['坚决守住不发生重特大安全生产事故底线', '吉林省'], // 大安市 in 重特大 + 安全
  ['推动左右江革命老区振兴发展', '广西壮族自治区'], // 右江区 in 左右江
  ['“虾鳝米茶、藕菇橙艾”和武昌鱼等区域公用品牌', '湖北省'], // 武昌区 in 武昌鱼
  ['加快打造黄骅港多功能、综合性、现代化', '河北省'], // 黄骅市 in 黄骅港 (the port)
  ['支持文昌、琼海、东方、澄迈、万宁、陵水打造重要节点城市', '甘肃省'], // 陵水黎族自治县 is 海南's
  // a county's whole name of two characters: only in its own province, as whole words, and not a stop
  ['天祝吐谷浑王族墓葬群、礼县四角坪遗址、临洮寺洼遗址', '陕西省'], // 礼县 is 甘肃's
  ['比例超过90%，城市和县城建成区黑臭', '安徽省'], // 和县: a stop (城市 + 和 + 县城)
  ['加快建设国家乡村振兴示范县，分类', '河南省'], // 范县 inside 示范县
];

const localMatches: [string, string, string][] = [
  // 2026-广西: a list's 等 ends the stem, however the segmenter joins it (昭 + 平等)
  ['苍梧、昭平等10个县区通了新的高速', '广西壮族自治区', '昭平县'],
  // 天津 and 北京 2026: a municipality's own report calls its central urban area 中心城区 (local_only)
  ['洪工程体系更加完善，消除中心城区易积水点位29处', '天津市', '天津市中心城区'],
  ['电动自行车停放秩序治理，中心城区新增机动车停车位', '北京市', '北京市中心城区'],
  // 海南, 甘肃 and 贵州 2026: an autonomous county written without its peoples
  ['支持文昌、琼海、东方、澄迈、万宁、陵水打造重要节点城市', '海南省', '陵水黎族自治县'],
  ['嘉峪关蝉联全国文明城市，肃南、崇信、玉门、敦煌', '甘肃省', '肃南裕固族自治县'],
  ['册亨、罗甸、望谟、三都、贞丰、榕江、镇宁、关岭等8个重点县建设', '贵州省', '镇宁布依族苗族自治县'],
  ['册亨、罗甸、望谟、三都、贞丰、榕江、镇宁、关岭等8个重点县建设', '贵州省', '三都水族自治县'],
  // 甘肃, 河南 and 陕西 2026: a county whose whole name is two characters, in its own province's report
  ['天祝吐谷浑王族墓葬群、礼县四角坪遗址、临洮寺洼遗址', '甘肃省', '礼县'],
  ['化龙头企业119家，杞县大蒜、柘城辣椒', '河南省', '杞县'],
  ['千瓦，山阳、勉县等6个抽水蓄', '陕西省', '勉县'],
];

const nonMatches: string[] = [
  '科培优行动、“八闽英才”培养计划', // 福建 2026: a literary name alone names a brand
  '渝昆高铁建设', // 渝 and 昆 are single characters: never regions alone
  '加快推进渝湘、渝黔合作',
  '全市经济总体呈现恢复性增长态势', // 全市 is coreference, not a name
  '市、区和县三级联动', // 和县 (a two-character county) is read only in 安徽's reports, and is a stop there
  '鼓楼区获评全国示范', // four 鼓楼区 and the report (重庆) holds none: unresolved, dropped
  '推进中心城区更新', // 中心城区 is Chongqing's only in a Chongqing report (here: no region)
  // a name read across two words, starting inside one and ending inside the next
  '村卫生室医保定点均实现全覆盖', // 湖南 2026: 医保/定点, not 保定
  '美丽江苏生动图景日益展现', // 江苏 2026: 美丽/江苏, not 丽江
  '加强太行山东北部生态综合治理', // 北京 2026: 太行山/东北部, not 山东
  '天山南北万众欢腾', // 新疆 2026: 天山/南北, not 山南
  '筑牢祖国北疆安全稳定屏障', // 内蒙古 2026: the northern frontier, not 新疆's north (北疆 alone is no surface)
  // a name that starts inside a verb: 适应/顺应 (adapt to) 城市, 放大 (amplify) 同城化
  '市发展方式。主动适应城市发展阶段变化', // 上海 2026: not 应城市
  '现代化城市体系。顺应城市发展从增量扩', // 湖北 2026: not 应城市
  '潜在优势，进一步放大同城化效能服务协同', // 天津 2026: not 大同
];

describe('RegionGazetteerRule', () => {
  it.each(matches)('extracts regions from $text', ({ text, expected, meta }) => {
    expectExtracts(RegionGazetteerRule, text, expected, { meta: meta ?? chongqing.meta });
  });
  it.each(nonMatches)('ignores %s', (text) => {
    expectNothing(RegionGazetteerRule, text, { meta: text.startsWith('推进中心城区') ? { region: null } : chongqing.meta });
  });
  it.each(localMatches)('finds the county in %s (a %s report)', (text, region, name) => {
    expect(runRule(RegionGazetteerRule, text, { meta: { region } }).map((c) => c.name)).toContain(name);
  });
  it.each(localNonMatches)('ignores %s in a %s report', (text, region) => {
    expectNothing(RegionGazetteerRule, text, { meta: { region } });
  });
  it('resolves 中心城区 in a Chongqing report', () => {
    expectExtracts(RegionGazetteerRule, '推进中心城区更新', [{ text: '中心城区', start: 2, name: '中心城区' }], chongqing);
  });
});
