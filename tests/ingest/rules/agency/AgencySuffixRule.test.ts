import { AgencySuffixRule } from '../../../../src/ingest/rules/agency/AgencySuffixRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
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
  "北京证券交易所上市公司达288家、总市值", // corpus 2026 北京: listed companies in general (上市)
  "为宁夏孩子圆梦大学提供了更多更公平的机会", // corpus 2026 宁夏: “reach university”, not a university
  "建强齐鲁“新工科”，省部共建国家大学科技园，建立高新", // corpus 2026 山东: 大学科技园 is a science park
  "向所有关心支持宁夏发展的国家部委、兄弟省区市", // corpus 2026 宁夏: 部委, ministries in general
];

describe('AgencySuffixRule', () => ruleTable(AgencySuffixRule, refinersOf('agency'), { matches, nonMatches, verb: 'finds' }));
