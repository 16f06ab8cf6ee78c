import { ProjectInstitutionRule } from '../../../../src/ingest/rules/project/ProjectInstitutionRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 海南 2026: a quoted initiative says which laboratory (the next item names none jieba knows)
  {"fragment":"与54个国家和地区开展科技合作，获批建设“一带一路”联合实验室、中拉可持续粮食创新中心等国际科技合作载体。","expected":[{"text":"“一带一路”联合实验室","start":20,"end":31,"name":"“一带一路”联合实验室","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 天津 2026: hospitals' new campuses, named by the hospital and the place
  {"fragment":"等项目建设，建成市第三中心医院东丽院区、市口腔医院梅江院区，促进优","expected":[{"text":"市第三中心医院东丽院区","start":8,"end":19,"name":"市第三中心医院东丽院区","fields":{"kind":"HOSPITAL","status":"COMPLETED","statusText":"建成"}},{"text":"市口腔医院梅江院区","start":20,"end":29,"name":"市口腔医院梅江院区","fields":{"kind":"HOSPITAL","status":"COMPLETED","statusText":"建成"}}]},
  // 新疆 2026: a verb that sets up a university, and the next item of its list
  {"fragment":"增加优质高校本科招生规模，筹建新疆中医药大学、新疆外国语大学。","expected":[{"text":"新疆中医药大学","start":15,"end":22,"name":"新疆中医药大学","fields":{"kind":"SCHOOL","status":null,"statusText":null}},{"text":"新疆外国语大学","start":23,"end":30,"name":"新疆外国语大学","fields":{"kind":"SCHOOL","status":null,"statusText":null}}]},
  // 青海 2026: schools built, the second named by a proper noun (育英)
  {"fragment":"建成玉树河湟中学、达日果育英才学校，高海拔地","expected":[{"text":"玉树河湟中学","start":2,"end":8,"name":"玉树河湟中学","fields":{"kind":"SCHOOL","status":"COMPLETED","statusText":"建成"}},{"text":"达日果育英才学校","start":9,"end":17,"name":"达日果育英才学校","fields":{"kind":"SCHOOL","status":"COMPLETED","statusText":"建成"}}]},
  // 西藏 2026: a school started (the status word after it)
  {"fragment":"学用房及附属设施，推动重庆昌都完全中学开工建设，","expected":[{"text":"重庆昌都完全中学","start":11,"end":19,"name":"重庆昌都完全中学","fields":{"kind":"SCHOOL","status":"STARTED","statusText":"开工建设"}}]},
  // 甘肃, 贵州 2026: an institute's construction after its name
  {"fragment":"加快甘肃高等研究院建设。","expected":[{"text":"甘肃高等研究院","start":2,"end":9,"name":"甘肃高等研究院","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  {"fragment":"推动教育部贵州高等研究院建设。","expected":[{"text":"教育部贵州高等研究院","start":2,"end":12,"name":"教育部贵州高等研究院","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 天津 2026: an institute built
  {"fragment":"业产业融合发展项目，建成天津智能农业研究院","expected":[{"text":"天津智能农业研究院","start":12,"end":21,"name":"天津智能农业研究院","fields":{"kind":"SCIENCE","status":"COMPLETED","statusText":"建成"}}]},
  // 陕西 2026: a laboratory raised; the verb opens the clause, not the name
  {"fragment":"强功能转变。培育人工智能陕西实验室，推动重大","expected":[{"text":"人工智能陕西实验室","start":8,"end":17,"name":"人工智能陕西实验室","fields":{"kind":"SCIENCE","status":null,"statusText":null}}]},
  // 青海, 甘肃 2026: the clause builds the list the institution opens
  {"fragment":"加快香港STC青海实验室、天文望远镜数据采集与运维平台建设，推动","expected":[{"text":"香港STC青海实验室","start":2,"end":12,"name":"香港STC青海实验室","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  {"fragment":"设进展顺利，中山大学附属肿瘤医院甘肃医院、上海市第一人民医院酒泉医院建成投运，","expected":[{"text":"中山大学附属肿瘤医院甘肃医院","start":6,"end":20,"name":"中山大学附属肿瘤医院甘肃医院","fields":{"kind":"HOSPITAL","status":"COMPLETED","statusText":"建成"}},{"text":"上海市第一人民医院酒泉医院","start":21,"end":34,"name":"上海市第一人民医院酒泉医院","fields":{"kind":"HOSPITAL","status":"COMPLETED","statusText":"建成"}}]},
  // 山东 2026: a laboratory being built
  {"fragment":"大数据产业发展，崂山实验室加快建设，省重点实验室完","expected":[{"text":"崂山实验室","start":8,"end":13,"name":"崂山实验室","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"加快建设"}}]},
  // 天津 2026, 宁夏 2026: a named centre put into service or built
  {"fragment":"发展，南港绿色石化科创中心投入运营，中船二","expected":[{"text":"南港绿色石化科创中心","start":3,"end":13,"name":"南港绿色石化科创中心","fields":{"kind":"CENTER","status":"IN_OPERATION","statusText":"投入运营"}}]},
  {"fragment":"育健身供给计划，建成贺兰山全民（冰雪）健身中心等运动场所，办好","expected":[{"text":"贺兰山全民（冰雪）健身中心","start":10,"end":23,"name":"贺兰山全民(冰雪)健身中心","fields":{"kind":"CENTER","status":"COMPLETED","statusText":"建成"}}]},
  // 山东 2026: the state's designation names the centre, though its other words are common
  {"fragment":"规上工业单位增加值能耗水平持续下降。国家碳计量中心加快建设。","expected":[{"text":"国家碳计量中心","start":18,"end":25,"name":"国家碳计量中心","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"加快建设"}}]},
  {"fragment":"推动重点产业专利池规范化运行。筹建国家磁悬浮计量测试中心。","expected":[{"text":"国家磁悬浮计量测试中心","start":17,"end":28,"name":"国家磁悬浮计量测试中心","fields":{"kind":"CENTER","status":null,"statusText":null}}]},
];

const nonMatches: string[] = [
  // 云南 2026: the centre the province is to be for the regions it reaches out to is a role, not a centre built
  '区、生态文明建设排头兵、面向南亚东南亚辐射中心建设，推',
  // 安徽 2026: the national laboratories are a kind, 国家 alone says no one of them
  '高水平建设国家实验室，提升合肥综合性国家科学中心能级',
  // 贵州 2026, 北京 2026: a sub-centre is a role a place plays, not a centre built
  '高质量发展，加快建设遵义省域副中心，推动毕节',
  '不断提升。高水平建设城市副中心，东六环入地改造',
  // 甘肃 2026: a university that acts (建设 takes an object) and a grade of university (中国特色世界一流)
  '支持兰州大学建设中国特色世界一流大学，深入推进',
  // 陕西 2026: kinds of college a national programme names (未来技术, 卓越)
  '推动未来技术学院、现代产业学院、卓越工程师学院建设',
  // 辽宁 2026: counted colleges of a kind
  '新建省级卓越工程师学院7个',
  // 江西 2026: laboratories of a list that run (稳定运行), nothing built
  '积极支持中国科学院赣江创新研究院、太行国家实验室江西创新中心以及南昌实验室、赣南实验室等稳定运行，',
  // seed line 17: a laboratory that acts
  '金凤实验室开局起势,汇聚高水平',
  // 安徽 2026: a laboratory named among platforms, nothing built
  '技创新联盟、生物育种安徽省实验室等平台',
  // 山西 2026: kinds of laboratory newly set up, named by no place
  '建一批省实验室，新建省重点实验室、省技术创新中心',
];

describe('ProjectInstitutionRule', () => ruleTable(ProjectInstitutionRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
