import { ProjectListedRule } from '../../../../src/ingest/rules/project/ProjectListedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
// a short form named as written; one before 项目 or 工程 is marked a listed project unless a body opens it
const project = (text: string, start: number, status: string | null, statusText: string | null, ofProjects = false) => ({
  text, start, end: start + text.length, name: text, fields: { kind: 'OTHER', status, statusText }, ...(ofProjects ? { work: { listedProject: true } } : {}),
});
// a proper name completed by the kind after 等; an item of a list closed by 项目 or 工程 is marked a listed project
const listed = (text: string, start: number, name: string, status: string | null, statusText: string | null, ofProjects = true) => {
  const work = { ...(name !== text ? { sharedHead: true } : {}), ...(ofProjects ? { listedProject: true } : {}) };
  return { text, start, end: start + text.length, name, fields: { kind: 'OTHER', status, statusText }, ...(Object.keys(work).length > 0 ? { work } : {}) };
};

const matches: TableRow[] = [
  // 宁夏 2026: an institution's head (医院: project-institution-heads.txt) makes a list closed by a built status one of works;
  // 江苏 2026: laboratories being built are works too (ProjectInstitutionRule reads them so as well; dev12 x077)
  {"fragment":"加强基础研究和科技攻关。支持苏州实验室、紫金山实验室等加快建设，开展","expected":[{"text":"苏州实验室","start":14,"end":19,"name":"苏州实验室","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"加快建设"},"work":{"listedProject":true}},{"text":"紫金山实验室","start":20,"end":26,"name":"紫金山实验室","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"加快建设"},"work":{"listedProject":true}}]},
  {"fragment":"北大第一医院宁夏妇儿医院综合楼、宁夏盲人按摩医院等建成投用，自治区精神卫生中心等加快建设。","expected":[{"text":"北大第一医院宁夏妇儿医院综合楼","start":0,"end":15,"name":"北大第一医院宁夏妇儿医院综合楼","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成投用"},"work":{"listedProject":true}},{"text":"宁夏盲人按摩医院","start":16,"end":24,"name":"宁夏盲人按摩医院","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成投用"},"work":{"listedProject":true}}]},
  // 湖北, 新疆 2026: a count of the projects the list names some of may stand after 等, in tens of thousands too, and a
  // size class in money is no part of the kind (亿元以上: project-listed-qualifiers.txt)
  {"fragment":"大力推进三峡水运新通道、沿江高铁宜涪段、长江存储三期等1.22万个亿元以上新建续建项目建设，以有效投资","expected":[{"text":"三峡水运新通道","start":4,"end":11,"name":"三峡水运新通道","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"listedProject":true}},{"text":"长江存储三期","start":20,"end":26,"name":"长江存储三期","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"listedProject":true}}]},
  {"fragment":"个重大项目建成投运，独库高速、伊阿铁路、塔河炼化一体化等179个重大项目开工。消费潜力","expected":[{"text":"塔河炼化一体化","start":20,"end":27,"name":"塔河炼化一体化","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工"},"work":{"listedProject":true}}]},
  // 天津 2026: campuses and a centre listed before 等开诊 (opened to patients: in service)
  {"fragment":"科高校1所。环湖医院天塔院区、南开医院中西医结合临床中心、中心妇产滨海院区等开诊。城市","expected":[{"text":"环湖医院天塔院区","start":6,"end":14,"name":"环湖医院天塔院区","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"开诊"},"work":{"listedProject":true}},{"text":"南开医院中西医结合临床中心","start":15,"end":28,"name":"南开医院中西医结合临床中心","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"开诊"},"work":{"listedProject":true}},{"text":"中心妇产滨海院区","start":29,"end":37,"name":"中心妇产滨海院区","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"开诊"},"work":{"listedProject":true}}]},
  // 陕西 2026: firms' projects listed before 等项目投产 (投产/vn is the status, no noun the head qualifies)
  {"fragment":".3％。芯业时代8英寸半导体、比亚迪新能源汽车动力电池、弗迪12吉瓦时动力电池扩产、华天科技芯片技改等项目投产，单","expected":[{"text":"芯业时代8英寸半导体","start":4,"end":14,"name":"芯业时代8英寸半导体","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"投产"},"work":{"listedProject":true}},{"text":"比亚迪新能源汽车动力电池","start":15,"end":27,"name":"比亚迪新能源汽车动力电池","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"投产"},"work":{"listedProject":true}},{"text":"弗迪12吉瓦时动力电池扩产","start":28,"end":41,"name":"弗迪12吉瓦时动力电池扩产","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"投产"},"work":{"listedProject":true}},{"text":"华天科技芯片技改","start":42,"end":50,"name":"华天科技芯片技改","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"投产"},"work":{"listedProject":true}}]},
  // 陕西 2026: an item with a phase (二期) or a project suffix at its end makes the list one of projects, and its other
  // items need only be names of four characters or more (firms' projects jieba does not know as proper nouns)
  {
    fragment: '大力发展精细化工，推进国能煤炭综合利用、陕煤榆林化学二期、中煤煤炭深加工等项目建设，启动',
    expected: [
      listed('国能煤炭综合利用', 11, '国能煤炭综合利用', 'UNDER_CONSTRUCTION', '建设'),
      listed('陕煤榆林化学二期', 20, '陕煤榆林化学二期', 'UNDER_CONSTRUCTION', '建设'),
      listed('中煤煤炭深加工', 29, '中煤煤炭深加工', 'UNDER_CONSTRUCTION', '建设'),
    ],
  },
  { fragment: '开工建设，有色高新材料中试线、修正生物医药产业园等项目加快推进，工业', expected: [listed('有色高新材料中试线', 5, '有色高新材料中试线', 'UNDER_CONSTRUCTION', '加快推进')] },
  // seed line 29: a landmark jieba tags a common noun (观音桥/n) is a site's name before a site head
  {"fragment":"提升消费能级,持续推进解放碑—朝天门、观音桥等重点商圈建设,启动市级示范步行街","expected":[{"text":"解放碑—朝天门","start":11,"end":18,"name":"解放碑—朝天门商圈","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"sharedHead":true}},{"text":"观音桥","start":19,"end":22,"name":"观音桥商圈","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"sharedHead":true}}]},
  // 上海 2026, 北京 2026: a soft head whose items are always sites (商圈, 公园) closes a list too
  {"fragment":"旧换新，推进南京东路、陆家嘴、徐家汇、南京西路、北外滩等重点商圈改造提升","expected":[{"text":"南京东路","start":6,"end":10,"name":"南京东路商圈","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"推进"},"work":{"sharedHead":true}},{"text":"陆家嘴","start":11,"end":14,"name":"陆家嘴商圈","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"推进"},"work":{"sharedHead":true}},{"text":"徐家汇","start":15,"end":18,"name":"徐家汇商圈","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"推进"},"work":{"sharedHead":true}},{"text":"南京西路","start":19,"end":23,"name":"南京西路商圈","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"推进"},"work":{"sharedHead":true}},{"text":"北外滩","start":24,"end":27,"name":"北外滩商圈","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"推进"},"work":{"sharedHead":true}}]},
  {"fragment":"园工程，推进南苑、北中轴等大尺度郊野公园建设，新","expected":[{"text":"南苑","start":6,"end":8,"name":"南苑大尺度郊野公园","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"sharedHead":true}},{"text":"北中轴","start":9,"end":12,"name":"北中轴大尺度郊野公园","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"sharedHead":true}}]},
  // 山西 2026: the short-form walk stops at an item without a place (碳化硅三期); the whole list is read as names (and the
  // single item before it is works said to be running)
  { fragment: '高性能玻纤智能制造等项目投产，碳化硅三期、阳泉铝产业链一体化等项目加快建设。', expected: [listed('高性能玻纤智能制造', 0, '高性能玻纤智能制造', 'IN_OPERATION', '投产'), listed('碳化硅三期', 15, '碳化硅三期', 'UNDER_CONSTRUCTION', '加快建设'), listed('阳泉铝产业链一体化', 21, '阳泉铝产业链一体化', 'UNDER_CONSTRUCTION', '加快建设')] },
  // 吉林 and 宁夏 2026: one proper name alone before 等项目 or 等一批重点工程 is a project too
  { fragment: '工业和特色食品产业，推动吉林梅花60万吨赖氨酸等项目释放产能，', expected: [listed('吉林梅花60万吨赖氨酸', 12, '吉林梅花60万吨赖氨酸', null, null)] },
  { fragment: '海关总署等数据中心建成，新华三图灵小镇等一批重点工程开工', expected: [listed('新华三图灵小镇', 12, '新华三图灵小镇', 'STARTED', '开工')] },
  // 青海 2026: an item that ends in 工程 itself is whole, whatever the kind after 等 says
  { fragment: '先进制造业转移，深度融入雅下水电工程等国家重大项目建设', expected: [listed('雅下水电工程', 12, '雅下水电工程', 'UNDER_CONSTRUCTION', '建设')] },
  // 北京 2026: an ordinal marks a name as a digit does (第四使馆区), and a landmark another (雁栖湖)
  { fragment: '改善。加快第四使馆区、雁栖湖国际会都等重点项目建设，增强', expected: [listed('第四使馆区', 5, '第四使馆区', 'UNDER_CONSTRUCTION', '建设'), listed('雁栖湖国际会都', 11, '雁栖湖国际会都', 'UNDER_CONSTRUCTION', '建设')] },
  // seed line 53: a place and a site before 等 + a count + the kind of project
  { fragment: '顺利开工,永川松溉等6个新型储能项目预计8月初投产', expected: [project('永川松溉', 5, 'IN_OPERATION', '投产', true)] },
  // seed line 21: a cross-border park named by its two towns
  { fragment: '投产77户,合江·江津(珞璜)等产业合作示范园区建设有序推进', expected: [project('合江·江津(珞璜)', 6, 'UNDER_CONSTRUCTION', '建设')] },
  // 湖南 2026: every listed item that names a place (车 of 中车 is part of the name, though jieba reads it as a bare
  // morpheme)
  {
    fragment: '工建设，株洲中车IGBT、永州紫金锂业、邵阳邵虹基板玻璃等重大项目建成',
    expected: [project('株洲中车IGBT', 4, 'COMPLETED', '建成', true), project('永州紫金锂业', 13, 'COMPLETED', '建成', true), project('邵阳邵虹基板玻璃', 20, 'COMPLETED', '建成', true)],
  },
  // 贵州 2026: the kind after 等 completes each name; the status word opening the list is not part of the first item
  {
    fragment: '役煤电机组改造，建成投产大湾、盘南等煤电项目，优化风光资',
    expected: [listed('大湾', 12, '大湾煤电项目', 'IN_OPERATION', '投产'), listed('盘南', 15, '盘南煤电项目', 'IN_OPERATION', '投产')],
  },
  // 宁夏 2026: organisations' data centres; an organisation is a proper name
  {
    fragment: '选国家高质量数据集试点。最高法、海关总署等数据中心建成，新华三',
    expected: [listed('最高法', 12, '最高法数据中心', 'COMPLETED', '建成', false), listed('海关总署', 16, '海关总署数据中心', 'COMPLETED', '建成', false)],
  },
  // 天津 2026: a known firm opening an item with what it makes (中石化催化剂) makes the list one of projects, and the
  // other items need only be names of four characters or more (金科日化精细化工)
  {
    fragment: '创中心，实施中石化催化剂、中海油新材料、燕山石化绿色新材料、金科日化精细化工等重点项目，加快打造绿',
    expected: [listed('中石化催化剂', 6, '中石化催化剂', null, null), listed('中海油新材料', 13, '中海油新材料', null, null), listed('燕山石化绿色新材料', 20, '燕山石化绿色新材料', null, null), listed('金科日化精细化工', 30, '金科日化精细化工', null, null)],
  },
  // 辽宁 2026: an item between two 、 is whole though a particle stands inside it (鼎际得: 得/ud)
  {
    fragment: '设备投资增长15.5%。恒力重工二期、鼎际得高端新材料等重大项目竣工投产，',
    expected: [listed('恒力重工二期', 12, '恒力重工二期', 'COMPLETED', '竣工'), listed('鼎际得高端新材料', 19, '鼎际得高端新材料', 'COMPLETED', '竣工')],
  },
  // 甘肃 2026: 及 inside the first item joins two parts of one works' name when the item opens its clause; 山东 2026:
  // two railways joined by 及 are the suffix rule's, and the phase item after them is still read
  {"fragment":"完成水利投资超1000亿元，引洮二期骨干及城乡配套、甘肃中部生态移民供水、引洮济合、景电二期提质增效、西和县礼县西汉水人饮等工程建成通水，","expected":[{"text":"引洮二期骨干及城乡配套","start":14,"end":25,"name":"引洮二期骨干及城乡配套","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"},"work":{"listedProject":true}},{"text":"甘肃中部生态移民供水","start":26,"end":36,"name":"甘肃中部生态移民供水","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"},"work":{"listedProject":true}},{"text":"引洮济合","start":37,"end":41,"name":"引洮济合","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"},"work":{"listedProject":true}},{"text":"景电二期提质增效","start":42,"end":50,"name":"景电二期提质增效","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"},"work":{"listedProject":true}},{"text":"西和县礼县西汉水人饮","start":51,"end":61,"name":"西和县礼县西汉水人饮","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"},"work":{"listedProject":true}}]},
  {"fragment":"建成通水，阿克塞生态保护及城乡供水一体化、景电灌区现代化改造、榆安大型灌区、黄河甘肃段河道防洪治理等工程开工建设，","expected":[{"text":"阿克塞生态保护及城乡供水一体化","start":5,"end":20,"name":"阿克塞生态保护及城乡供水一体化","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工建设"},"work":{"listedProject":true}},{"text":"黄河甘肃段河道防洪治理","start":38,"end":49,"name":"黄河甘肃段河道防洪治理","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工建设"},"work":{"listedProject":true}}]},
  {"fragment":"完成投资5400多亿元，董家口至五莲铁路及胶新铁路扩能改造、招远核电一期等项目开工，15","expected":[{"text":"招远核电一期","start":30,"end":36,"name":"招远核电一期","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工"},"work":{"listedProject":true}}]},
  // 山西 2026: 新 of 新一代 is part of the kind, no qualifier to drop
  {
    fragment: '现役煤电机组升级改造，加快国电湖东、同热三期等新一代煤电试点项目建设',
    expected: [listed('国电湖东', 13, '国电湖东新一代煤电试点项目', 'UNDER_CONSTRUCTION', '建设'), listed('同热三期', 18, '同热三期新一代煤电试点项目', 'UNDER_CONSTRUCTION', '建设')],
  },
  // 陕西, 海南 and 天津 2026: a list closed by 等 and what is done to its items (投运, 开工, 建设) is one of works when an
  // item plainly is (a section of a route, a phase, a facility head) and half of the items are proper names; each is
  // named as written, and an item that is a firm and what it makes (飞毛腿绿色储能) stands with them
  {
    fragment: '等项目建成，榆神西南热电、西气东输三线陕西段等投运，煤制乙二醇',
    expected: [listed('榆神西南热电', 6, '榆神西南热电', 'IN_OPERATION', '投运'), listed('西气东输三线陕西段', 13, '西气东输三线陕西段', 'IN_OPERATION', '投运')],
  },
  { fragment: '高速公路通车，马村港三期、高排港一期等开工。南渡江引水', expected: [listed('马村港三期', 7, '马村港三期', 'STARTED', '开工'), listed('高排港一期', 13, '高排港一期', 'STARTED', '开工')] },
  {
    fragment: '目进度，推动“117项目”核心区、新和成南港新材料、飞毛腿绿色储能、恒瑞创新药、玉湖冷链交易中心等建设。优化',
    expected: [
      listed('“117项目”核心区', 6, '“117项目”核心区', 'UNDER_CONSTRUCTION', '建设'),
      listed('新和成南港新材料', 17, '新和成南港新材料', 'UNDER_CONSTRUCTION', '建设'),
      listed('飞毛腿绿色储能', 26, '飞毛腿绿色储能', 'UNDER_CONSTRUCTION', '建设'),
      listed('恒瑞创新药', 34, '恒瑞创新药', 'UNDER_CONSTRUCTION', '建设'),
      listed('玉湖冷链交易中心', 40, '玉湖冷链交易中心', 'UNDER_CONSTRUCTION', '建设'),
    ],
  },
  // 陕西 2026: a second verb may follow the status (建成开放)
  {
    fragment: '12.4亿元。西安碑林博物馆新馆、关中革命纪念馆、秦岭博物馆等建成开放，周原遗址',
    expected: [
      listed('西安碑林博物馆新馆', 7, '西安碑林博物馆新馆', 'COMPLETED', '建成'),
      listed('关中革命纪念馆', 17, '关中革命纪念馆', 'COMPLETED', '建成'),
      listed('秦岭博物馆', 25, '秦岭博物馆', 'COMPLETED', '建成'),
    ],
  },
  // 陕西 2026: a capacity per year inside an item's name (150亿方/年) leaves the item whole
  {
    fragment: '延长石油150亿方/年天然气产能倍增工程、恒神高性能碳纤维等项目建成，榆神西南热电',
    expected: [listed('延长石油150亿方/年天然气产能倍增工程', 0, '延长石油150亿方/年天然气产能倍增工程', 'COMPLETED', '建成'), listed('恒神高性能碳纤维', 21, '恒神高性能碳纤维', 'COMPLETED', '建成')],
  },
  // 西藏 2026: a verb after an adverb opens the list
  {"fragment":"成投资2440亿元以上。全力保障雅下水电和川藏铁路等重大工程建设。扎","expected":[{"text":"雅下水电","start":16,"end":20,"name":"雅下水电","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"listedProject":true}}]},
  // 陕西 2026: places before a count of a national designation each hold one, named by place and designation
  {"fragment":"高端延伸。加快宝鸡、延安等4个国家骨干冷链物流基地建设，支持物流园区","expected":[{"text":"宝鸡","start":7,"end":9,"name":"宝鸡国家骨干冷链物流基地","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"延安","start":10,"end":12,"name":"延安国家骨干冷链物流基地","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 贵州 2026: a short form before a count of highway projects is a listed project, over the policy a head (工程) reads
  {"fragment":"推动贵阳环高扩容工程等14条高速公路项目和黄百等4个在建铁路项目加快建设","expected":[{"text":"贵阳环高扩容工程","start":2,"end":10,"name":"贵阳环高扩容工程","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"在建"},"work":{"listedProject":true}}]},
  // 吉林 2026: a known firm and the place after it name the firm's project there (华电榆树; 中核汇能通榆 jieba cuts short)
  {"fragment":"推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。推动","expected":[{"text":"华电榆树","start":9,"end":13,"name":"华电榆树","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"天楹辽源","start":14,"end":18,"name":"天楹辽源","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"},"work":{"listedProject":true}}]},
  // 新疆, 浙江, 山西 2026: works said to be built, started or running are named by their items, proper or not, one alone
  // too (方厅水院等标志性项目建成投运)
  {"fragment":"高低保标准，抗震安居、住房保障、煤改电、天然气利民等一批重点民生工程建成投用。生态","expected":[{"text":"抗震安居","start":6,"end":10,"name":"抗震安居","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成投用"},"work":{"listedProject":true}},{"text":"住房保障","start":11,"end":15,"name":"住房保障","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成投用"},"work":{"listedProject":true}},{"text":"煤改电","start":16,"end":19,"name":"煤改电","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成投用"},"work":{"listedProject":true}},{"text":"天然气利民","start":20,"end":25,"name":"天然气利民","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成投用"},"work":{"listedProject":true}}]},
  {"fragment":"设深入推进，方厅水院等标志性项目建成投运。","expected":[{"text":"方厅水院","start":6,"end":10,"name":"方厅水院","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"},"work":{"listedProject":true}}]},
  {"fragment":"动成效明显。高性能玻纤智能制造等项目投产，碳化","expected":[{"text":"高性能玻纤智能制造","start":6,"end":15,"name":"高性能玻纤智能制造","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"投产"},"work":{"listedProject":true}}]},
  // 宁夏 2026: a count of the projects the list samples may run over (1700多个)
  {"fragment":"00多亿元。中石化特种纤维、宝丰第二套煤制烯烃、创盛碳化硅晶体、飞鹤婴幼儿配方奶粉等1700多个新项目开工；国能","expected":[{"text":"中石化特种纤维","start":6,"end":13,"name":"中石化特种纤维","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工"},"work":{"listedProject":true}},{"text":"宝丰第二套煤制烯烃","start":14,"end":23,"name":"宝丰第二套煤制烯烃","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工"},"work":{"listedProject":true}},{"text":"创盛碳化硅晶体","start":24,"end":31,"name":"创盛碳化硅晶体","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工"},"work":{"listedProject":true}},{"text":"飞鹤婴幼儿配方奶粉","start":32,"end":41,"name":"飞鹤婴幼儿配方奶粉","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工"},"work":{"listedProject":true}}]},
];

const nonMatches: string[] = [
  // 宁夏 2026: fields said to be built are no works
  '能力。今年，新材料、新能源等新兴产业项目建成投产，交通',
  '目建成投产，交通、水利等重大项目开工建设，文旅',
  // 辽宁 2026: a list closed by a suffix of project-suffixes.txt (输变电工程) is ProjectSuffixRule's, the voltage joining
  // each name
  '机400万千瓦以上。加快川州二期等500千伏输变电工程建设，加快智能电网',
  // 河南 2026: a suffix inside an item (病险水库除险加固) does not make it a project, nor the list one of projects
  '，加快病险水库除险加固、蓄滞洪区等防洪工程建设，',
  // 天津 2026: items with a head of their own (公园) are no short names of the kind after 等
  '项目32个，新建提升柳林公园、新梅江公园等13座城市公园和275',
  // 安徽 2026: items before 平台 are bodies, not sites (平台 is no head of a list)
  '金县级配套。做强“1+5”农业科技创新联盟、生物育种安徽省实验室等平台，加快',
  // 青海 2026: places summed up (等地), not projects
  '同步推动海东、海西等地零碳园区',
  // 广西 2026: half a route is no item (合浦至湛江)
  '道建设。续建黄桶至百色、合浦至湛江等7个铁路项目',
  // 北京 2026: sectors listed before the kind of base, no place or suffix in them
  '得重大进展，医疗、制造、科学等应用中试基地在京落',
  // 海南, 宁夏, 吉林 and 河南 2026: lists of fields or kinds of project, not named projects
  '。推动集成电路封装测试、传感器研发制造等项目落地，壮大以半导体为重点的',
  '划，深入推进中华优秀传统文化传承发展、文艺精品创优等工程，支持“西',
  '上而下凝练一批重点产业、新型基础设施等高质量项目，充实省级重',
  '微电网。加快双千兆网络、量子通信等项目建设，完善数',
  // 上海 and 西藏 2026: one item of common words alone is a kind of project (unless the works are said to be running:
  // 高性能玻纤智能制造等项目投产, above); a place alone hosts works of a kind
  '推动深远海风电等重大项目',
  '实施雅鲁藏布江流域等关键区域生态修复工程',
  // 江苏 2026: an item led by a count word counts things
  '盘活利用存量资产，打造一批基础设施领域REITs等示范性项目。',
  // 广东, 辽宁 and 天津 2026: lists closed by a status word that name no works: kinds (however many end in a suffix),
  // subjects of a clause of their own, and firms' lines with no item plainly works
  '共享的生活圈。加快城市间高铁、城际铁路、高快速路、跨江跨海通道等建设，推进城市公交',
  '谋划推进高校区域技术转移转化中心建设。支持科研院所、高校等建设创新创业生态圈。',
  '产值增长超50%，空客二线、电科蓝天宇航电源、启源芯动力等投产增效，华海清科',
  // 新疆 2026: places before a base of no designation host bases of a kind
  '入实施种业振兴行动，加快昌吉、伊犁河谷等玉米制种基地建设',
];

describe('ProjectListedRule', () => ruleTable(ProjectListedRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
