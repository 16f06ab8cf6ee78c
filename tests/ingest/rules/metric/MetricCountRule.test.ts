import { extractCandidates } from '../../../../src/ingest';
import { refinersOf, rulesOf } from '../../../../src/ingest/rules';
import { passageContext, runPassage } from '../../harness';
import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Seed report: seeds/reports/chongqing-2023-h1-plan-execution-report.txt (line numbers in comments).
const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'products of a kind counted in 款 (海南省, 北京市)',
    text: '落地540款特许药械。34款创新药械获批上市',
    expected: [
      { rule: 'metric.count', text: '540款特许药械', start: 2, end: 10, fields: { subject: '特许药械', value: 540, unit: '款', kind: 'COUNT' } },
      { rule: 'metric.count', text: '34款创新药械', start: 11, end: 18, fields: { subject: '创新药械', value: 34, unit: '款', kind: 'COUNT' } },
    ],
  },
  {
    name: 'funds and teams counted in 支, the count ending before what they became (吉林省, 福建省)',
    text: '16支省级政府投资基金整合为产业、科创2支基金。引进24支台湾乡建乡创团队。',
    expected: [
      { rule: 'metric.count', text: '16支省级政府投资基金', start: 0, end: 11, fields: { subject: '省级政府投资基金', value: 16, unit: '支', kind: 'COUNT' } },
      { rule: 'metric.count', text: '2支基金', start: 19, end: 23, fields: { subject: '基金', value: 2, unit: '支', kind: 'COUNT' } },
      { rule: 'metric.count', text: '24支台湾乡建乡创团队', start: 26, end: 37, fields: { subject: '台湾乡建乡创团队', value: 24, unit: '支', kind: 'COUNT' } },
    ],
  },
  {
    name: 'quarters in a run are counted in 个季度, not 个 (甘肃省)',
    text: '第一产业增加值增速连续19个季度居全国前5位。',
    expected: [
      { rule: 'metric.count', text: '19个季度居全国前', start: 11, end: 20, fields: { subject: '居全国前', value: 19, unit: '个季度', kind: 'COUNT' } },
    ],
  },
  {
    name: 'counts before the things they count (line 13)',
    text: '推动数字产业化和产业数字化,建设144个智能工厂和958个数字车间。',
    expected: [
      { rule: 'metric.count', text: '144个智能工厂', start: 16, end: 24, fields: { subject: '智能工厂', value: 144, unit: '个', kind: 'COUNT', period: '2023年1—6月', valueNormalized: 144, unitBase: '个' } },
      { rule: 'metric.count', text: '958个数字车间', start: 25, end: 33, fields: { subject: '数字车间', value: 958, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a count range (line 57)',
    text: '在重点产业领域试点运行2—3个川渝共建重点实验室。',
    expected: [
      { rule: 'metric.count', text: '2—3个川渝共建重点实验室', start: 11, end: 24, fields: { subject: '川渝共建重点实验室', value: 2, valueMax: 3, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a count whose noun stops at the verb after it (line 24)',
    text: '组建陆海新通道金融服务联合体,推动57家金融机构加入',
    expected: [
      { rule: 'metric.count', text: '57家金融机构', start: 17, end: 24, fields: { subject: '金融机构', value: 57, unit: '家', kind: 'COUNT' } },
    ],
  },
];

// The annotation guide counts these too: a count that sums up a list (等9个项目), a count of policies or of a
// plan's indicators, a count in the subject of another figure. Only a number inside a policy's name is none.
const guideCounts: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a count that sums up a list (line 42)',
    text: '“科技跨境贷”助力企业境外融资等3个案例入选第三批服务贸易创新发展试点',
    expected: [{ rule: 'metric.count', text: '3个案例', start: 16, end: 20, fields: { subject: '案例', value: 3, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'a count after a date in quotes (line 54)',
    text: '成功处置忠县“4·25”不稳定斜坡等4起险情',
    expected: [{ rule: 'metric.count', text: '4起险情', start: 18, end: 22, fields: { subject: '险情', value: 4, unit: '起', kind: 'COUNT' } }],
  },
  {
    name: 'the indicators a plan sets (corpus 2026 湖南省), stopping before the verb 细化',
    text: '从经济发展、创新驱动等5个方面细化提出22项主要指标',
    expected: [
      { rule: 'metric.count', text: '5个方面', start: 11, end: 15, fields: { subject: '方面', value: 5, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.count', text: '22项主要指标', start: 19, end: 26, fields: { subject: '主要指标', value: 22, unit: '项', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a count of a policy\'s articles (corpus 2026 北京市)',
    text: '30条防汛避险救灾硬措施',
    expected: [{ rule: 'metric.count', text: '30条防汛避险救灾硬措施', start: 0, end: 12, fields: { subject: '防汛避险救灾硬措施', value: 30, unit: '条', kind: 'COUNT' } }],
  },
];

const nonMatches = [
  '出台“支持市场主体发展36条政策措施”', // line 8: a count inside a quoted policy name
  '聚力打造3大主导产业集群', // line 12: 3大 names a group of clusters, 大 is no classifier
  '2个全国一体化大数据中心体系建设工程(第二批)项目'.slice(17), // line 13: 第二批 inside an aside
  '开展高校毕业生“113(至少1次政策宣传、1次职业指导、推荐3个就业岗位)”就业服务', // line 65: inside quotes
  '一、1—6月计划执行情况', // line 4: a structure marker and a month range
  '全省地区生产总值连跨3个千亿级台阶', // corpus 2026 海南省: milestones passed, not things counted
  '高质量办好第48届世界技能大赛', // corpus 2026 上海市: an ordinal session, not a count
  '在第15届全国运动会上冬夏', // corpus 2026 吉林省: likewise
];

// Corpus: seeds/reports, 2026 work reports (province in the name).
const corpusMatches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'an approximator that leads the next number closes the counted noun (福建省, 内蒙古自治区)',
    text: '新开通28个高速服务区出入口，累计惠及80个乡镇近300万群众，带动',
    expected: [
      { rule: 'metric.count', text: '28个高速服务区出入口', start: 3, end: 14, fields: { subject: '高速服务区出入口', value: 28, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.count', text: '80个乡镇', start: 19, end: 24, fields: { subject: '乡镇', value: 80, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.count', text: '近300万群众', start: 24, end: 31, fields: { subject: '群众', value: 300, unit: '万', kind: 'COUNT' } },
    ],
  },
  {
    name: 'an approximator before the next figure ends the noun of the count before it (内蒙古自治区)',
    text: '以上，累计为29个省份保供煤炭超35亿吨、居全',
    expected: [
      { rule: 'metric.count', text: '29个省份保供煤炭', start: 6, end: 15, fields: { subject: '省份保供煤炭', value: 29, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '省份保供煤炭超35亿吨', start: 9, end: 20, fields: { subject: '省份保供煤炭', value: 35, unit: '亿吨', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'a grade of works by voltage is a word of the counted noun (内蒙古自治区, 青海省)',
    text: '0亿度。建成20个500千伏输变电工程，启动',
    expected: [{ rule: 'metric.count', text: '20个500千伏输变电工程', start: 6, end: 19, fields: { subject: '500千伏输变电工程', value: 20, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'a grade of works after a list closed by 等 (青海省)',
    text: '中国光热之都。推进卡阳、松如沟等14个750千伏电网工程、青疆联',
    expected: [{ rule: 'metric.count', text: '14个750千伏电网工程', start: 16, end: 28, fields: { subject: '750千伏电网工程', value: 14, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'a ranking inside the counted noun is part of its name (陕西省: 世界500强企业)',
    text: '超过200家世界500强企业在陕设立分支机构，',
    expected: [{ rule: 'metric.count', text: '超过200家世界500强企业在陕设立分支机构', start: 0, end: 22, fields: { subject: '在陕设立分支机构的世界500强企业', value: 200, unit: '家', kind: 'COUNT' } }],
  },
  {
    name: 'sessions of events held, a list of 届 counts (云南省)',
    text: '圆满举办4届南博会、3届华商聚云南、3届滇商大会等系列活动。',
    expected: [
      { rule: 'metric.count', text: '4届南博会', start: 4, end: 9, fields: { subject: '南博会', value: 4, unit: '届', kind: 'COUNT' } },
      { rule: 'metric.count', text: '3届华商聚云南', start: 10, end: 17, fields: { subject: '华商聚云南', value: 3, unit: '届', kind: 'COUNT' } },
      { rule: 'metric.count', text: '3届滇商大会', start: 18, end: 24, fields: { subject: '滇商大会', value: 3, unit: '届', kind: 'COUNT' } },
    ],
  },
  {
    name: 'sessions of an event hosted (新疆维吾尔自治区)',
    text: '成功举办2届亚欧博览会、3届商博会',
    expected: [
      { rule: 'metric.count', text: '2届亚欧博览会', start: 4, end: 11, fields: { subject: '亚欧博览会', value: 2, unit: '届', kind: 'COUNT' } },
      { rule: 'metric.count', text: '3届商博会', start: 12, end: 17, fields: { subject: '商博会', value: 3, unit: '届', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a noun that stops before 投入运行 (青海省)',
    text: '全省首个国家区域医疗中心和3所省级区域医疗中心投入运行。',
    expected: [
      { rule: 'metric.count', text: '3所省级区域医疗中心', start: 13, end: 23, fields: { subject: '省级区域医疗中心', value: 3, unit: '所', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a noun that stops before the adverb 如期, after a count of its categories (湖北省)',
    text: '全年10大类55项民生实事项目如期完成。',
    expected: [
      { rule: 'metric.count', text: '10大类', start: 2, end: 6, fields: { subject: '民生实事项目', value: 10, unit: '大类', kind: 'COUNT' } },
      { rule: 'metric.count', text: '55项民生实事项目', start: 6, end: 15, fields: { subject: '民生实事项目', value: 55, unit: '项', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a noun that stops before 建成 (山东省)',
    text: '15条高速公路建成通车，城市轨道交通突破发展。',
    expected: [
      { rule: 'metric.count', text: '15条高速公路', start: 0, end: 7, fields: { subject: '高速公路', value: 15, unit: '条', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a noun that stops before 获 (广东省)',
    text: '深圳中国特色社会主义先行示范区47项经验、深圳综合改革试点48项经验获全国推广。',
    expected: [
      { rule: 'metric.count', text: '47项经验', start: 15, end: 20, fields: { subject: '经验', value: 47, unit: '项' } },
      { rule: 'metric.count', text: '48项经验', start: 29, end: 34, fields: { subject: '经验', value: 48, unit: '项' } },
    ],
  },
  {
    name: 'a noun that stops before 在全国/在国家 (广东省)',
    text: '49家三级公立综合医院在国家绩效监测中获评A级以上。',
    expected: [
      { rule: 'metric.count', text: '49家三级公立综合医院', start: 0, end: 11, fields: { subject: '三级公立综合医院', value: 49, unit: '家' } },
    ],
  },
  {
    name: 'a noun that stops before 扎实, after a count of measures (山西省)',
    text: '优化工商业电价机制12条举措加快落地，56个全域土地综合整治项目扎实推进。',
    expected: [
      { rule: 'metric.count', text: '12条举措', start: 9, end: 14, fields: { subject: '举措', value: 12, unit: '条' } },
      { rule: 'metric.count', text: '56个全域土地综合整治项目', start: 19, end: 32, fields: { subject: '全域土地综合整治项目', value: 56, unit: '个' } },
    ],
  },
  {
    name: 'a count of policies issued is a metric; only a document\'s own items are not (新疆维吾尔自治区)',
    text: '出台69项支持政策。',
    expected: [
      { rule: 'metric.count', text: '69项支持政策', start: 2, end: 9, fields: { subject: '支持政策', value: 69, unit: '项' } },
    ],
  },
  {
    name: '改善 before a count is no change (河南省)',
    text: '改善7000多所义务教育学校办学条件。',
    expected: [
      { rule: 'metric.count', text: '7000多所义务教育学校办学条件', start: 2, end: 18, fields: { subject: '义务教育学校办学条件', value: 7000, unit: '所', kind: 'COUNT' } },
    ],
  },
];

// Values in different units closed by one noun all measure it; a count of categories before a count counts its noun.
const lists: { name: string; text: string; expected: ExpectedMetric[]; report?: { year: number; period: null } }[] = [
  {
    name: 'a count and a length of one noun (seed line 32)',
    text: '加快建设“米”字型高速铁路网,9个、1010公里在建项目加快建设,',
    expected: [
      { rule: 'metric.count', text: '9个', start: 15, end: 17, fields: { subject: '在建项目', value: 9, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.count', text: '1010公里在建项目', start: 18, end: 28, fields: { subject: '在建项目', value: 1010, unit: '公里', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'lines counted in 条(段) and their length (seed line 32)',
    text: '开通轨道交通9号线二期、10号线二期和5号线北延伸段等3条(段)、23公里线路,',
    expected: [
      { rule: 'metric.count', text: '3条(段)', start: 27, end: 32, fields: { subject: '线路', value: 3, unit: '条(段)', kind: 'COUNT' } },
      { rule: 'metric.count', text: '23公里线路', start: 33, end: 39, fields: { subject: '线路', value: 23, unit: '公里', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'categories before the count of a quoted series (seed line 8)',
    text: '制定11大类36项“提信心、稳增长、强主体”系列政策文件,',
    expected: [
      { rule: 'metric.count', text: '11大类', start: 2, end: 6, fields: { subject: '“提信心、稳增长、强主体”系列政策文件', value: 11, unit: '大类', kind: 'COUNT' } },
      { rule: 'metric.count', text: '36项“提信心、稳增长、强主体”系列政策文件', start: 6, end: 28, fields: { subject: '“提信心、稳增长、强主体”系列政策文件', value: 36, unit: '项', kind: 'COUNT' } },
    ],
  },
  {
    name: 'categories before an approximate count (seed line 39)',
    text: '归集基础数据库518类近9亿条数据。',
    expected: [
      { rule: 'metric.count', text: '518类', start: 7, end: 11, fields: { subject: '数据', value: 518, unit: '类', kind: 'COUNT' } },
      { rule: 'metric.count', text: '近9亿条数据', start: 11, end: 17, fields: { subject: '数据', value: 9, unit: '亿条', kind: 'COUNT' } },
    ],
  },
  {
    name: 'categories of a year\'s tasks (江苏省)',
    text: '今年将办好12类45件民生实事,',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.count', text: '12类', start: 5, end: 8, fields: { subject: '民生实事', value: 12, unit: '类', kind: 'COUNT' } },
      { rule: 'metric.count', text: '45件民生实事', start: 8, end: 15, fields: { subject: '民生实事', value: 45, unit: '件', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a count summing up the list before it, with the indicator its values measure after (seed line 12)',
    text: '其中轻合金、轻纺、高端摩托车、新能源及新型储能4个产业增加值同比',
    expected: [
      { rule: 'metric.count', text: '4个产业增加值', start: 23, end: 30, fields: { subject: '轻合金、轻纺、高端摩托车、新能源及新型储能产业', value: 4, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a count summing up a list, with no indicator after: the noun says what is counted (青海省)',
    text: '加快建设南山口、哇让、同德、德令哈4个抽水蓄能电站，',
    expected: [
      { rule: 'metric.count', text: '4个抽水蓄能电站', start: 17, end: 25, fields: { subject: '抽水蓄能电站', value: 4, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a count of things already done to: 已 and the participle phrase (seed line 44)',
    text: '建立库区地灾防治长效机制,系统推进405处已查明危岩崩塌隐患治理。',
    expected: [
      { rule: 'metric.count', text: '405处已查明危岩崩塌隐患治理', start: 17, end: 32, fields: { subject: '已查明危岩崩塌隐患治理', value: 405, unit: '处', kind: 'COUNT' } },
    ],
  },
];

// 连续N年: the years something held are a count of years (the corpus gold counts 连续4年获评…).
const yearsRunning: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'years of an award (广东省)',
    text: '数字政府、财政等重点领域改革走在前列，连续4年获评全国营商环境最佳口碑省份。',
    expected: [
      { rule: 'metric.count', text: '连续4年获评全国营商环境最佳口碑省份', start: 19, end: 37, fields: { subject: '获评全国营商环境最佳口碑省份', value: 4, unit: '年', kind: 'COUNT' } },
    ],
  },
  {
    name: 'years in a Chinese digit (海南省)',
    text: '连续四年获得国家污染防治攻坚战成效考核优秀等次。',
    expected: [
      { rule: 'metric.count', text: '连续四年获得国家污染防治攻坚战成效考核优秀等次', start: 0, end: 23, fields: { subject: '获得国家污染防治攻坚战成效考核优秀等次', value: 4, unit: '年', kind: 'COUNT' } },
    ],
  },
  {
    name: 'years a level held, the level a figure of its own (河南省)',
    text: '积极应对气候变化影响，粮食总产量连续9年稳定在1300亿斤以上。',
    expected: [
      { rule: 'metric.amount', text: '粮食总产量连续9年稳定在1300亿斤以上', start: 11, end: 31, fields: { subject: '粮食总产量', value: 1300, unit: '亿斤', kind: 'LEVEL' } },
      { rule: 'metric.count', text: '连续9年稳定在', start: 16, end: 23, fields: { subject: '稳定在', value: 9, unit: '年', kind: 'COUNT' } },
    ],
  },
  {
    name: 'years without an event (吉林省)',
    text: '连续45年无重大森林火灾。',
    expected: [
      { rule: 'metric.count', text: '连续45年无重大森林火灾', start: 0, end: 12, fields: { subject: '无重大森林火灾', value: 45, unit: '年', kind: 'COUNT' } },
    ],
  },
];

// People counted in 万 with no classifier (metric-people-nouns.txt): a COUNT in 万 (as written; normalised to 人) of the
// words through the people noun.
const peopleInWan: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'people reached (浙江省)',
    text: '全面完成单村水站改造提升，让242万偏远农村居民喝上干净水、放心水。',
    expected: [
      { rule: 'metric.count', text: '242万偏远农村居民', start: 14, end: 24, fields: { subject: '偏远农村居民', value: 242, unit: '万', valueText: '242万', kind: 'COUNT', valueNormalized: 2420000, unitBase: '人' } },
    ],
  },
  {
    name: 'an approximate count (宁夏回族自治区)',
    text: '实施学前一年免费教育政策，惠及近10万儿童。',
    expected: [
      { rule: 'metric.count', text: '近10万儿童', start: 15, end: 21, fields: { subject: '儿童', value: 10, unit: '万', qualifier: '近', kind: 'COUNT' } },
    ],
  },
  {
    name: 'at least so many people (浙江省)',
    text: '全省30万以上参保孕产妇产前检查、住院分娩等政策范围内生育费用“零自付”。',
    expected: [
      { rule: 'metric.count', text: '30万以上参保孕产妇', start: 2, end: 12, fields: { subject: '参保孕产妇', value: 30, unit: '万', qualifier: '以上', approx: true, kind: 'COUNT' } },
    ],
  },
];

const listNonMatches = [
  '改造老旧供热、燃气、排水管网800公里、600公里、300公里,', // 2026 天津市: one unit, one value per item
  '新建22个750千伏和330千伏变电站', // 2026 宁夏: no category count, 750千伏 is a grade
];

// N次 + the deed: how many times a thing was done (2026 西藏, 海南).
const times: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'the deed after the count of times (西藏)',
    text: '我们把改善民生、凝聚人心作为经济社会发展的出发点和落脚点，5次调高城乡居民基础养老金标准，4次调高城乡低保、教育“三包”标准',
    expected: [
      { rule: 'metric.count', text: '5次调高城乡居民基础养老金标准', start: 29, end: 44, fields: { subject: '调高城乡居民基础养老金标准', value: 5, unit: '次', kind: 'COUNT' } },
      { rule: 'metric.count', text: '4次调高城乡低保', start: 45, end: 53, fields: { subject: '调高城乡低保', value: 4, unit: '次', kind: 'COUNT' } },
    ],
  },
  {
    name: 'events counted like things (海南)',
    text: '有效应对50个热带气旋、67次区域暴雨，成功抗击有气象记录以来登陆我国',
    expected: [
      { rule: 'metric.count', text: '50个热带气旋', start: 4, end: 11, fields: { subject: '热带气旋', value: 50, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.count', text: '67次区域暴雨', start: 12, end: 19, fields: { subject: '区域暴雨', value: 67, unit: '次', kind: 'COUNT' } },
    ],
  },
];

// A count that opens its clause and whose noun runs on into what the counted things did: the subject is what they did
// + 的 + the noun (relativeSubject.ts); a cut that leaves no noun keeps the run.
const relativeSubjects: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a verb jieba reads as a noun opens what they did (福建)',
    text: '碳达峰试点。3个典型案例亮相联合国气候变化大会，',
    expected: [{ rule: 'metric.count', text: '3个典型案例亮相联合国气候变化大会', start: 6, end: 23, fields: { subject: '亮相联合国气候变化大会的典型案例', value: 3, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'what they failed to do ends the noun (辽宁)',
    text: '预期性指标、1项约束性指标未能如期完成。我',
    expected: [{ rule: 'metric.count', text: '1项约束性指标', start: 6, end: 13, fields: { subject: '约束性指标', value: 1, unit: '项', kind: 'COUNT' } }],
  },
  {
    name: 'a count of places, what each did said topic first (甘肃; placeTopicSubject.ts)',
    text: '债化险方案，36个市县隐性债务提前清零，融资平台',
    expected: [{ rule: 'metric.count', text: '36个市县隐性债务', start: 6, end: 15, fields: { subject: '隐性债务提前清零的市县', value: 36, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'a count of places, the first of a list of what they did (内蒙古)',
    text: '1国道全线贯通，7个盟市接通高铁、所有盟市互通高速。',
    expected: [{ rule: 'metric.count', text: '7个盟市接通高铁', start: 8, end: 16, fields: { subject: '接通高铁的盟市', value: 7, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'the things counted did something: 被 (山西)',
    text: '13个县被命名为国家生态文明建设示范区，',
    expected: [{ rule: 'metric.count', text: '13个县被命名为国家生态文明建设示范区', start: 0, end: 19, fields: { subject: '被命名为国家生态文明建设示范区的县', value: 13, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'an adverb jieba reads as a noun opens what they did (陕西)',
    text: '稳妥化解地方政府债务、中小金融机构、房地产风险，170家融资平台有序退出，',
    expected: [{ rule: 'metric.count', text: '170家融资平台有序退出', start: 24, end: 36, fields: { subject: '有序退出的融资平台', value: 170, unit: '家', kind: 'COUNT' } }],
  },
  {
    name: 'a verb jieba reads as a noun (黑龙江)',
    text: '2所高职院校升格为职教本科。',
    expected: [{ rule: 'metric.count', text: '2所高职院校升格为职教本科', start: 0, end: 13, fields: { subject: '升格为职教本科的高职院校', value: 2, unit: '所', kind: 'COUNT' } }],
  },
  {
    name: 'a quoted name is never cut (山西)',
    text: '50项“高效办成一件事”落地见效。',
    expected: [{ rule: 'metric.count', text: '50项“高效办成一件事”落地见效', start: 0, end: 16, fields: { subject: '落地见效的“高效办成一件事”', value: 50, unit: '项', kind: 'COUNT' } }],
  },
  {
    name: 'an adverb jieba tags before a noun is the noun\'s, and examples with 等 may open the clause (北京)',
    text: '持续提升国际科技创新中心能级，3家国家实验室永久园区启用，空间环境地基综合监测网等重大科技基础设施投运，脑认知机理与脑机融合等3个交叉研究平台试运行，',
    expected: [
      { rule: 'metric.count', text: '3家国家实验室永久园区启用', start: 15, end: 28, fields: { subject: '启用的国家实验室永久园区', value: 3, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.count', text: '3个交叉研究平台试运行', start: 63, end: 74, fields: { subject: '试运行的交叉研究平台', value: 3, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a verb jieba tags inside the noun, before what the things did (广西)',
    text: '发动机、超高纯稀土粉体等20项科技创新成果填补国内空白。',
    expected: [{ rule: 'metric.count', text: '20项科技创新成果填补国内空白', start: 12, end: 27, fields: { subject: '填补国内空白的科技创新成果', value: 20, unit: '项', kind: 'COUNT' } }],
  },
  {
    name: 'a verb inside a noun that ends the clause cuts nothing (line 41)',
    text: '“信易贷”“三农信用”等2个便民惠企应用场景,',
    expected: [{ rule: 'metric.count', text: '2个便民惠企应用场景', start: 12, end: 22, fields: { subject: '便民惠企应用场景', value: 2, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'examples after a verb are its object, the count with them (北京)',
    text: '实施杜家坎等30项市级疏堵工程，',
    expected: [{ rule: 'metric.count', text: '30项市级疏堵工程', start: 6, end: 15, fields: { subject: '市级疏堵工程', value: 30, unit: '项', kind: 'COUNT' } }],
  },
  {
    name: 'a verb jieba tags as a noun, listed as an opener: 落户 (河北)',
    text: '8家全国重点实验室落户河北，',
    expected: [{ rule: 'metric.count', text: '8家全国重点实验室落户河北', start: 0, end: 13, fields: { subject: '落户河北的全国重点实验室', value: 8, unit: '家', kind: 'COUNT' } }],
  },
  {
    name: 'a preposition opening the clause before the count (北京)',
    text: '生活垃圾回收利用率达43%，为380个老旧小区引入物业服务。',
    expected: [
      { rule: 'metric.share', text: '生活垃圾回收利用率达43%', start: 0, end: 13, fields: { subject: '生活垃圾回收利用率', value: 43, unit: '%' } },
      { rule: 'metric.count', text: '380个老旧小区引入物业服务', start: 15, end: 29, fields: { subject: '引入物业服务的老旧小区', value: 380, unit: '个', kind: 'COUNT' } },
    ],
  },
  {
    name: 'after 为, what the counted things got ends at its figure (青海)',
    text: '全面落实农民工工资支付保障制度，为2.15万名劳动者追回工资2.65亿元。',
    expected: [
      { rule: 'metric.count', text: '2.15万名劳动者追回工资', start: 17, end: 30, fields: { subject: '追回工资的劳动者', value: 2.15, unit: '万名', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '劳动者追回工资2.65亿元', start: 23, end: 36, fields: { subject: '劳动者追回工资', value: 2.65, unit: '亿元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'after 为, what the counted things got ends at its figure (甘肃)',
    text: '障手术。育儿家庭每月多了300元补贴。为5.01万名农民工追回欠薪6.83亿元。',
    expected: [
      { rule: 'metric.amount', text: '育儿家庭每月多了300元', start: 4, end: 16, fields: { subject: '育儿家庭每月多了', value: 300, unit: '元', kind: 'LEVEL' } },
      { rule: 'metric.count', text: '5.01万名农民工追回欠薪', start: 20, end: 33, fields: { subject: '追回欠薪的农民工', value: 5.01, unit: '万名', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '农民工追回欠薪6.83亿元', start: 26, end: 39, fields: { subject: '农民工追回欠薪', value: 6.83, unit: '亿元', kind: 'LEVEL' } },
    ],
  },
  {
    name: '设置, read as a noun, opens what the counted things did (北京, 青海)',
    text: '可回收物体系，在3000个小区设置智能回收机，为800个',
    expected: [{ rule: 'metric.count', text: '3000个小区设置智能回收机', start: 8, end: 22, fields: { subject: '设置智能回收机的小区', value: 3000, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: '设置 before a quoted ward (青海)',
    text: '细胞产业实现零的突破，在16家医疗机构设置“免陪护”病房，集中',
    expected: [{ rule: 'metric.count', text: '16家医疗机构设置“免陪护”病房', start: 12, end: 28, fields: { subject: '设置“免陪护”病房的医疗机构', value: 16, unit: '家', kind: 'COUNT' } }],
  },
  {
    name: 'no noun before the cut: 相对 (上海)',
    text: '“五好两宜”和美乡村试点取得良好成效，1.2万户相对集中居住农户入住新居，',
    expected: [{ rule: 'metric.count', text: '1.2万户相对集中居住农户入住新居', start: 19, end: 36, fields: { subject: '相对集中居住农户入住新居', value: 1.2, unit: '万户', kind: 'COUNT' } }],
  },
];

// A round hundred or thousand written as a word after a word that leads a figure (突破, 超, 近), before a classifier.
const roundWords: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'after 突破 (广西)',
    text: '集装箱航线突破百条，海铁联运班列突破万列，',
    expected: [
      { rule: 'metric.amount', text: '集装箱航线突破百条', start: 0, end: 9, fields: { subject: '集装箱航线', value: 100, unit: '条', qualifier: '突破', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '海铁联运班列突破万列', start: 10, end: 20, fields: { subject: '海铁联运班列', value: 1, unit: '万列', qualifier: '突破', kind: 'COUNT' } },
    ],
  },
  {
    name: 'after 超 and 近 (辽宁)',
    text: '举办超千场体育赛事、近百场大型演唱会，',
    expected: [
      { rule: 'metric.count', text: '超千场体育赛事', start: 2, end: 9, fields: { subject: '体育赛事', value: 1000, unit: '场', qualifier: '超', kind: 'COUNT' } },
      { rule: 'metric.count', text: '近百场大型演唱会', start: 10, end: 18, fields: { subject: '大型演唱会', value: 100, unit: '场', qualifier: '近', kind: 'COUNT' } },
    ],
  },
  // 西藏: 百 opens a word (百姓), not a figure
  { name: 'no figure in 百姓 (西藏)', text: '让政府工作的温度直达百姓心头', expected: [] },
];

// A count with its noun after a growth word counts the things acted on (valueContext.ts); a count of a scale's steps
// (metric-step-nouns.txt) stays a change.
const actedOn: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: '改造提升 (广东省)',
    text: '新建和加密建设、改造提升24个高速公路服务区，其中根据当地',
    expected: [{ rule: 'metric.count', text: '24个高速公路服务区', start: 12, end: 22, fields: { subject: '高速公路服务区', value: 24, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: '完善提升 (内蒙古自治区)',
    text: '养老服务体系优化工程。完善提升20个县乡村三级养老服务网络，向中度以上失能老年人发放养老服务消费补贴',
    expected: [{ rule: 'metric.count', text: '20个县乡村三级养老服务网络', start: 15, end: 29, fields: { subject: '县乡村三级养老服务网络', value: 20, unit: '个', kind: 'COUNT' } }],
  },
  {
    name: 'steps of a scale stay a change (云南省)',
    text: '长江流域水生生物完整性指数提升2个等级。',
    expected: [{ rule: 'metric.change', text: '长江流域水生生物完整性指数提升2个', start: 0, end: 17, fields: { subject: '长江流域水生生物完整性指数', value: 2, unit: '个', kind: 'CHANGE' } }],
  },
];

describe('MetricCountRule', () => {
  it.each(actedOn)('counts the things a growth word acts on: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it.each(roundWords)('reads a round hundred or thousand in words: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it.each(relativeSubjects)('reads what the counted things did: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it.each(times)('counts times: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it('keeps the topic of a run of times, what was done each time after it (广东)', () =>
    expectMetrics('质量工作考核连续10次获评国家A级。', [
      { rule: 'metric.amount', text: '质量工作考核连续10次', start: 0, end: 11, fields: { subject: '质量工作考核', value: 10, unit: '次', kind: 'COUNT' } },
    ], { year: 2026, period: null }));
  it.each(peopleInWan)('counts people in 万: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it('reads no people count out of a bound (2026 云南省 20万以上人口县)', () =>
    expectMetrics('中外合作办学机构实现零的突破，20万以上人口县实现特殊教育学校全覆盖。', [], { year: 2026, period: null }));
  it.each(yearsRunning)('counts the years something held: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it.each(lists)('extracts $name', ({ text, expected, report }) => expectMetrics(text, expected, report));
  it.each(listNonMatches)('reads no shared noun in %s', (text) => {
    const found = runPassage(rulesOf('metric'), refinersOf('metric'), passageContext(text, {})).filter((c) => c.kind === 'metric');
    expect(found.filter((c) => c.rule === 'metric.count' && !/^\d+[个]/.test(c.text)).map((c) => c.text)).toEqual([]);
  });
  it('leaves a count inside a policy name to the policy, in the whole pipeline (line 12)', () => {
    const x = extractCandidates('印发实施加力振作工业经济23条政策措施', { id: 'x', region: '重庆市', year: 2023 });
    const found = x.results.flatMap((r) => r.entities).map((c) => [c.kind, c.text]);
    expect(found).toEqual([['policy', '加力振作工业经济23条政策措施']]);
  });
  it.each(matches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(guideCounts)('extracts $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(nonMatches)('ignores %s', (text) => expectMetrics(text, []));
  it.each(corpusMatches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
});
