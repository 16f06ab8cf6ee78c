import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Seed report: seeds/reports/chongqing-2023-h1-plan-execution-report.txt (line numbers in comments).
const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a level, its growth and its plan share in one sentence (line 5)',
    text: '市级重点建设项目完成投资2411亿元、同比增长17.3%,完成年度计划的54.7%。',
    expected: [
      { rule: 'metric.amount', text: '市级重点建设项目完成投资2411亿元', start: 0, end: 18, fields: { subject: '市级重点建设项目完成投资', value: 2411, unit: '亿元', kind: 'LEVEL', period: '2023年1—6月', approx: false, valueText: '2411亿元', valueNormalized: 241100000000, unitBase: '元' } },
      { rule: 'metric.change', text: '同比增长17.3%', start: 19, end: 28, fields: { subject: '市级重点建设项目完成投资', value: 17.3, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.share', text: '完成年度计划的54.7%', start: 29, end: 41, fields: { subject: '市级重点建设项目完成投资', value: 54.7, unit: '%', kind: 'SHARE', base: '年度计划' } },
    ],
  },
  {
    name: 'a level in 万户 with the period 上半年 (line 8)',
    text: '上半年新设立各类市场主体32.8万户,同比增长13.4%。',
    expected: [
      { rule: 'metric.amount', text: '新设立各类市场主体32.8万户', start: 3, end: 18, fields: { subject: '新设立各类市场主体', value: 32.8, unit: '万户', kind: 'COUNT', period: '2023年上半年', valueNormalized: 328000, unitBase: '户' } },
      { rule: 'metric.change', text: '同比增长13.4%', start: 19, end: 28, fields: { subject: '新设立各类市场主体', value: 13.4, unit: '%', kind: 'YOY_GROWTH', period: '2023年上半年' } },
    ],
  },
  {
    name: 'an indicator whose name holds 新增 (line 10)',
    text: '城镇新增就业41万人、同比增长2.3%。',
    expected: [
      { rule: 'metric.amount', text: '城镇新增就业41万人', start: 0, end: 10, fields: { subject: '城镇新增就业', value: 41, unit: '万人', kind: 'COUNT' } },
      { rule: 'metric.change', text: '同比增长2.3%', start: 11, end: 19, fields: { subject: '城镇新增就业', value: 2.3, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'a cumulative count carried from the clause before (line 14)',
    text: '新认定市级工业设计中心64家、累计建成165家。',
    expected: [
      { rule: 'metric.amount', text: '新认定市级工业设计中心64家', start: 0, end: 14, fields: { subject: '新认定市级工业设计中心', value: 64, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '累计建成165家', start: 15, end: 23, fields: { subject: '新认定市级工业设计中心', value: 165, unit: '家', kind: 'COUNT', period: '累计' } },
    ],
  },
  {
    name: 'a leading count cut from the subject, and a share of a plan (line 21)',
    text: '248个川渝共建重大项目累计完成投资8823.6亿元,上半年完成投资1853.4亿元、占年度投资计划的54.6%。',
    expected: [
      { rule: 'metric.count', text: '248个川渝共建重大项目', start: 0, end: 12, fields: { subject: '川渝共建重大项目', value: 248, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '川渝共建重大项目累计完成投资8823.6亿元', start: 4, end: 26, fields: { subject: '川渝共建重大项目完成投资', value: 8823.6, unit: '亿元', kind: 'LEVEL', period: '累计' } },
      { rule: 'metric.amount', text: '完成投资1853.4亿元', start: 30, end: 42, fields: { subject: '完成投资', value: 1853.4, unit: '亿元', kind: 'LEVEL', period: '2023年上半年' } },
      { rule: 'metric.share', text: '占年度投资计划的54.6%', start: 43, end: 56, fields: { subject: '完成投资', value: 54.6, unit: '%', kind: 'SHARE', base: '年度投资计划' } },
    ],
  },
];

// Corpus: seeds/reports, 2026 work reports (province in the name).
const workReport2026 = { year: 2026, period: null };
const corpusMatches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'years of schooling: 年 after a decimal is a unit (宁夏回族自治区)',
    text: '力争人均预期寿命接近全国平均水平，人均受教育年限达到11.7年。',
    expected: [{ rule: 'metric.amount', text: '人均受教育年限达到11.7年', start: 17, end: 31, fields: { subject: '人均受教育年限', value: 11.7, unit: '年', kind: 'TARGET' } }],
  },
  {
    name: 'years of schooling from one year to another (贵州省)',
    text: '大工程”，劳动年龄人口平均受教育年限从2020年的9.6年提升至2025年的10.2年左右。学前教育',
    expected: [
      { rule: 'metric.amount', text: '劳动年龄人口平均受教育年限从2020年的9.6年', start: 5, end: 29, fields: { subject: '劳动年龄人口平均受教育年限', value: 9.6, unit: '年' } },
      { rule: 'metric.amount', text: '提升至2025年的10.2年左右', start: 29, end: 45, fields: { subject: '劳动年龄人口平均受教育年限', value: 10.2, unit: '年' } },
    ],
  },
  {
    name: 'gas in 亿方, a hundred million cubic metres as reports write it (宁夏回族自治区)',
    text: '层气等开发利用，天然气产能达到22亿方。争取正',
    expected: [{ rule: 'metric.amount', text: '天然气产能达到22亿方', start: 8, end: 19, fields: { subject: '天然气产能', value: 22, unit: '亿方', valueNormalized: 2200000000, unitBase: '立方米' } }],
  },
  {
    name: 'a count with the other classifier in brackets (天津市: 辆（台）)',
    text: '新增新能源重型货车和非道路移动机械8978辆（台），',
    expected: [{ rule: 'metric.amount', text: '新增新能源重型货车和非道路移动机械8978辆（台）', start: 0, end: 25, fields: { subject: '新增新能源重型货车和非道路移动机械', value: 8978, unit: '辆(台)' } }],
  },
  {
    name: 'a ranking before the figure is part of the subject, no number of its own (湖南省: 世界500强企业)',
    text: '，企业主体超220万户，在湘世界500强企业达212家，上市公司',
    expected: [
      { rule: 'metric.amount', text: '企业主体超220万户', start: 1, end: 11, fields: { subject: '企业主体', value: 220, unit: '万户' } },
      { rule: 'metric.amount', text: '在湘世界500强企业达212家', start: 12, end: 27, fields: { subject: '在湘世界500强企业', value: 212, unit: '家', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a figure in words right after 突破 or 跨上: a magnitude alone is one of it, 百万 a hundred 万 (安徽省, 山东省, 天津市)',
    text: '整车出口突破百万辆、稳居全国第1位。财政民生支出突破万亿元、占比稳定在80%左右。服务业增加值跨上万亿元台阶，',
    expected: [
      { rule: 'metric.amount', text: '整车出口突破百万辆', start: 0, end: 9, fields: { subject: '整车出口', value: 100, unit: '万辆', kind: 'COUNT', valueText: '百万辆', approx: true } },
      { rule: 'metric.amount', text: '财政民生支出突破万亿元', start: 18, end: 29, fields: { subject: '财政民生支出', value: 1, unit: '万亿元', kind: 'LEVEL', valueNormalized: 1e12 } },
      { rule: 'metric.share', text: '占比稳定在80%左右', start: 30, end: 40, fields: { subject: '财政民生支出占比', value: 80, unit: '%' } },
      { rule: 'metric.amount', text: '服务业增加值跨上万亿元', start: 41, end: 52, fields: { subject: '服务业增加值', value: 1, unit: '万亿元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'the start of a from–to pair in 岁 measures, though 岁 before a noun only describes it (浙江省)',
    text: '人均预期寿命从80.2岁提升至82.5岁。',
    expected: [
      { rule: 'metric.amount', text: '人均预期寿命从80.2岁', start: 0, end: 12, fields: { subject: '人均预期寿命', value: 80.2, unit: '岁', kind: 'LEVEL', period: null } },
      { rule: 'metric.amount', text: '提升至82.5岁', start: 12, end: 20, fields: { subject: '人均预期寿命', value: 82.5, unit: '岁', kind: 'LEVEL' } },
    ],
  },
  {
    name: '余 after the magnitude is a qualifier, not part of the unit (新疆维吾尔自治区)',
    text: '，新设立企业2万余家，成为对外开放的重要引擎',
    expected: [
      { rule: 'metric.amount', text: '新设立企业2万余家', start: 1, end: 10, fields: { subject: '新设立企业', value: 2, unit: '万家', kind: 'COUNT', approx: true, valueText: '2万余家', valueNormalized: 20000, unitBase: '家' } },
    ],
  },
  {
    name: 'the magnitude 千亿 and the unit 户次 (广西壮族自治区)',
    text: '有色金属产业年产值超4千亿元，惠及经营主体超6.3万户次。',
    expected: [
      { rule: 'metric.amount', text: '有色金属产业年产值超4千亿元', start: 0, end: 14, fields: { subject: '有色金属产业年产值', value: 4, unit: '千亿元', valueNormalized: 400000000000, unitBase: '元' } },
      { rule: 'metric.amount', text: '惠及经营主体超6.3万户次', start: 15, end: 28, fields: { subject: '惠及经营主体', value: 6.3, unit: '万户次', kind: 'COUNT', valueNormalized: 63000, unitBase: '户次' } },
    ],
  },
  {
    name: 'both values of a from–to pair, with the subject before 从; the undated start has no period (上海市)',
    text: '全市生产总值从4.16万亿元增加到5.67万亿元,',
    expected: [
      { rule: 'metric.amount', text: '生产总值从4.16万亿元', start: 2, end: 14, fields: { subject: '生产总值', value: 4.16, unit: '万亿元', kind: 'LEVEL', period: null } },
      { rule: 'metric.amount', text: '增加到5.67万亿元', start: 14, end: 24, fields: { subject: '生产总值', value: 5.67, unit: '万亿元', kind: 'LEVEL', period: '2026年' } },
    ],
  },
  {
    name: 'both ends of a dated from–to pair, each with its own period (山西省)',
    text: '人均GDP从2020年的5.2万元提高到2025年的7.4万元。',
    expected: [
      { rule: 'metric.amount', text: '人均GDP从2020年的5.2万元', start: 0, end: 17, fields: { subject: '人均GDP', value: 5.2, unit: '万元', kind: 'LEVEL', period: '2020年' } },
      { rule: 'metric.amount', text: '提高到2025年的7.4万元', start: 17, end: 31, fields: { subject: '人均GDP', value: 7.4, unit: '万元', kind: 'LEVEL', period: '2025年' } },
    ],
  },
  {
    name: 'a rate per month is one unit, so /月 is no subject (安徽省)',
    text: '健全社会救助体系,城市低保人均保障标准从796元/月提高至842元/月。',
    expected: [
      { rule: 'metric.amount', text: '城市低保人均保障标准从796元/月', start: 9, end: 26, fields: { subject: '城市低保人均保障标准', value: 796, unit: '元/月', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '提高至842元/月', start: 26, end: 35, fields: { subject: '城市低保人均保障标准', value: 842, unit: '元/月', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'list numbering (四是) is cut from the subject (山西省)',
    text: '四是招募“西部计划”志愿者3000名、社区助理3000名。',
    expected: [
      { rule: 'metric.amount', text: '招募“西部计划”志愿者3000名', start: 2, end: 18, fields: { subject: '招募“西部计划”志愿者', value: 3000, unit: '名', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '社区助理3000名', start: 19, end: 28, fields: { subject: '社区助理', value: 3000, unit: '名', kind: 'COUNT' } },
    ],
  },
  {
    name: '累计 dates its own clause, not the one after the comma (宁夏回族自治区)',
    text: '累计查明煤炭资源量360多亿吨、煤层气资源量2000多亿方,煤炭产能突破1.4亿吨。',
    expected: [
      { rule: 'metric.amount', text: '查明煤炭资源量360多亿吨', start: 2, end: 15, fields: { subject: '查明煤炭资源量', value: 360, unit: '亿吨', kind: 'LEVEL', period: '累计' } },
      { rule: 'metric.amount', text: '煤层气资源量2000多亿方', start: 16, end: 29, fields: { subject: '煤层气资源量', value: 2000, unit: '亿方', kind: 'LEVEL', period: '累计', valueNormalized: 200000000000, unitBase: '立方米' } },
      { rule: 'metric.amount', text: '煤炭产能突破1.4亿吨', start: 30, end: 41, fields: { subject: '煤炭产能', value: 1.4, unit: '亿吨', kind: 'LEVEL', period: '2026年' } },
    ],
  },
  {
    name: 'a count in a from–to pair is an amount of its subject, not a count of the verb after it (上海市)',
    text: '跨部门综合监管事项从39个拓展到91个。',
    expected: [
      { rule: 'metric.amount', text: '跨部门综合监管事项从39个', start: 0, end: 13, fields: { subject: '跨部门综合监管事项', value: 39, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '拓展到91个', start: 13, end: 19, fields: { subject: '跨部门综合监管事项', value: 91, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a milestone verb is a bound before the value, not part of the subject (青海省)',
    text: '全省地区生产总值历史性迈上4000亿元台阶。',
    expected: [
      { rule: 'metric.amount', text: '地区生产总值历史性迈上4000亿元', start: 2, end: 19, fields: { subject: '地区生产总值', value: 4000, unit: '亿元', kind: 'LEVEL', qualifier: '迈上' } },
    ],
  },
  {
    name: 'a milestone passed on the way lends its subject to the last one and is dropped (福建省)',
    text: '新福建建设取得新的重大成就，经济总量连跨5万亿元、6万亿元两个台阶，社会大局和谐稳定。',
    expected: [
      { rule: 'metric.amount', text: '6万亿元', start: 25, end: 29, fields: { subject: '经济总量', value: 6, unit: '万亿元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'a stock total takes the noun of the flow before it, without its verb (湖南省)',
    text: '新增高速公路通车里程1523公里，总里程达8667公里、居全国前列；',
    expected: [
      { rule: 'metric.amount', text: '新增高速公路通车里程1523公里', start: 0, end: 16, fields: { subject: '新增高速公路通车里程', value: 1523, unit: '公里' } },
      { rule: 'metric.amount', text: '总里程达8667公里', start: 17, end: 27, fields: { subject: '高速公路通车总里程', value: 8667, unit: '公里', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'an amount added after the stock it adds to is a change of that stock (浙江省)',
    text: '各项贷款新增1.91万亿元，其中制造业中长期贷款新增1124亿元，无还本续贷新增5982亿元。',
    expected: [
      { rule: 'metric.amount', text: '各项贷款新增1.91万亿元', start: 0, end: 13, fields: { subject: '各项贷款', value: 1.91, unit: '万亿元', kind: 'CHANGE' } },
      { rule: 'metric.amount', text: '制造业中长期贷款新增1124亿元', start: 16, end: 32, fields: { subject: '制造业中长期贷款', value: 1124, unit: '亿元', kind: 'CHANGE' } },
      { rule: 'metric.amount', text: '无还本续贷新增5982亿元', start: 33, end: 46, fields: { subject: '无还本续贷', value: 5982, unit: '亿元', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'a net gain of an area is a change (河南省)',
    text: '耕地面积净增212万亩，新建改造高标准农田3167万亩。',
    expected: [
      { rule: 'metric.amount', text: '耕地面积净增212万亩', start: 0, end: 11, fields: { subject: '耕地面积', value: 212, unit: '万亩', kind: 'CHANGE' } },
      { rule: 'metric.amount', text: '新建改造高标准农田3167万亩', start: 12, end: 27, fields: { subject: '新建改造高标准农田', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'a 总量 totals the things counted just before it (江西省)',
    text: '新增上市公司46家、总量达122家。',
    expected: [
      { rule: 'metric.amount', text: '新增上市公司46家', start: 0, end: 9, fields: { subject: '新增上市公司', value: 46, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '总量达122家', start: 10, end: 17, fields: { subject: '上市公司总量', value: 122, unit: '家', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a total investment is of the items just counted, kept whole (湖南省)',
    text: '引进“三类500强”项目1608个、总投资超1.6万亿元。',
    expected: [
      { rule: 'metric.amount', text: '引进“三类500强”项目1608个', start: 0, end: 17, fields: { subject: '引进“三类500强”项目', value: 1608, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '总投资超1.6万亿元', start: 18, end: 28, fields: { subject: '引进“三类500强”项目总投资', value: 1.6, unit: '万亿元', qualifier: '超' } },
    ],
  },
  {
    name: 'a total with no metric before it takes the noun opening the clause before, ended by a verb (吉林省)',
    text: '吉化乙烯项目投产，总产能达190万吨。',
    expected: [
      { rule: 'metric.amount', text: '总产能达190万吨', start: 9, end: 18, fields: { subject: '吉化乙烯项目总产能', value: 190, unit: '万吨', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'a total keeps its bare name when nothing marks the noun before it (湖北省)',
    text: '市场经营主体增量提质，总量突破1000万户，规上工业企业超过2万家。',
    expected: [
      { rule: 'metric.amount', text: '总量突破1000万户', start: 11, end: 21, fields: { subject: '总量', value: 1000, unit: '万户' } },
      { rule: 'metric.amount', text: '规上工业企业超过2万家', start: 22, end: 33, fields: { subject: '规上工业企业', value: 2, unit: '万家', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a bound with 的 describes the noun, which the count after it measures (广西壮族自治区)',
    text: '经济总量超500亿元的县域增至12个。',
    expected: [
      { rule: 'metric.amount', text: '经济总量超500亿元的县域增至12个', start: 0, end: 18, fields: { subject: '经济总量超500亿元的县域', value: 12, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'an adverb between the subject and its value is not part of the subject (福建省)',
    text: '文旅经济增加值预计达6500亿元。',
    expected: [
      { rule: 'metric.amount', text: '文旅经济增加值预计达6500亿元', start: 0, end: 16, fields: { subject: '文旅经济增加值', value: 6500, unit: '亿元' } },
    ],
  },
  {
    name: 'a baseline dated 上年 is the year before the value it grows into (宁夏回族自治区)',
    text: '常住人口由上年729万人增加到732万人，城镇化率达69.1%。',
    expected: [
      { rule: 'metric.amount', text: '常住人口由上年729万人', start: 0, end: 12, fields: { subject: '常住人口', value: 729, unit: '万人', period: '2025年' } },
      { rule: 'metric.amount', text: '增加到732万人', start: 12, end: 20, fields: { subject: '常住人口', value: 732, unit: '万人', period: '2026年' } },
      { rule: 'metric.share', text: '城镇化率达69.1%', start: 21, end: 31, fields: { subject: '城镇化率', value: 69.1 } },
    ],
  },
  {
    name: 'a count with the other classifier in brackets (辽宁省)',
    text: '开放共享科研设施和科研仪器1万台（套）以上。',
    expected: [
      { rule: 'metric.amount', text: '开放共享科研设施和科研仪器1万台（套）以上', start: 0, end: 21, fields: { subject: '开放共享科研设施和科研仪器', value: 1, unit: '万台(套)', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a count in 万户（套）, the brackets part of the unit (贵州省)',
    text: '累计完成棚户区改造47.63万户（套）。',
    expected: [
      { rule: 'metric.amount', text: '完成棚户区改造47.63万户（套）', start: 2, end: 19, fields: { subject: '完成棚户区改造', value: 47.63, unit: '万户(套)' } },
    ],
  },
  {
    name: 'computing power in P and PF (安徽省, 湖南省)',
    text: '新增智能算力1.7万P。',
    expected: [
      { rule: 'metric.amount', text: '新增智能算力1.7万P', start: 0, end: 11, fields: { subject: '新增智能算力', value: 1.7, unit: '万P' } },
    ],
  },
  {
    name: 'computing power in PF (湖南省)',
    text: '智能算力达4800PF，超算算力达228PF，',
    expected: [
      { rule: 'metric.amount', text: '智能算力达4800PF', start: 0, end: 11, fields: { subject: '智能算力', value: 4800, unit: 'PF' } },
      { rule: 'metric.amount', text: '超算算力达228PF', start: 12, end: 22, fields: { subject: '超算算力', value: 228, unit: 'PF' } },
    ],
  },
];

// A bare verb before the number leaves the thing measured to the noun after the unit (metric-object-verbs.txt)
const objectAfter: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'the object after the unit names the thing built (新疆维吾尔自治区)',
    text: '建设改造4075公里城市地下管网，重点帮扶就业困难',
    expected: [
      { rule: 'metric.amount', text: '建设改造4075公里', start: 0, end: 10, fields: { subject: '建设改造城市地下管网', value: 4075, unit: '公里', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'a verb that alone is no subject takes the object too (天津市)',
    text: '建设47.8万亩高标准农田，粮食生产',
    expected: [
      { rule: 'metric.amount', text: '建设47.8万亩', start: 0, end: 8, fields: { subject: '建设高标准农田', value: 47.8, unit: '万亩', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'not an object that a list or 和 goes on from: the verb at the end is shared (内蒙古自治区)',
    text: '完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造，优良天数',
    expected: [
      { rule: 'metric.count', text: '395台燃煤锅炉超低排放改造', start: 25, end: 39, fields: { subject: '燃煤锅炉超低排放改造', value: 395, unit: '台', kind: 'COUNT' } },
    ],
  },
  { name: 'not an object cut at 和 (上海市)', text: '完成141公里架空线入地和杆箱整治，', expected: [] },
];

// From–to pairs: the subject is what stands before 由/从; the start is a metric too (annotation guide), undated
const fromTo: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a count per thousand people is a density, a level (云南省)',
    text: '育补贴政策，每千人口托位数从0.5个增至4.8个。近5',
    expected: [
      { rule: 'metric.amount', text: '每千人口托位数从0.5个', start: 6, end: 18, fields: { subject: '每千人口托位数', value: 0.5, unit: '个', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '增至4.8个', start: 18, end: 24, fields: { subject: '每千人口托位数', value: 4.8, unit: '个', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'patents per ten thousand people, a level (广东省)',
    text: '器建成入列。每万人口发明专利拥有量从28件提高到70件。质量工作考',
    expected: [
      { rule: 'metric.amount', text: '每万人口发明专利拥有量从28件', start: 6, end: 21, fields: { subject: '每万人口发明专利拥有量', value: 28, unit: '件', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '提高到70件', start: 21, end: 27, fields: { subject: '每万人口发明专利拥有量', value: 70, unit: '件', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'an average\'s 平均 between 由 and the start (宁夏回族自治区)',
    text: '殡葬基本服务费由平均2900元下降到1000元左右。老年人福利',
    expected: [
      { rule: 'metric.amount', text: '殡葬基本服务费由平均2900元', start: 0, end: 15, fields: { subject: '殡葬基本服务费', value: 2900, unit: '元', kind: 'LEVEL', period: null } },
      { rule: 'metric.amount', text: '下降到1000元左右', start: 15, end: 25, fields: { subject: '殡葬基本服务费', value: 1000, unit: '元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'what the start bounds, and its 低于, between 由 and the start: the threshold before is a metric too (seed: 重庆 2023 上半年)',
    text: '将防止返贫监测范围由家庭人均纯收入低于7000元提高至8000元，累计',
    expected: [
      { rule: 'metric.amount', text: '防止返贫监测范围由家庭人均纯收入低于7000元', start: 1, end: 24, fields: { subject: '防止返贫监测范围', value: 7000, unit: '元', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '提高至8000元', start: 24, end: 32, fields: { subject: '防止返贫监测范围', value: 8000, unit: '元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'a bound with no 由 before it is the value\'s own (广东省)',
    text: '项目区农民满意度不低于80%',
    expected: [
      { rule: 'metric.share', text: '项目区农民满意度不低于80%', start: 0, end: 14, fields: { subject: '项目区农民满意度', value: 80, unit: '%', kind: 'SHARE' } },
    ],
  },
];

// Values listed after items listed with no 分别: the first is not the last item's (unpairedList.ts)
const unpairedLists: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  { name: 'three networks and three lengths: 800 公里 is the heating network\'s, not 排水管网\'s (天津市)', text: '改造老旧供热、燃气、排水管网800公里、600公里、300公里，完成', expected: [] },
  {
    name: 'items each with their own value stay read (甘肃省)',
    text: '新增高速（一级）公路2600公里、农村公路3000公里、自然村组通硬化路3.66万公里。',
    expected: [
      { rule: 'metric.amount', text: '新增高速（一级）公路2600公里', start: 0, end: 16, fields: { subject: '新增高速(一级)公路', value: 2600, unit: '公里', kind: 'CHANGE', direction: 'up' } },
      { rule: 'metric.amount', text: '农村公路3000公里', start: 17, end: 27, fields: { subject: '农村公路', value: 3000, unit: '公里', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '自然村组通硬化路3.66万公里', start: 28, end: 43, fields: { subject: '自然村组通硬化路', value: 3.66, unit: '万公里', kind: 'LEVEL' } },
    ],
  },
];

const corpusNonMatches = [
  '活动，让优质文化资源惠及千家万户、点亮美好', // 河南省: 千家万户 is no figure (no word that leads one)
  '访活动，常态长效推进“万人助万企”。争取国家', // 河南省: a slogan's 万人
  '全省参保的0—6岁儿童省域内同等级医疗机构门诊报销待遇无差别', // 浙江省: an age range describes 儿童
  '推进防城港30万吨级、北海20万吨级、南宁至贵港一级等航道建设', // 广西壮族自治区: the grade of a waterway
  '总投资近2000亿元的格尔木东、海南清洁能源基地开工建设', // 青海省: a bound describing the bases
  '则，推动出台服务业扩大开放3.0方案，探索设', // 北京市: a plan's version number, no volume (方 of 方案)
  '，优良天数比例、PM_2.5年均浓度均优于全国。国', // 黑龙江省: 年 after a decimal, but 年均 of the pollutant's name
];

const nonMatches = [
  '实施经营性收入5万元以下集体经济组织“清零”行动', // line 48: a threshold describing a noun
];

// Subjects name the thing measured: a process verb before it (开展, 推进, 举办) and adverbs or light verbs inside it
// (累计, 实现, 已, 五年) are no part of the indicator (metric-subject-prefixes.txt, metric-subject-infixes.txt).
const cleanSubjects: { name: string; text: string; expected: ExpectedMetric[]; report?: { year: number; period: null } }[] = [
  {
    name: 'the predicate 新增 after the indicator (浙江省)',
    text: '各项贷款新增1.91万亿元',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.amount', text: '各项贷款新增1.91万亿元', start: 0, end: 13, fields: { subject: '各项贷款', value: 1.91, unit: '万亿元' } }],
  },
  {
    name: 'the predicate 新增 before a count (山东省)',
    text: '大科学装置新增2个',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.amount', text: '大科学装置新增2个', start: 0, end: 9, fields: { subject: '大科学装置', value: 2, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'the standing committee a bill is put to (甘肃省)',
    text: '提请省人大常委会审议地方性法规104件，',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.amount', text: '提请省人大常委会审议地方性法规104件', start: 0, end: 19, fields: { subject: '提请审议地方性法规', value: 104, unit: '件', kind: 'COUNT' } }],
  },
  {
    name: 'cases served, counted in 例 (浙江省)',
    text: '为残疾人适配智能仿生上下肢等科技辅具服务5000例。',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.amount', text: '残疾人适配智能仿生上下肢等科技辅具服务5000例', start: 1, end: 25, fields: { subject: '残疾人适配智能仿生上下肢等科技辅具服务', value: 5000, unit: '例', kind: 'COUNT' } }],
  },
  {
    name: 'medals won, counted in 枚 (广西壮族自治区)',
    text: '获亚洲级以上大赛金牌33枚，全运会金牌数创近十届最好成绩！',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.amount', text: '获亚洲级以上大赛金牌33枚', start: 0, end: 13, fields: { subject: '获亚洲级以上大赛金牌', value: 33, unit: '枚', kind: 'COUNT' } }],
  },
  {
    name: 'calls of ships, counted in 艘次 (天津市)',
    text: '邮轮母港接待邮轮91艘次、旅客30余万人次。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.amount', text: '邮轮母港接待邮轮91艘次', start: 0, end: 12, fields: { subject: '邮轮母港接待邮轮', value: 91, unit: '艘次', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '旅客30余万人次', start: 13, end: 21, fields: { subject: '旅客', value: 30, unit: '万人次', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a light verb inside (seed line 15)',
    text: '乡村休闲旅游实现经营收入626.4亿元、同比增长22%。',
    expected: [
      { rule: 'metric.amount', text: '乡村休闲旅游实现经营收入626.4亿元', start: 0, end: 19, fields: { subject: '乡村休闲旅游经营收入', value: 626.4 } },
      { rule: 'metric.change', text: '同比增长22%', start: 20, end: 27, fields: { subject: '乡村休闲旅游经营收入', value: 22 } },
    ],
  },
  {
    name: '累计 inside, kept as the period (seed line 21)',
    text: '川渝高竹新区累计入驻企业182户。',
    expected: [{ rule: 'metric.amount', text: '川渝高竹新区累计入驻企业182户', start: 0, end: 16, fields: { subject: '川渝高竹新区入驻企业', value: 182, period: '累计' } }],
  },
  {
    name: 'a process verb before (湖南省)',
    text: '提升城乡居民基本医疗服务水平，开展家庭医生签约服务2000万人以上。',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.amount', text: '家庭医生签约服务2000万人以上', start: 17, end: 33, fields: { subject: '家庭医生签约服务', value: 2000 } }],
  },
  {
    name: 'a process verb before a quoted name (吉林省)',
    text: '科学开展国土绿化，推进“三北”工程建设10万亩、沙化土地治理9万亩。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.amount', text: '“三北”工程建设10万亩', start: 11, end: 23, fields: { subject: '“三北”工程建设', value: 10 } },
      { rule: 'metric.amount', text: '沙化土地治理9万亩', start: 24, end: 33, fields: { subject: '沙化土地治理', value: 9 } },
    ],
  },
  {
    name: 'those an amount is for, counted before it (seed line 10)',
    text: '向1.37万名就业困难人员发放创业担保贷款26.36亿元,',
    expected: [
      { rule: 'metric.count', text: '1.37万名就业困难人员', start: 1, end: 13, fields: { subject: '就业困难人员', value: 1.37 } },
      { rule: 'metric.amount', text: '发放创业担保贷款26.36亿元', start: 13, end: 28, fields: { subject: '发放创业担保贷款', value: 26.36 } },
    ],
  },
  {
    name: 'those an amount is for, counted before it (甘肃省)',
    text: '为6107名困难家庭高校新生发放资助金5637.2万元。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.count', text: '6107名困难家庭高校新生', start: 1, end: 14, fields: { subject: '困难家庭高校新生', value: 6107 } },
      { rule: 'metric.amount', text: '发放资助金5637.2万元', start: 14, end: 27, fields: { subject: '发放资助金', value: 5637.2 } },
    ],
  },
  {
    name: 'a time span inside (山西省)',
    text: '非常规天然气五年累计产量达750亿立方米。',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.amount', text: '非常规天然气五年累计产量达750亿立方米', start: 0, end: 20, fields: { subject: '非常规天然气产量', value: 750 } }],
  },
];

// A stock (metric-stock-heads.txt) is a LEVEL in a classifier unit; the new ones of it (新增…) are still a COUNT.
const stocks: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'vehicles on the road (北京市)',
    text: '新能源汽车保有量超130万辆。',
    expected: [{ rule: 'metric.amount', text: '新能源汽车保有量超130万辆', start: 0, end: 14, fields: { subject: '新能源汽车保有量', value: 130, kind: 'LEVEL' } }],
  },
  {
    name: 'the people newly insured (浙江省)',
    text: '新增长护险参保人数1561万人。',
    expected: [{ rule: 'metric.amount', text: '新增长护险参保人数1561万人', start: 0, end: 15, fields: { subject: '新增长护险参保人数', value: 1561, kind: 'COUNT' } }],
  },
];

// A total written before what it totals: the noun after 的 is what (seed line 28, 2026 广东省).
const totalsBefore: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a fund set up (seed line 28)',
    text: '强化资金保障,成立总规模2000亿元的重庆产业投资母基金。',
    expected: [{ rule: 'metric.amount', text: '成立总规模2000亿元', start: 7, end: 18, fields: { subject: '重庆产业投资母基金总规模', value: 2000 } }],
  },
  {
    name: 'a fund formed (广东省)',
    text: '组建总规模1000亿元的省战略性新兴产业投资引导基金，国家创业投资引导基金在大湾区设立',
    expected: [{ rule: 'metric.amount', text: '组建总规模1000亿元', start: 0, end: 11, fields: { subject: '省战略性新兴产业投资引导基金总规模', value: 1000 } }],
  },
];

// Funds put up for a purpose (metric-funding-verbs.txt, metric-purpose-verbs.txt) measure the funds for it.
const funded: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'the purpose after the amount (广西壮族自治区)',
    text: '深化拓展“人工智能+”，三年安排450亿元支持以AI为引领的新质生产力发展。',
    expected: [{ rule: 'metric.amount', text: '三年安排450亿元', start: 12, end: 21, fields: { subject: '支持以AI为引领的新质生产力发展资金', value: 450 } }],
  },
  {
    name: 'the funds named after the amount (seed line 9)',
    text: '出台促进绿色智能家电和汽车消费政策措施,统筹调剂安排4000万元财政资金支持提振汽车、家电产品消费,限额以上',
    expected: [{ rule: 'metric.amount', text: '统筹调剂安排4000万元', start: 20, end: 32, fields: { subject: '支持提振汽车、家电产品消费的财政资金', value: 4000 } }],
  },
  {
    name: 'an actor before the verb keeps its input as the subject (福建省)',
    text: '城镇更新成效明显，省级财政累计投入665亿元用于为民办实事项目。',
    expected: [{ rule: 'metric.amount', text: '省级财政累计投入665亿元', start: 9, end: 22, fields: { subject: '省级财政投入', value: 665 } }],
  },
];

// An amount added in the period (新增…: metric-increase-prefixes.txt) is a CHANGE; a count stays a COUNT.
const added: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'capacity added (seed line 53)',
    text: '上半年新增装机约100万千瓦,',
    expected: [{ rule: 'metric.amount', text: '新增装机约100万千瓦', start: 3, end: 14, fields: { subject: '新增装机', value: 100, kind: 'CHANGE', direction: 'up' } }],
  },
  {
    name: 'length added (湖南省)',
    text: '新增高速公路通车里程1523公里。',
    expected: [{ rule: 'metric.amount', text: '新增高速公路通车里程1523公里', start: 0, end: 16, fields: { subject: '新增高速公路通车里程', value: 1523, kind: 'CHANGE' } }],
  },
  {
    name: 'a net increase of a stock of things is its change, things added stay a count (江西省)',
    text: '破6万亿元。累计净增各类经营主体155万户、总量达474万户，新增上市公司48家、总量达122家，',
    expected: [
      { rule: 'metric.amount', text: '净增各类经营主体155万户', start: 8, end: 21, fields: { subject: '净增各类经营主体', value: 155, unit: '万户', kind: 'CHANGE' } },
      { rule: 'metric.amount', text: '总量达474万户', start: 22, end: 30, fields: { subject: '各类经营主体总量', value: 474, unit: '万户', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '新增上市公司48家', start: 31, end: 40, fields: { subject: '新增上市公司', value: 48, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '总量达122家', start: 41, end: 48, fields: { subject: '上市公司总量', value: 122, unit: '家', kind: 'COUNT' } },
    ],
  },
  {
    name: '净增 after the stock (河北省)',
    text: '”惠及企业群众，经营主体净增231万户，一批创',
    expected: [{ rule: 'metric.amount', text: '经营主体净增231万户', start: 8, end: 19, fields: { subject: '经营主体', value: 231, unit: '万户', kind: 'CHANGE' } }],
  },
  {
    name: 'things added in a classifier stay a count (seed line 18)',
    text: '新增科技型企业7616家、',
    expected: [{ rule: 'metric.amount', text: '新增科技型企业7616家', start: 0, end: 12, fields: { subject: '新增科技型企业', value: 7616, kind: 'COUNT' } }],
  },
];

// An amount made by a verb of metric-output-verbs.txt (生产) is its product's 产量 (producedOutput.ts); money made is
// no output (生产总值).
const outputs: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'two products and their growth (青海省)',
    text: '全年生产钾肥757.5万吨、增长1.1%，生产碳酸锂16.9万吨、增长25.3%，持续为保障国家粮食安全',
    expected: [
      { rule: 'metric.amount', text: '生产钾肥757.5万吨', start: 2, end: 13, fields: { subject: '钾肥产量', value: 757.5, unit: '万吨', kind: 'LEVEL' } },
      { rule: 'metric.change', text: '增长1.1%', start: 14, end: 20, fields: { subject: '钾肥产量', value: 1.1, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.amount', text: '生产碳酸锂16.9万吨', start: 21, end: 32, fields: { subject: '碳酸锂产量', value: 16.9, unit: '万吨', kind: 'LEVEL' } },
      { rule: 'metric.change', text: '增长25.3%', start: 33, end: 40, fields: { subject: '碳酸锂产量', value: 25.3, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'vehicles made (陕西省)',
    text: '力布局氢能产业，生产氢燃料汽车760辆。',
    expected: [{ rule: 'metric.amount', text: '生产氢燃料汽车760辆', start: 8, end: 19, fields: { subject: '氢燃料汽车产量', value: 760, unit: '辆', kind: 'COUNT' } }],
  },
  {
    name: 'the share after it keeps the product (山西省)',
    text: '彰显山西担当，五年生产原煤65亿吨，占全国近三成，',
    expected: [
      { rule: 'metric.amount', text: '生产原煤65亿吨', start: 9, end: 17, fields: { subject: '原煤产量', value: 65, unit: '亿吨', kind: 'LEVEL' } },
      { rule: 'metric.share', text: '占全国近三成', start: 18, end: 24, fields: { subject: '原煤产量占全国', value: 3, unit: '成', kind: 'SHARE' } },
    ],
  },
  {
    name: 'money is no output: 生产总值 (上海市)',
    text: '一是经济持续回升向好。全市生产总值达到5.67万亿元、增长5.4%，好于预期。',
    expected: [
      { rule: 'metric.amount', text: '生产总值达到5.67万亿元', start: 13, end: 26, fields: { subject: '生产总值', value: 5.67, unit: '万亿元', kind: 'LEVEL' } },
      { rule: 'metric.change', text: '增长5.4%', start: 27, end: 33, fields: { subject: '生产总值', value: 5.4, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
];

// A list item's number at the start of its line (text/itemNumber.ts) is no figure and no word of a subject.
const itemNumbers: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'the year\'s tasks, numbered 2. (内蒙古自治区)',
    text: '2.实现城镇新增就业18万人以上，发布就业岗位50万个以上，释放政策性岗位4.5万个，开展职业技能培训40万人次（牵头单位：人社厅）。',
    expected: [
      { rule: 'metric.amount', text: '实现城镇新增就业18万人以上', start: 2, end: 16, fields: { subject: '实现城镇新增就业', value: 18, unit: '万人', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '发布就业岗位50万个以上', start: 17, end: 29, fields: { subject: '发布就业岗位', value: 50, unit: '万个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '释放政策性岗位4.5万个', start: 30, end: 42, fields: { subject: '释放政策性岗位', value: 4.5, unit: '万个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '职业技能培训40万人次', start: 45, end: 56, fields: { subject: '职业技能培训', value: 40, unit: '万人次', kind: 'COUNT' } },
    ],
  },
  {
    name: 'two digits: 10. (内蒙古自治区)',
    text: '10.发放城镇住房保障家庭租赁补贴1.6万户，加装、更新住宅电梯500部以上，实施物业服务质量提升行动（牵头单位：住建厅）。',
    expected: [
      { rule: 'metric.amount', text: '发放城镇住房保障家庭租赁补贴1.6万户', start: 3, end: 22, fields: { subject: '发放城镇住房保障家庭租赁补贴', value: 1.6, unit: '万户', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '更新住宅电梯500部以上', start: 26, end: 38, fields: { subject: '更新住宅电梯', value: 500, unit: '部', kind: 'COUNT' } },
    ],
  },
];

describe('MetricAmountRule', () => {
  it.each(outputs)('reads an output as its product\'s 产量: $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(itemNumbers)('reads past a list item\'s number: $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(added)('reads an amount added as a change: $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(funded)('reads funds for a purpose: $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(totalsBefore)('takes what a total is of from after it: $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(stocks)('reads a stock: $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(cleanSubjects)('cleans the subject: $name', ({ text, expected, report }) => expectMetrics(text, expected, report));
  it.each(matches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(nonMatches)('ignores %s', (text) => expectMetrics(text, []));
  it.each(corpusMatches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(corpusNonMatches)('ignores %s', (text) => expectMetrics(text, [], workReport2026));
  it.each(fromTo)('from–to pairs: $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(unpairedLists)('unpaired lists: $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(objectAfter)('reads the object after the unit: $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it('keeps a rate denominator (每10万人口) inside the subject, not as a value (海南省)', () =>
    expectMetrics('新增普通高校7所,每10万人口高等教育平均在校生增长27%。', [
      { rule: 'metric.amount', text: '新增普通高校7所', start: 0, end: 8, fields: { subject: '新增普通高校', value: 7, unit: '所', kind: 'COUNT' } },
      { rule: 'metric.change', text: '每10万人口高等教育平均在校生增长27%', start: 9, end: 29, fields: { subject: '每10万人口高等教育平均在校生', value: 27, unit: '%', kind: 'YOY_GROWTH' } },
    ], workReport2026));
  it('keeps 98.3% but not the 95% of 提前3年达到国家提出的95%目标要求 (line 33)', () =>
    expectMetrics('城镇污水污泥无害化处置率达98.3%,提前3年达到国家提出的95%目标要求', [
      { rule: 'metric.share', text: '城镇污水污泥无害化处置率达98.3%', start: 0, end: 18, fields: { subject: '城镇污水污泥无害化处置率', value: 98.3, unit: '%', kind: 'SHARE' } },
    ]));
  it('gives absolute offsets: passage start + index (line 10 of the seed starts at 1117)', () =>
    expectMetrics('城镇新增就业41万人', [
      { rule: 'metric.amount', text: '城镇新增就业41万人', start: 1117, end: 1127, fields: { subject: '城镇新增就业', value: 41 } },
    ], {}, 1117));
});
