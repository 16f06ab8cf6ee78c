import { AgencySuffixRule } from '../../../../src/ingest/rules/agency/AgencySuffixRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // 云南 2026: 加强 and 力争 open the clause a university is the object of
  {"fragment":"持续加强云南大学“双一流”建设和部省合建工作，力争昆明理工大学进入“双一流”建设行列","expected":[{"text":"云南大学","start":4,"end":8,"name":"云南大学","fields":{"kind":"UNIVERSITY"}},{"text":"昆明理工大学","start":25,"end":31,"name":"昆明理工大学","fields":{"kind":"UNIVERSITY"}}]},
  // 海南 2026: colleges by their place
  {"fragment":"海南医学院更名为海南医科大学，海南热带海洋学院实现深度转海","expected":[{"text":"海南医学院","start":0,"end":5,"name":"海南医学院","fields":{"kind":"UNIVERSITY"}},{"text":"海南医科大学","start":8,"end":14,"name":"海南医科大学","fields":{"kind":"UNIVERSITY"}},{"text":"海南热带海洋学院","start":15,"end":23,"name":"海南热带海洋学院","fields":{"kind":"UNIVERSITY"}}]},
  // 河南 2026, 浙江 2026: a place or organisation the segmenter knows, after a verb, is the brand before the suffix
  // 贵州 2026, 江西 2026: a province's union of rural commercial banks (联合 is no lead verb before 银行)
  {"fragment":"统筹推进中小金融机构改革化险，贵州农商联合银行挂牌运营。","expected":[{"text":"贵州农商联合银行","start":15,"end":23,"name":"贵州农商联合银行","fields":{"kind":"COMPANY"}}]},
  {"fragment":"力性转移支付增长20%。江西农商联合银行挂牌开业，新","expected":[{"text":"江西农商联合银行","start":12,"end":20,"name":"江西农商联合银行","fields":{"kind":"COMPANY"}}]},
  {"fragment":"9家企业战略性重组，完成中原银行吸收合并、河南农","expected":[{"text":"中原银行","start":12,"end":16,"name":"中原银行","fields":{"kind":"COMPANY"}}]},
  {"fragment":"圈一网一高地”建设，支持西湖大学、宁波东方理工大","expected":[{"text":"西湖大学","start":12,"end":16,"name":"西湖大学","fields":{"kind":"UNIVERSITY"}}]},
  // 江苏 2026: the institute's short suffix (所) does not split it off the Academy the gazetteer knows
  {"fragment": "转化中心投入运行，中国科学院工业人工智能研究所正式成立，3项", "expected": [{"text": "中国科学院", "start": 9, "end": 14, "name": "中国科学院", "fields": {"kind": "RESEARCH"}}]},
  // corpus 2026 北京: the exchange is a body; the listed companies after it are companies in general (上市)
  {"fragment": "北京证券交易所上市公司达288家、总市值", "expected": [{"text": "北京证券交易所", "start": 0, "end": 7, "name": "北京证券交易所", "fields": {"kind": "COMPANY"}}]},
  // 天津 2026: an institute by its short name, and the next one of its 和-list, which needs no place to open it
  {"fragment": "实验室入轨运行，中国地科院物化探所和勘探技术所整体迁入，国家超算", "expected": [{"text": "中国地科院物化探所", "start": 8, "end": 17, "name": "中国地科院物化探所", "fields": {"kind": "RESEARCH"}}, {"text": "勘探技术所", "start": 18, "end": 23, "name": "勘探技术所", "fields": {"kind": "RESEARCH"}}]},
  // 吉林 2026: institutes opened by their city
  {"fragment": "量建设中车长客、长春光机所、长春应化所等国家级首批重点", "expected": [{"text": "长春光机所", "start": 8, "end": 13, "name": "长春光机所", "fields": {"kind": "RESEARCH"}}, {"text": "长春应化所", "start": 14, "end": 19, "name": "长春应化所", "fields": {"kind": "RESEARCH"}}]},
  // 青海 2026
  {"fragment": "提锂高水耗难题，青海盐湖研究所首创绿色高效萃取", "expected": [{"text": "青海盐湖研究所", "start": 8, "end": 15, "name": "青海盐湖研究所", "fields": {"kind": "RESEARCH"}}]},
  // seed line 28: FUND
  {"fragment": "成立总规模2000亿元的重庆产业投资母基金。", "expected": [{"text": "重庆产业投资母基金", "start": 12, "end": 21, "name": "重庆产业投资母基金", "fields": {"kind": "FUND"}}]},
  // seed line 41: 市 → 重庆市
  {"fragment": "两江新区产业园、市地产集团保障性租赁住房", "expected": [{"text": "市地产集团", "start": 8, "end": 13, "name": "重庆市地产集团", "fields": {"kind": "SOE"}}]},
  // seed line 38: the ordinal is dropped
  {"fragment": "落实召开六届市委全面深化改革委员会第三次", "expected": [{"text": "市委全面深化改革委员会", "start": 6, "end": 17, "name": "重庆市委全面深化改革委员会", "fields": {"kind": "COMMISSION"}}]},
  // seed line 1
  {"fragment": "重庆市人民政府关于我市2023年", "expected": [{"text": "重庆市人民政府", "start": 0, "end": 7, "name": "重庆市人民政府", "fields": {"kind": "GOVERNMENT"}}]},
  // corpus
  {"fragment": "省国资委", "expected": [{"text": "省国资委", "start": 0, "end": 4, "name": "省国资委", "fields": {"kind": "COMMISSION"}}]},
  // 浙江 2026: a city of the gazetteer opens a university's name, as a province does
  {"fragment": "建校招生，浙江工业大学、温州医科大学、浙江农林", "expected": [{"text": "浙江工业大学", "start": 5, "end": 11, "name": "浙江工业大学", "fields": {"kind": "UNIVERSITY"}}, {"text": "温州医科大学", "start": 12, "end": 18, "name": "温州医科大学", "fields": {"kind": "UNIVERSITY"}}]},
  // 甘肃 2026: the city's university is found; 建设 ends the second head and what follows 世界一流 is a kind of university
  {"fragment": "支持兰州大学建设中国特色世界一流大学，", "expected": [{"text": "兰州大学", "start": 2, "end": 6, "name": "兰州大学", "fields": {"kind": "UNIVERSITY"}}]},
];

