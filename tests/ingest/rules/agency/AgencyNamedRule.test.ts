import { AgencyNamedRule } from '../../../../src/ingest/rules/agency/AgencyNamedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const agency = (text: string, start: number, kind: string) => ({ text, start, end: start + text.length, name: text, fields: { kind } });

const matches: TableRow[] = [
  // seed line 24: a body called by the generic name of the mechanism named in full before it, which runs back to
  // the body that runs the mechanism
  {
    fragment: '承办商务部推进国际陆海贸易新通道建设合作工作机制第一次会议,推动工作机制秘书处落地重庆。',
    expected: [{ text: '工作机制秘书处', start: 32, end: 39, name: '推进国际陆海贸易新通道建设合作工作机制秘书处', fields: { kind: 'OTHER' } }],
  },
  // 山东 2026: a laboratory opening the sentence
  { fragment: '崂山实验室加快建设，省重点实验', expected: [agency('崂山实验室', 0, 'RESEARCH')] },
  // 安徽 2026: a long laboratory name bounded by the lead verb 建设
  { fragment: '高水平建设长三角安全人工智能安徽省实验室。', expected: [agency('长三角安全人工智能安徽省实验室', 5, 'RESEARCH')] },
  // 湖北 2026: an alliance whose name holds a place (中部地区)
  { fragment: '公共服务共享作用明显提升，中部地区国家高新区联盟在汉成立', expected: [agency('中部地区国家高新区联盟', 13, 'OTHER')] },
  // 上海 2026: an alliance founded (成立 bounds the name)
  { fragment: '都市圈同城化发展行动方案，成立长三角先进制造业集群联盟，制定实施', expected: [agency('长三角先进制造业集群联盟', 15, 'OTHER')] },
  // 河南 2026: two laboratories of a list, each its own agency
  { fragment: '整合规范省级创新平台，支持嵩山实验室、神农实验室等进入国', expected: [agency('嵩山实验室', 13, 'RESEARCH'), agency('神农实验室', 19, 'RESEARCH')] },
  // 江西 2026: the counted category before is skipped, the named laboratory after it kept
  { fragment: '，2家全国重点实验室获批建设，赣南实验室启动运行', expected: [agency('赣南实验室', 15, 'RESEARCH')] },
  // 内蒙古 2026 and seed line 24: the verb that founds or strengthens the body is not part of its name
  { fragment: '，建强白云鄂博稀土全国重点实验室和国家', expected: [agency('白云鄂博稀土全国重点实验室', 3, 'RESEARCH')] },
  { fragment: '运营组织中心建设。组建陆海新通道金融服务联合体,推动57家', expected: [agency('陆海新通道金融服务联合体', 11, 'OTHER')] },
  // 辽宁 2026: 组建 ends the name even after a noun it follows (以全新体制组建…)
  { fragment: '创新实力日益彰显。以全新体制组建辽宁实验室。', expected: [agency('辽宁实验室', 16, 'RESEARCH')] },
  // seed line 17, 浙江 2026: a body named as the subject or object of a clause, even where the segmenter reads the
  // word after it as a noun (开局起势, 科学基础模型)
  { fragment: '设施项目一期完工,金凤实验室开局起势,汇聚', expected: [agency('金凤实验室', 9, 'RESEARCH')] },
  { fragment: '开源社区，支持之江实验室科学基础模型建设。', expected: [agency('之江实验室', 7, 'RESEARCH')] },
  // seed line 58: a body before what it does (功能) is still that body
  { fragment: '新通道建设。强化陆海新通道金融服务联合体功能,加快构建', expected: [agency('陆海新通道金融服务联合体', 8, 'OTHER')] },
  // seed line 31, 江苏 2026: a fund the text sets up (设立, 组建)
  { fragment: '点城市建设,设立城市更新基金,争取各类银行', expected: [agency('城市更新基金', 8, 'FUND')] },
  { fragment: '、现代农业深度融合。组建现代服务业创新发展基金。扩大和', expected: [agency('现代服务业创新发展基金', 12, 'FUND')] },
  // 陕西 and 天津 2026: a fund of funds is a standing body wherever it is named, set up or not
  { fragment: '工程，充分发挥科技创新母基金放大效应，加力实施', expected: [agency('科技创新母基金', 7, 'FUND')] },
  { fragment: '津融等重组优化，国资产业发展母基金、市级并购母基金设立运营', expected: [agency('国资产业发展母基金', 8, 'FUND'), agency('市级并购母基金', 18, 'FUND')] },
  // 陕西 2026: the lead verb jieba tags a noun (培育/vn) opens the clause, not the name (agency-head-stops.txt)
  { fragment: '强功能转变。培育人工智能陕西实验室，推动重大', expected: [agency('人工智能陕西实验室', 8, 'RESEARCH')] },
  // 福建 2026, 贵州 2026, 吉林 2026: a centre, group or company the text founds (成立, 组建) is a body
  {"fragment":"球振兴发展政策文件，成立省足球运动管理中心。群众体育蓬","expected":[{"text":"省足球运动管理中心","start":12,"end":21,"name":"省足球运动管理中心","fields":{"kind":"OTHER"}}]},
  {"fragment":"重组和专业化整合，新组建农发集团、纺织集团、","expected":[{"text":"农发集团","start":12,"end":16,"name":"农发集团","fields":{"kind":"SOE"}}]},
  {"fragment":"理全省支线机场，推动组建铁路发展公司统一运营管理","expected":[{"text":"铁路发展公司","start":12,"end":18,"name":"铁路发展公司","fields":{"kind":"COMPANY"}}]},
  {"fragment":"场景形成商业化体系。组建吉翼具身智能机器人公司，设立仿生机","expected":[{"text":"吉翼具身智能机器人公司","start":12,"end":23,"name":"吉翼具身智能机器人公司","fields":{"kind":"COMPANY"}}]},
  // 山东, 广东 2026: a delegation is named by the place it comes from, the place alone too
  {"fragment":"赛事活动9.5万场，山东体育代表团勇夺","expected":[{"text":"山东体育代表团","start":10,"end":17,"name":"山东体育代表团","fields":{"kind":"OTHER"}}]},
  {"fragment":"中国人昂扬的精气神。广东代表团以使命在肩、","expected":[{"text":"广东代表团","start":10,"end":15,"name":"广东代表团","fields":{"kind":"OTHER"}}]},
];

