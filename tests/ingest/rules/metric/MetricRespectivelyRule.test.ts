import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Seed report: seeds/reports/chongqing-2023-h1-plan-execution-report.txt (line numbers in comments).
const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'items before 分别 share the indicator noun of the last item (line 12)',
    text: '智能网联新能源汽车、先进材料增加值同比分别增长5.2%、8.7%。',
    expected: [
      { rule: 'metric.respectively', text: '5.2%', start: 23, end: 27, fields: { subject: '智能网联新能源汽车增加值', value: 5.2, unit: '%', kind: 'YOY_GROWTH', direction: 'up' } },
      { rule: 'metric.respectively', text: '8.7%', start: 28, end: 32, fields: { subject: '先进材料增加值', value: 8.7, unit: '%', kind: 'YOY_GROWTH', direction: 'up' } },
    ],
  },
  {
    name: 'without items, the subjects of the metrics just before (line 18)',
    text: '新增在孵企业和团队1520个、毕业企业352家,同比分别增长8.5%、9.3%。',
    expected: [
      { rule: 'metric.amount', text: '新增在孵企业和团队1520个', start: 0, end: 14, fields: { subject: '新增在孵企业和团队', value: 1520, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '毕业企业352家', start: 15, end: 23, fields: { subject: '毕业企业', value: 352, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '8.5%', start: 30, end: 34, fields: { subject: '新增在孵企业和团队', value: 8.5, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '9.3%', start: 35, end: 39, fields: { subject: '毕业企业', value: 9.3, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'items split on 和 when that makes the counts agree; people insured are a stock, a LEVEL (line 49)',
    text: '城乡养老、失业和工伤保险参保人数分别为2608.8万人、622.3万人、729.9万人',
    expected: [
      { rule: 'metric.respectively', text: '2608.8万人', start: 19, end: 27, fields: { subject: '城乡养老保险参保人数', value: 2608.8, unit: '万人', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '622.3万人', start: 28, end: 35, fields: { subject: '失业保险参保人数', value: 622.3, unit: '万人', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '729.9万人', start: 36, end: 43, fields: { subject: '工伤保险参保人数', value: 729.9, unit: '万人', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'the last value after 和 (北京 2026)',
    text: '适龄儿童入园率和普惠率分别达96%和94%',
    expected: [
      { rule: 'metric.respectively', text: '96%', start: 14, end: 17, fields: { subject: '适龄儿童入园率', value: 96, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '94%', start: 18, end: 21, fields: { subject: '普惠率', value: 94, unit: '%', kind: 'SHARE' } },
    ],
  },
  {
    name: 'items split on 、, the last value after 和 (江苏 2026)',
    text: '林木覆盖率、湿地保护率分别达24.1%和50.2%',
    expected: [
      { rule: 'metric.respectively', text: '24.1%', start: 14, end: 19, fields: { subject: '林木覆盖率', value: 24.1, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '50.2%', start: 20, end: 25, fields: { subject: '湿地保护率', value: 50.2, unit: '%', kind: 'SHARE' } },
    ],
  },
];

// Lists of 2026 provincial work reports (seeds/reports/2026-<province>-government-work-report.txt): how the items
// before 分别 become subjects.
const lists: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'places listed before the last item share what follows its place (广东); the first value takes the unit of the last',
    text: '广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次，均创历史新高。',
    expected: [
      { rule: 'metric.respectively', text: '1409万', start: 19, end: 24, fields: { subject: '广州地铁线网单日最高客运量', value: 1409, unit: '万人次' } },
      { rule: 'metric.respectively', text: '1305万人次', start: 25, end: 32, fields: { subject: '深圳地铁线网单日最高客运量', value: 1305, unit: '万人次' } },
    ],
  },
  {
    name: 'items with one head share the measure the last one names (北京)',
    text: '食品、药品抽检合格率分别超98.5%和99%。',
    expected: [
      { rule: 'metric.respectively', text: '超98.5%', start: 12, end: 18, fields: { subject: '食品抽检合格率', value: 98.5, kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '99%', start: 19, end: 22, fields: { subject: '药品抽检合格率', value: 99, kind: 'SHARE' } },
    ],
  },
  {
    name: 'the same over a longer head (广东)',
    text: '先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%，',
    expected: [
      { rule: 'metric.respectively', text: '56.2%', start: 30, end: 35, fields: { subject: '先进制造业增加值占规模以上工业增加值比重', value: 56.2 } },
      { rule: 'metric.respectively', text: '34.7%', start: 36, end: 41, fields: { subject: '高技术制造业增加值占规模以上工业增加值比重', value: 34.7 } },
    ],
  },
  {
    name: 'no measure after the shared head: the items stay as written (江西)',
    text: '城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%，',
    expected: [
      { rule: 'metric.respectively', text: '118.2%', start: 25, end: 31, fields: { subject: '城镇新增就业', value: 118.2 } },
      { rule: 'metric.respectively', text: '248.57%', start: 32, end: 39, fields: { subject: '新增发放创业担保贷款', value: 248.57 } },
    ],
  },
  {
    name: 'the urban side named alone before the rural item takes the rest of its subject (安徽)',
    text: '城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%',
    expected: [
      { rule: 'metric.respectively', text: '4.4%', start: 20, end: 24, fields: { subject: '城镇常住居民人均可支配收入', value: 4.4, kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '5.9%', start: 25, end: 29, fields: { subject: '农村常住居民人均可支配收入', value: 5.9, kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'the same with 和 between the sides, and levels (浙江)',
    text: '城镇和农村居民人均可支配收入分别超过8万元、4.5万元',
    expected: [
      { rule: 'metric.respectively', text: '超过8万元', start: 16, end: 21, fields: { subject: '城镇居民人均可支配收入', value: 8, kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '4.5万元', start: 22, end: 27, fields: { subject: '农村居民人均可支配收入', value: 4.5, kind: 'LEVEL' } },
    ],
  },
  {
    name: 'a bare 死亡人数 takes the qualifier of the 起数 beside it (浙江)',
    text: '道路交通事故起数和死亡人数分别下降1.8%、31.3%',
    expected: [
      { rule: 'metric.respectively', text: '1.8%', start: 17, end: 21, fields: { subject: '道路交通事故起数', value: 1.8, unit: '%', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '31.3%', start: 22, end: 27, fields: { subject: '道路交通事故死亡人数', value: 31.3, unit: '%', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'a bare 支出 takes the qualifier of the 收入 beside it (西藏)',
    text: '全区地方财政收入、支出分别突破300亿元和3000亿元',
    expected: [
      { rule: 'metric.respectively', text: '突破300亿元', start: 13, end: 20, fields: { subject: '地方财政收入', value: 300, unit: '亿元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '3000亿元', start: 21, end: 27, fields: { subject: '地方财政支出', value: 3000, unit: '亿元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'ordinal items name 第N产业 (广西)',
    text: '一、二、三产业增加值分别增长4.2%、5%、5.4%',
    expected: [
      { rule: 'metric.respectively', text: '4.2%', start: 14, end: 18, fields: { subject: '第一产业增加值', value: 4.2, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '5%', start: 19, end: 21, fields: { subject: '第二产业增加值', value: 5, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '5.4%', start: 22, end: 26, fields: { subject: '第三产业增加值', value: 5.4, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: '进出口 is shared like any indicator noun (湖北)',
    text: '对东盟、欧盟进出口分别增长16.7%、40.2%',
    expected: [
      { rule: 'metric.respectively', text: '16.7%', start: 13, end: 18, fields: { subject: '对东盟进出口', value: 16.7, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '40.2%', start: 19, end: 24, fields: { subject: '欧盟进出口', value: 40.2, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'a quoted item stays whole (广西)',
    text: '“新三样”产品和中间品出口分别增长36.1%、21.6%',
    expected: [
      { rule: 'metric.respectively', text: '36.1%', start: 17, end: 22, fields: { subject: '“新三样”产品出口', value: 36.1, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '21.6%', start: 23, end: 28, fields: { subject: '中间品出口', value: 21.6, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: '分别年均增长 is a predicate (辽宁)',
    text: '城镇和农村居民人均可支配收入分别年均增长4.4%、6.5%',
    expected: [
      { rule: 'metric.respectively', text: '4.4%', start: 20, end: 24, fields: { subject: '城镇居民人均可支配收入', value: 4.4, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '6.5%', start: 25, end: 29, fields: { subject: '农村居民人均可支配收入', value: 6.5, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'a base other than last year makes a CHANGE, not a YOY_GROWTH (辽宁)',
    text: '生产安全事故起数、死亡人数分别比“十三五”时期下降44.1%、29.7%',
    expected: [
      { rule: 'metric.respectively', text: '44.1%', start: 25, end: 30, fields: { subject: '生产安全事故起数', value: 44.1, unit: '%', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '29.7%', start: 31, end: 36, fields: { subject: '生产安全事故死亡人数', value: 29.7, unit: '%', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'growth rates right after the levels of a 分别 list belong to its items in order (江苏)',
    text: '城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。需求',
    expected: [
      { rule: 'metric.respectively', text: '6.9万元', start: 14, end: 19, fields: { subject: '城镇居民人均可支配收入', value: 6.9, unit: '万元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '3.4万元', start: 20, end: 25, fields: { subject: '农村居民人均可支配收入', value: 3.4, unit: '万元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '4.2%', start: 28, end: 32, fields: { subject: '城镇居民人均可支配收入', value: 4.2, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '5.3%', start: 33, end: 37, fields: { subject: '农村居民人均可支配收入', value: 5.3, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'a growth after a 分别 list of growth rates is its own clause\'s (宁夏)',
    text: '全区游客人次、旅游花费分别增长14%、10%，入境游客增长25%。',
    expected: [
      { rule: 'metric.respectively', text: '14%', start: 15, end: 18, fields: { subject: '游客人次', value: 14, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '10%', start: 19, end: 22, fields: { subject: '旅游花费', value: 10, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.change', text: '入境游客增长25%', start: 23, end: 32, fields: { subject: '入境游客', value: 25, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'a base before 分别 is no part of the last item and makes a CHANGE (江西)',
    text: '生产安全事故起数、死亡人数较“十三五”同期分别下降62.97%、53.06%，连续',
    expected: [
      { rule: 'metric.respectively', text: '62.97%', start: 25, end: 31, fields: { subject: '生产安全事故起数', value: 62.97, unit: '%', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '53.06%', start: 32, end: 38, fields: { subject: '生产安全事故死亡人数', value: 53.06, unit: '%', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'a dated base before 分别 likewise (江苏)',
    text: '生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%。',
    expected: [
      { rule: 'metric.respectively', text: '65.3%', start: 23, end: 28, fields: { subject: '生产安全事故起数', value: 65.3, unit: '%', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '58.3%', start: 29, end: 34, fields: { subject: '生产安全事故死亡人数', value: 58.3, unit: '%', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'one 城乡 item with two values is the urban and the rural series (青海)',
    text: '城乡居民人均可支配收入分别增长4%、6%。',
    expected: [
      { rule: 'metric.respectively', text: '4%', start: 15, end: 17, fields: { subject: '城镇居民人均可支配收入', value: 4, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '6%', start: 18, end: 20, fields: { subject: '农村居民人均可支配收入', value: 6, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'one 城乡 item with two values is the urban and the rural series (湖南)',
    text: '城乡低保标准分别提高48%、45.5%。',
    expected: [
      { rule: 'metric.respectively', text: '48%', start: 10, end: 13, fields: { subject: '城镇低保标准', value: 48, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '45.5%', start: 14, end: 19, fields: { subject: '农村低保标准', value: 45.5, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'one item whose compound names two series: 收支 is revenue, then spending (广西)',
    text: '一般公共预算收支累计分别突破9千亿元、3万亿元。',
    expected: [
      { rule: 'metric.respectively', text: '突破9千亿元', start: 12, end: 18, fields: { subject: '一般公共预算收入', value: 9, unit: '千亿元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '3万亿元', start: 19, end: 23, fields: { subject: '一般公共预算支出', value: 3, unit: '万亿元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'one item whose compound names two series: 存贷款 is deposits, then loans (广东, 陕西)',
    text: '银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元，招银金投、信银金投开业运营。金融机构人民币存贷款余额分别增长6.9％、6.6％。',
    expected: [
      { rule: 'metric.respectively', text: '38.7万亿元', start: 15, end: 22, fields: { subject: '银行机构本外币存款余额', value: 38.7, unit: '万亿元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '29.9万亿元', start: 23, end: 30, fields: { subject: '银行机构本外币贷款余额', value: 29.9, unit: '万亿元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '6.9％', start: 61, end: 65, fields: { subject: '金融机构人民币存款余额', value: 6.9, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '6.6％', start: 66, end: 70, fields: { subject: '金融机构人民币贷款余额', value: 6.6, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'one item whose compound names three series: 一二三产 is each sector in turn (贵州)',
    text: '一二三产增加值分别增长3.5%左右、6%左右、5%左右。',
    expected: [
      { rule: 'metric.respectively', text: '3.5%左右', start: 11, end: 17, fields: { subject: '一产增加值', value: 3.5, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '6%左右', start: 18, end: 22, fields: { subject: '二产增加值', value: 6, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '5%左右', start: 23, end: 27, fields: { subject: '三产增加值', value: 5, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'one item whose compound names two series: 内外资 is domestic, then foreign capital (陕西)',
    text: '实际使用内外资分别增长10％、6.4％。',
    expected: [
      { rule: 'metric.respectively', text: '10％', start: 11, end: 14, fields: { subject: '实际使用内资', value: 10, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '6.4％', start: 15, end: 19, fields: { subject: '实际使用外资', value: 6.4, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'the starting values before 分别 are no part of the item (西藏)',
    text: '城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元',
    expected: [
      { rule: 'metric.amount', text: '城乡居民人均可支配收入从2021年的46503元', start: 0, end: 24, fields: { subject: '城镇居民人均可支配收入', value: 46503, unit: '元', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '和16935元', start: 24, end: 31, fields: { subject: '农村居民人均可支配收入', value: 16935, unit: '元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '58794元', start: 36, end: 42, fields: { subject: '城镇居民人均可支配收入', value: 58794, unit: '元', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '23184元', start: 43, end: 49, fields: { subject: '农村居民人均可支配收入', value: 23184, unit: '元', kind: 'LEVEL' } },
    ],
  },
  {
    name: '分别从 a dated start 提高到 an end: both levels of each item, the start values dated alike (贵州)',
    text: '城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年',
    expected: [
      { rule: 'metric.respectively', text: '645元/月', start: 17, end: 23, fields: { subject: '城镇低保平均标准', value: 645, unit: '元/月', kind: 'LEVEL', period: '2020年' } },
      { rule: 'metric.respectively', text: '4318元/年', start: 24, end: 31, fields: { subject: '农村低保平均标准', value: 4318, unit: '元/年', kind: 'LEVEL', period: '2020年' } },
      { rule: 'metric.respectively', text: '801元/月', start: 40, end: 46, fields: { subject: '城镇低保平均标准', value: 801, unit: '元/月', kind: 'LEVEL', period: '2025年' } },
      { rule: 'metric.respectively', text: '7226元/年', start: 47, end: 54, fields: { subject: '农村低保平均标准', value: 7226, unit: '元/年', kind: 'LEVEL', period: '2025年' } },
    ],
  },
  {
    name: '分别从 an undated start 增加到 an end: both count, the start is dated nowhere (上海)',
    text: '认定跨国公司地区总部、外资研发中心分别从771家、481家增加到1076家、636家',
    expected: [
      { rule: 'metric.respectively', text: '771家', start: 20, end: 24, fields: { subject: '认定跨国公司地区总部', value: 771, unit: '家', kind: 'COUNT', period: null } },
      { rule: 'metric.respectively', text: '481家', start: 25, end: 29, fields: { subject: '外资研发中心', value: 481, unit: '家', kind: 'COUNT', period: null } },
      { rule: 'metric.respectively', text: '1076家', start: 32, end: 37, fields: { subject: '认定跨国公司地区总部', value: 1076, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '636家', start: 38, end: 42, fields: { subject: '外资研发中心', value: 636, unit: '家', kind: 'COUNT' } },
    ],
  },
];

// Earlier values may leave the base unit to the last one (1.28万亿、…、8200亿元 → 万亿元); also 2026 广东
// `客运量分别达1409万、1305万人次`.
const bareMagnitudes: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'targets in 万亿 before one in 亿元 (江西省)',
    text: '力争电子信息、有色金属、装备制造业产业规模分别达1.28万亿、1.18万亿、8200亿元。',
    expected: [
      { rule: 'metric.respectively', text: '1.28万亿', start: 24, end: 30, fields: { subject: '电子信息产业规模', value: 1.28, unit: '万亿元', kind: 'TARGET', valueNormalized: 1.28e12, unitBase: '元' } },
      { rule: 'metric.respectively', text: '1.18万亿', start: 31, end: 37, fields: { subject: '有色金属产业规模', value: 1.18, unit: '万亿元', kind: 'TARGET' } },
      { rule: 'metric.respectively', text: '8200亿元', start: 38, end: 44, fields: { subject: '装备制造业产业规模', value: 8200, unit: '亿元', kind: 'TARGET' } },
    ],
  },
];

// Numbers of a list may leave a rate's unit to the last one (20.9、36.2、54个百分点; 3.4个、1个百分点); a gap to a
// benchmark (分别快于全国) is a change, as it is for one value.
const lentRates: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'bare numbers before 个百分点 (云南省)',
    text: '农村卫生户厕覆盖率、污水治理（管控）率、生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点',
    expected: [
      { rule: 'metric.respectively', text: '20.9', start: 35, end: 39, fields: { subject: '农村卫生户厕覆盖率', value: 20.9, unit: '个百分点', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '36.2', start: 40, end: 44, fields: { subject: '污水治理(管控)率', value: 36.2, unit: '个百分点', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '54个百分点', start: 45, end: 51, fields: { subject: '生活垃圾处理设施覆盖率', value: 54, unit: '个百分点', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'a gap to the country, 个 of 个百分点 written once per number; the shared 增速 (山西省)',
    text: '全年GDP增长4%，快于2024年1.8个百分点，投资、消费增速分别快于全国3.4个、1个百分点。',
    expected: [
      { rule: 'metric.change', text: 'GDP增长4%', start: 2, end: 9, fields: { subject: 'GDP', value: 4, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.change', text: '快于2024年1.8个百分点', start: 10, end: 24, fields: { subject: 'GDP', value: 1.8, unit: '个百分点', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '3.4个', start: 38, end: 42, fields: { subject: '投资增速', value: 3.4, unit: '个百分点', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '1个百分点', start: 43, end: 48, fields: { subject: '消费增速', value: 1, unit: '个百分点', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'a rate of each item\'s own indicator (黑龙江省)',
    text: '工业技改投资、制造业技改投资增速分别高于全国12.7个、12个百分点',
    expected: [
      { rule: 'metric.respectively', text: '12.7个', start: 22, end: 27, fields: { subject: '工业技改投资增速', value: 12.7, unit: '个百分点', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '12个百分点', start: 28, end: 34, fields: { subject: '制造业技改投资增速', value: 12, unit: '个百分点', kind: 'CHANGE' } },
    ],
  },
  {
    name: 'counts before a count stay counts: no rate to lend (广西壮族自治区)',
    text: '城市公园、“口袋公园”保有量分别达到1436个、883个',
    expected: [
      { rule: 'metric.respectively', text: '1436个', start: 18, end: 23, fields: { subject: '城市公园', value: 1436, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '883个', start: 24, end: 28, fields: { subject: '“口袋公园”保有量', value: 883, unit: '个', kind: 'LEVEL' } },
    ],
  },
];

describe('MetricRespectivelyRule', () => {
  it.each(lentRates)('lends the rate of the last value: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it.each(bareMagnitudes)('takes the unit of the last value: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it('lends no unit when the last value has no base unit (a list of bare numbers)', () => expectMetrics('两项指标分别达1.2万、3万。', []));
  it.each(matches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(lists)('subjects of a list: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  // lists without 分别 pair in order, as the reports mean them; the amount and change rules leave their values alone
  it.each([
    ['“新三样”、集成电路出口增长30.4％、30.1％', [['30.4％', 14, '“新三样”出口', 30.4], ['30.1％', 20, '集成电路出口', 30.1]]],
    ['国内游客人次、总花费增长5.6％、7.5％', [['5.6％', 12, '国内游客人次', 5.6], ['7.5％', 17, '国内游客总花费', 7.5]]],
  ] as const)('pairs a list without 分别 in order (陕西): %s', (text, rows) =>
    expectMetrics(text, rows.map(([t, start, subject, value]) => ({ rule: 'metric.respectively', text: t, start, end: start + t.length, fields: { subject, value, unit: '%', kind: 'YOY_GROWTH' } })), { year: 2026, period: null }));
  // (beds per thousand people are a density, a level)
  it('pairs levels listed without 分别 after 增至, each with its own unit (陕西)', () =>
    expectMetrics('每千人床位数、执业（助理）医师数增至7.83张、3.57个', [
      { rule: 'metric.respectively', text: '7.83张', start: 18, end: 23, fields: { subject: '每千人床位数', value: 7.83, unit: '张', kind: 'LEVEL' } },
      { rule: 'metric.respectively', text: '3.57个', start: 24, end: 29, fields: { subject: '执业(助理)医师数', value: 3.57, unit: '个', kind: 'COUNT' } },
    ], { year: 2026, period: null }));
  it('leaves values listed right after the items, with no predicate between, unread (天津)', () =>
    expectMetrics('改造老旧供热、燃气、排水管网800公里、600公里、300公里，完成尔王庄水库增容工程。', [], { year: 2026, period: null }));
  it('pairs a list summed up in the clause before (line 28: 等7个板块项目,分别完成年度计划的…)', () =>
    expectMetrics('乡村振兴、文化、民生等3个板块项目,分别完成年度计划的44%、59.9%、53.2%', [
      { rule: 'metric.count', text: '3个板块项目', start: 11, end: 17, fields: { subject: '板块项目', value: 3, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '44%', start: 27, end: 30, fields: { subject: '乡村振兴板块项目', value: 44, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '59.9%', start: 31, end: 36, fields: { subject: '文化板块项目', value: 59.9, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '53.2%', start: 37, end: 42, fields: { subject: '民生板块项目', value: 53.2, unit: '%', kind: 'SHARE' } },
    ]));
  it('drops a list whose subjects cannot be paired at all', () => expectMetrics('分别完成年度计划的57%、72.6%、44%', []));
  it('keeps 起数 as its own indicator noun, and a bare 死亡人数 takes the qualifier of 起数 beside it (corpus 2026 浙江省)', () =>
    expectMetrics('五年来,全省刑事案件总量下降35.9%,生产安全事故起数和死亡人数分别下降49.9%、45%。', [
      { rule: 'metric.change', text: '刑事案件总量下降35.9%', start: 6, end: 19, fields: { subject: '刑事案件总量', value: 35.9, unit: '%', kind: 'CHANGE', period: '五年来' } },
      { rule: 'metric.respectively', text: '49.9%', start: 37, end: 42, fields: { subject: '生产安全事故起数', value: 49.9, unit: '%', kind: 'CHANGE' } },
      { rule: 'metric.respectively', text: '45%', start: 43, end: 46, fields: { subject: '生产安全事故死亡人数', value: 45, unit: '%', kind: 'CHANGE' } },
    ], { year: 2026, period: null }));
});