const nonMatches: string[] = [
  // kinds of college (宁夏 2026, 北京 2026)
  '有条件的高校设立科技商学院，推',
  '推动院校企共建卓越工程师学院、现代产业',
  // 天津 2026: 所 ends too many words for a brand before it; 浙江 2026: a quality (高水平/nr) is no brand
  '）国际科技创新中心。聚焦天津所长、所需、所能，',
  '和人才培养模式，加快建设高水平大学。深入实施',
  // 山西 2026: an institute under a body the gazetteer knows stays that body's mention (AgencyGazetteerRule's)
  "验室山西研究院、中科院山西煤化所、在晋全国重",
  // 新疆 2026, 北京 2026, 西藏 2026, 江西 2026: 所 in 所能, 有所, 前所未有 and 大院大所 names no institute
  "推动高质量发展立足国家所需、新疆所能、群众所盼",
  "确保入汛前北部山区防汛能力恢复至灾前水平并有所提升",
  "今天的西藏迎来前所未有的历史机遇",
  "省地位更加稳固。国家级大院大所实现“零”的突破",
  // 甘肃 2026: 入选 ends the head, and 紧密型 makes a kind of medical group
  "金昌、庆阳、白银入选全国紧密型城市医疗集团试点城市",
  "为广大市场主体减负担", // seed line 7
  "政府采购中的小额采购项目原则上全部预留给中小企业", // seed line 9: 全部
  "设立城市更新基金", // seed line 31: no level or region head
  "十五次全会和自治区党委经济工作会议部署要求", // 新疆 2026, 西藏 2026: the conference's name, no acting body
  "“信易贷·渝惠融”平台联通全市71家中资商业银行", // seed line 41: digits break the head
  "市级部门", // 部门
  "选派干部", // 干部
  "《重庆市地方银行保险机构风险防控处置专项行动方案》", // seed line 52: inside a title
  "加快建设西部陆海新通道", // 西部
  "区域协调发展格局", // 格局
  "成立全国首个营商环境建设厅，建成海政通", // corpus 2026 海南: a ranking (首个) before a descriptive head
  "（厦门）社保科创基金落地，全国首家股份制银行金融资产投资公司", // corpus 2026 福建: same (首家)
  "为宁夏孩子圆梦大学提供了更多更公平的机会", // corpus 2026 宁夏: “reach university”, not a university
  "建强齐鲁“新工科”，省部共建国家大学科技园，建立高新", // corpus 2026 山东: 大学科技园 is a science park
  "向所有关心支持宁夏发展的国家部委、兄弟省区市", // corpus 2026 宁夏: 部委, ministries in general
];

describe('AgencySuffixRule', () => ruleTable(AgencySuffixRule, refinersOf('agency'), { matches, nonMatches, verb: 'finds' }));