const nonMatches: string[] = [
  '区数据条例。宁夏数据要素运营中心启动运行，中', // 宁夏 2026: a centre that starts running, founded nowhere here
  '合作，在主要消费地区设立牛羊肉前置屠宰加工中心。内蒙古的空', // 内蒙古 2026: 设立 sets up a facility, not a body
  // seed line 24: the generic name of a mechanism the passage never names in full names no body
  '推动工作机制秘书处落地重庆。',
  // 山西 2026, 北京 2026: funds as a kind of money, or counted, are no bodies
  '工程化示范标杆项目。用好政府投资基金、科技金融产品',
  '规模居全国前列，累计落地35支国家级大基金，8支市级高精尖产业基金带动社会投资',
  // 陕西 2026: counted funds of funds are a figure
  '累计设立12支省级母基金，撬动社会资本',
  // 天津, 广西, 广东, 江苏 2026: kinds of bodies, not one body
  '加快市域产教联合体和行业产教融合共同体',
  '支持龙头企业牵头组建任务型创新联合体，大力',
  '全球首位。体系化布局建设多层次实验室，广州',
  // 福建 2026: 入列 ends the name, and what is left is the category
  '重组入列全国重点实验室13家',
  // 海南 2026: counted laboratories of a category
  '获批建设2家全国重点实验室，新认定',
  // 天津 2026: the category itself, in a list of kinds of bodies
  '医疗器械产业用好全国重点实验室、高校院',
  // seed line 17: a counted range of laboratories
  '运行2—3个川渝共建重点实验室。',
  // 天津 2026: counted laboratories of a kind
  '建设20个校企联合实验室，加快重',
  // 山西 2026: 一批 省实验室, no name
  '筹建一批省实验室，新建省',
];

describe('AgencyNamedRule', () => ruleTable(AgencyNamedRule, refinersOf('agency'), { matches, nonMatches, verb: 'finds' }));
