import { PolicyGazetteerRule } from '../../../../src/ingest/rules/policy/PolicyGazetteerRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const policy = (text: string, start: number, name: string, kind: string) => ({
  text, start, end: start + text.length, name, fields: { kind },
});

const matches: TableRow[] = [
  // 广东 2026: a social insurance by name, before what is done with it
  {"fragment":"质增效。稳步推进基本医疗保险省级统筹，完善大","expected":[{"text":"基本医疗保险","start":8,"end":14,"name":"基本医疗保险","fields":{"kind":"SYSTEM"}}]},
  // 江西 2026, 黑龙江 2026: the reform that prices ecological goods, the seed-industry revitalisation
  {"fragment":"验区重点改革任务，全省域推进生态产品价值实现；","expected":[{"text":"生态产品价值实现","start":14,"end":22,"name":"生态产品价值实现","fields":{"kind":"REFORM"}}]},
  {"fragment":"，强化建后管护。推进种业振兴，加快国家","expected":[{"text":"种业振兴","start":10,"end":14,"name":"种业振兴","fields":{"kind":"PROGRAM"}}]},
  // 新疆 2026: the poverty-alleviation campaign by itself, whose gains are held
  {"fragment":"庭帮扶措施全面落实，脱贫攻坚成果持续巩固，守","expected":[{"text":"脱贫攻坚","start":10,"end":14,"name":"脱贫攻坚","fields":{"kind":"PROGRAM"}}]},
  // 宁夏 2026 (and 16 other 2026 reports): the national model for housing; the equipment half of 两新
  {"fragment":"房改造。加快构建房地产发展新模式，因城施","expected":[{"text":"房地产发展新模式","start":8,"end":16,"name":"房地产发展新模式","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"目建设。加力推动大规模设备更新，实施好20","expected":[{"text":"大规模设备更新","start":8,"end":15,"name":"大规模设备更新","fields":{"kind":"MEASURES"}}]},
  // 广东 2026: the disability care allowance before what is raised
  {"fragment":"平逐步提高。困难残疾人生活补贴、重度残疾人护理补贴标准分别从","expected":[{"text":"重度残疾人护理补贴","start":16,"end":25,"name":"重度残疾人护理补贴","fields":{"kind":"MEASURES"}}]},
  // 贵州 2026, 辽宁 2026: the national strategies for the west and the north-east
  {"fragment":"认真落实党中央关于西部大开发和长江经济带发展战略部署。","expected":[{"text":"西部大开发","start":9,"end":14,"name":"西部大开发","fields":{"kind":"STRATEGY"}}]},
  {"fragment":"局，在推动新时代东北全面振兴取得新突破上","expected":[{"text":"东北全面振兴","start":8,"end":14,"name":"东北全面振兴","fields":{"kind":"STRATEGY"}}]},
  // 天津 2026, 云南 2026, 安徽 2026, 湖南 2026, 广东 2026, 贵州 2026: national campaigns and systems by name
  // 广东 2026: the central environmental inspection; 云南 and 天津 2026: the neighbourhood convenience circles
  {"fragment":"核优秀等次，中央生态环境保护督察整改取得明显","expected":[{"text":"中央生态环境保护督察","start":6,"end":16,"name":"中央生态环境保护督察","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"费。全域建设一刻钟便民生活圈，推动零","expected":[{"text":"一刻钟便民生活圈","start":6,"end":14,"name":"一刻钟便民生活圈","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"全，建设城市一刻钟便民生活圈232个","expected":[{"text":"一刻钟便民生活圈","start":6,"end":14,"name":"一刻钟便民生活圈","fields":{"kind":"PROGRAM"}}]},
  // 山西 2026: the national programme of digital government
  {"fragment":"化水平。深化数字政府建设，强化部","expected":[{"text":"数字政府建设","start":6,"end":12,"name":"数字政府建设","fields":{"kind":"PROGRAM"}}]},
  // 湖北 2026: a national practice cited by its quoted short name
  {"fragment":"）换届选举。深入践行新时代“枫桥经验”，推进信访工作法","expected":[{"text":"“枫桥经验”","start":13,"end":19,"name":"枫桥经验","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"深入开展爱国卫生运动","expected":[{"text":"爱国卫生运动","start":4,"end":10,"name":"爱国卫生运动","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"扎实开展党史学习教育","expected":[{"text":"党史学习教育","start":4,"end":10,"name":"党史学习教育","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"积极参与全国碳市场建设","expected":[{"text":"全国碳市场","start":4,"end":9,"name":"全国碳市场","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"推进分级诊疗，推行基层","expected":[{"text":"分级诊疗","start":2,"end":6,"name":"分级诊疗","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"落实最严格水资源管理制度","expected":[{"text":"最严格水资源管理制度","start":2,"end":12,"name":"最严格水资源管理制度","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"高质量推进高标准农田建设","expected":[{"text":"高标准农田建设","start":5,"end":12,"name":"高标准农田建设","fields":{"kind":"PROGRAM"}}]},
  // 浙江 2026, 广东 2026: paired assistance; 宁夏 2026, 福建 2026: 闽宁协作; 贵州 2026: 定点帮扶 before a conjunction
  { fragment: '高质量推进对口合作、对口支援和东西部协作', expected: [policy('对口合作', 5, '对口合作', 'PROGRAM'), policy('对口支援', 10, '对口支援', 'PROGRAM'), policy('东西部协作', 15, '东西部协作', 'PROGRAM')] },
  { fragment: '援藏援疆、对口合作成效明显', expected: [policy('对口合作', 5, '对口合作', 'PROGRAM')] },
  { fragment: '持续擦亮闽宁协作金字招牌', expected: [policy('闽宁协作', 4, '闽宁协作', 'PROGRAM')] },
  { fragment: '深化中央单位定点帮扶和社会力量帮扶', expected: [policy('定点帮扶', 6, '定点帮扶', 'PROGRAM')] },
  // 湖南 2026, 安徽 2026: the central-China strategy; 新疆 2026: 文化润疆 in a list of strategies
  { fragment: '在推动中部地区崛起和长江经济带发展', expected: [policy('中部地区崛起', 3, '中部地区崛起', 'STRATEGY')] },
  { fragment: '坚持依法治疆、团结稳疆、文化润疆、富民兴疆', expected: [policy('文化润疆', 12, '文化润疆', 'STRATEGY')] },
  // 湖南 2026, 山西 2026: the new power system; 西藏 2026, 山东 2026: coordination with courts and procuratorates
  { fragment: '构建新型电力系统，扩大绿电应用', expected: [policy('新型电力系统', 2, '新型电力系统', 'SYSTEM')] },
  { fragment: '强化府院联动、府检联动，自觉接受', expected: [policy('府院联动', 2, '府院联动', 'SYSTEM'), policy('府检联动', 7, '府检联动', 'SYSTEM')] },
  // 北京 2026, 山东 2026: the 2025 campaign, as the object of 整治 and by its full name
  {"fragment":"观，深化整治群众身边不正之风和腐败问题，切实为基层减负","expected":[{"text":"群众身边不正之风和腐败问题","start":6,"end":19,"name":"群众身边不正之风和腐败问题","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"行，持续深化群众身边不正之风和腐败问题集中整治，一体推","expected":[{"text":"群众身边不正之风和腐败问题集中整治","start":6,"end":23,"name":"群众身边不正之风和腐败问题集中整治","fields":{"kind":"PROGRAM"}}]},
  // 上海 2026, 北京 2026: national campaigns the name walk cannot close (深化 inside; 攻坚 without 战)
  {"fragment":"革协同发力。完成国企改革深化提升行动，成立大宗商品、","expected":[{"text":"国企改革深化提升行动","start":8,"end":18,"name":"国企改革深化提升行动","fields":{"kind":"PROGRAM"}}]},
  // 陕西 2026: a national campaign named with a bare 整治, which ends no name of its own (policy-named-heads.txt)
  {"fragment":"06户。扎实推进农村乱占耕地建房整治工作。加","expected":[{"text":"农村乱占耕地建房整治","start":8,"end":18,"name":"农村乱占耕地建房整治","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"持续深入推进污染防治攻坚。提高机动车和非","expected":[{"text":"污染防治攻坚","start":6,"end":12,"name":"污染防治攻坚","fields":{"kind":"PROGRAM"}}]},
  // 河南 2026, 湖北 2026: the two national strategies cited bare
  { fragment: '、片区化推进乡村振兴，建成35个先导', expected: [policy('乡村振兴', 6, '乡村振兴', 'STRATEGY')] },
  { fragment: '类推进以县城为重要载体的新型城镇化，支持大城市周边', expected: [policy('新型城镇化', 12, '新型城镇化', 'STRATEGY')] },
  // 黑龙江 2026, 北京 2026: the central financing instruments, listed side by side
  {
    fragment: '用好中央预算内投资、超长期特别国债、专项债券和新型政策性金融工具，优化实施',
    expected: [policy('中央预算内投资', 2, '中央预算内投资', 'MEASURES'), policy('超长期特别国债', 10, '超长期特别国债', 'MEASURES'), policy('专项债券', 18, '专项债券', 'MEASURES'), policy('新型政策性金融工具', 23, '新型政策性金融工具', 'MEASURES')],
  },
  { fragment: '因地制宜用好“两重”“两新”政策，积极争取超长期特别国债等各类资金', expected: [policy('“两重”', 6, '两重', 'MEASURES'), policy('“两新”', 10, '两新', 'MEASURES'), policy('超长期特别国债', 21, '超长期特别国债', 'MEASURES')] },
  // 北京 2026, 天津 2026: the eight-point rules; the one-stop service reform in quotes, a figure after it
  { fragment: '锲而不舍落实中央八项规定精神，树立和践行正确政绩观', expected: [policy('中央八项规定', 6, '中央八项规定', 'SYSTEM')] },
  { fragment: '着力提升行政效能，“高效办成一件事”平均办理时间减少62%', expected: [policy('“高效办成一件事”', 9, '高效办成一件事', 'REFORM')] },
  // 湖南 2026: welfare schemes listed by their short names before the standard raised
  { fragment: '和“时光守护”床位；提升城乡低保、残疾人两项补贴、散居和集中供养孤儿', expected: [policy('城乡低保', 12, '城乡低保', 'SYSTEM'), policy('残疾人两项补贴', 17, '残疾人两项补贴', 'MEASURES')] },
  // 宁夏 2026, 吉林 2026: a national campaign and a national scheme by name
  { fragment: '因地制宜推进厕所革命，加强生活垃圾', expected: [policy('厕所革命', 6, '厕所革命', 'PROGRAM')] },
  { fragment: '促进医养结合，推行长期护理保险，发展居家', expected: [policy('长期护理保险', 9, '长期护理保险', 'SYSTEM')] },
  // 新疆 2026: the same scheme by its short form
  {"fragment":"实施康复护理扩容提升工程，加快推行长护险，建设参保人个人医保云。","expected":[{"text":"长护险","start":17,"end":20,"name":"长期护理保险","fields":{"kind":"SYSTEM"}}]},
  // 山东 2026: a name flagged `alone` where it ends the clause
  {"fragment":"碳发展高地。稳步推进碳达峰。健全碳排","expected":[{"text":"碳达峰","start":10,"end":13,"name":"碳达峰","fields":{"kind":"STRATEGY"}}]},
  // seed line 51: the national housing task by its short name; 保交楼项目 are the projects under it, no mention
  {"fragment":"一是稳定房地产市场。全力推进保交楼工作,保交楼项目累计销号76个","expected":[{"text":"保交楼","start":14,"end":17,"name":"保交楼","fields":{"kind":"PROGRAM"}}]},
  // 江西 2026: quoted, and bare inside a named loan
  {"fragment":"“保交房”任务全面完成，第一批保交楼专项借款如期偿还。","expected":[{"text":"“保交房”","start":0,"end":5,"name":"保交房","fields":{"kind":"PROGRAM"}},{"text":"保交楼","start":15,"end":18,"name":"保交楼","fields":{"kind":"PROGRAM"}}]},
  // 海南 2026: a bare campaign name, whole words
  { fragment: '护苗等专项行动发力显效，常态化扫黑除恶，有效打击电', expected: [policy('扫黑除恶', 15, '扫黑除恶', 'PROGRAM')] },
  // 北京 2026: a national strategy; 新发展理念 before it is no policy
  { fragment: '贯彻新发展理念，主动服务和融入新发展格局，着力推动高质量发展', expected: [policy('新发展格局', 15, '新发展格局', 'STRATEGY')] },
  // 广西 2026: two-character names in quotes; the quotes belong to the mention, not the name
  {
    fragment: '政联合调度机制，落实“两重”、“两新”等国家政策，出台稳增',
    expected: [policy('“两重”', 10, '两重', 'MEASURES'), policy('“两新”', 15, '两新', 'MEASURES')],
  },
  // 福建 2026: the trade-in policy, bare
  { fragment: '万场，加力扩围以旧换新，带动消费7', expected: [policy('以旧换新', 7, '以旧换新', 'MEASURES')] },
  // 浙江 2026
  { fragment: '高水平生态省。以碳达峰碳中和为牵引，深入', expected: [policy('碳达峰碳中和', 8, '碳达峰碳中和', 'STRATEGY')] },
  // 云南 2026: a responsibility system
  { fragment: '示范区。发挥林长制统领作用，加', expected: [policy('林长制', 6, '林长制', 'SYSTEM')] },
  // 甘肃 and 安徽 2026: the river-and-lake chief system beside the forest one; the chain chief system
  { fragment: '。河湖长制、林长制全面落实。', expected: [policy('河湖长制', 1, '河湖长制', 'SYSTEM'), policy('林长制', 6, '林长制', 'SYSTEM')] },
  { fragment: '集群，以链长制推动“', expected: [policy('链长制', 4, '链长制', 'SYSTEM')] },
  // 宁夏, 福建 and 广东 2026: national requirements by their short names, quoted
  { fragment: '兜牢基层“三保”底线', expected: [policy('“三保”', 4, '三保', 'MEASURES')] },
  { fragment: '深入做好金融“五篇大文章”，', expected: [policy('“五篇大文章”', 6, '五篇大文章', 'STRATEGY')] },
  { fragment: '深入整治“内卷式”竞争，形成', expected: [policy('整治“内卷式”竞争', 2, '整治“内卷式”竞争', 'PROGRAM')] },
  // 宁夏 and 广西 2026: the farmland red line, both spellings
  {"fragment":"特色产业提质增效。坚守耕地红线，粮食总产量达76.","expected":[{"text":"耕地红线","start":11,"end":15,"name":"耕地红线","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"基础、提升发展质效。严守耕地保护红线，保障粮食安全。","expected":[{"text":"耕地保护红线","start":12,"end":18,"name":"耕地保护红线","fields":{"kind":"SYSTEM"}}]},
  // seed line 37 and 宁夏 2026: consolidating the poverty-alleviation gains, the long name before the short
  {"fragment":"三是推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。","expected":[{"text":"巩固拓展脱贫攻坚成果同乡村振兴有效衔接","start":4,"end":23,"name":"巩固拓展脱贫攻坚成果同乡村振兴有效衔接","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"拓宽农民增收渠道。持续巩固拓展脱贫攻坚成果，全面落实常态化帮扶","expected":[{"text":"巩固拓展脱贫攻坚成果","start":11,"end":21,"name":"巩固拓展脱贫攻坚成果","fields":{"kind":"PROGRAM"}}]},
  // 云南, 北京, 海南, 天津, 江西, 广西, 内蒙古 and 贵州 2026: work relief, fair-competition review, island duty-free,
  // rural construction land entering the market, staggered paid leave, volume-based procurement, the exploration
  // breakthrough, the minimum wage
  {"fragment":"加大以工代赈力度，提档升级就业帮","expected":[{"text":"以工代赈","start":2,"end":6,"name":"以工代赈","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"常态化开展政策措施公平竞争审查，综合整治内卷式竞争","expected":[{"text":"公平竞争审查","start":9,"end":15,"name":"公平竞争审查","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"离岛免税“套代购”发生率降至","expected":[{"text":"离岛免税","start":0,"end":4,"name":"离岛免税","fields":{"kind":"MEASURES"}}]},
  {"fragment":"稳妥推进农村集体经营性建设用地入市改革，扩大土地延包试","expected":[{"text":"农村集体经营性建设用地入市","start":4,"end":17,"name":"农村集体经营性建设用地入市","fields":{"kind":"REFORM"}}]},
  {"fragment":"落实带薪错峰休假，深化放心消费环境建","expected":[{"text":"带薪错峰休假","start":2,"end":8,"name":"带薪错峰休假","fields":{"kind":"MEASURES"}}]},
  {"fragment":"扩大药品和医用耗材集中带量采购品种。","expected":[{"text":"集中带量采购","start":9,"end":15,"name":"集中带量采购","fields":{"kind":"MEASURES"}}]},
  {"fragment":"四要做好新一轮找矿突破文章。","expected":[{"text":"新一轮找矿突破","start":4,"end":11,"name":"新一轮找矿突破","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"上调全省最低工资标准，落实育儿补贴制度。","expected":[{"text":"最低工资标准","start":4,"end":10,"name":"最低工资标准","fields":{"kind":"SYSTEM"}}]},
  // 河南 and 吉林 2026: the mutual support of the army and civilians; 吉林 2026: carbon peaking and neutrality by its
  // quoted short name
  {"fragment":"深化全民国防教育、双拥共建，巩固军政军民团结","expected":[{"text":"全民国防教育","start":2,"end":8,"name":"全民国防教育","fields":{"kind":"PROGRAM"}},{"text":"双拥共建","start":9,"end":13,"name":"双拥共建","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"做好退役军人事务和双拥工作","expected":[{"text":"双拥工作","start":9,"end":13,"name":"双拥工作","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"植绿色低碳发展底色。坚持“双碳”引领，协同推进降碳减","expected":[{"text":"“双碳”","start":12,"end":16,"name":"双碳","fields":{"kind":"STRATEGY"}}]},
  // 河北 and 广东 2026: the industry ministry's cluster designations cited bare
  { fragment: '.19万亿元；万亿产业、国家先进制造业集群从无到有，分别达', expected: [policy('国家先进制造业集群', 12, '国家先进制造业集群', 'PILOT')] },
  { fragment: '、新能源汽车、智能物联等国家级战略性新兴产业集群，到2030年', expected: [policy('国家级战略性新兴产业集群', 12, '国家级战略性新兴产业集群', 'PILOT')] },
  // 河北 2026: drug procurement by its short name
  { fragment: '推进药品集采扩围提质，支持创新药和医疗器械发展。', expected: [policy('药品集采', 2, '药品集采', 'MEASURES')] },
  // 上海 2026, 山东 2026: the inspection by its short form; 安徽 2026, 河南 2026: a name written with a quoted part
  {"fragment":"设全域无废城市。完成中央生态环保督察整改。","expected":[{"text":"中央生态环保督察","start":10,"end":18,"name":"中央生态环境保护督察","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"真做好配合中央巡视、中央生态环保督察、国务院高质量发","expected":[{"text":"中央生态环保督察","start":10,"end":18,"name":"中央生态环境保护督察","fields":{"kind":"SYSTEM"}}]},
  {"fragment":"水平，最低工资标准、残疾人“两项补贴”标准稳步提高。新","expected":[{"text":"最低工资标准","start":3,"end":9,"name":"最低工资标准","fields":{"kind":"SYSTEM"}},{"text":"残疾人“两项补贴”","start":10,"end":19,"name":"残疾人两项补贴","fields":{"kind":"MEASURES"}}]},
  {"fragment":"本生活最低养育标准和残疾人“两项补贴”，加强重度残疾人","expected":[{"text":"残疾人“两项补贴”","start":10,"end":19,"name":"残疾人两项补贴","fields":{"kind":"MEASURES"}}]},
  // 贵州 2026, 广东 2026: the relocation out of geological-hazard zones, a national programme
  {"fragment":"100万人次。（5）推进地质灾害避险搬迁，完成2.0","expected":[{"text":"地质灾害避险搬迁","start":12,"end":20,"name":"地质灾害避险搬迁","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"然灾害监测预报预警，推进地质灾害避险搬迁，提高应对极","expected":[{"text":"地质灾害避险搬迁","start":12,"end":20,"name":"地质灾害避险搬迁","fields":{"kind":"PROGRAM"}}]},
  // 上海 2026: benefits granted without an application; 海南 2026: the national law cited without book-title marks
  {"fragment":"709个政策项目实现免申即享，服务企业超过6","expected":[{"text":"免申即享","start":10,"end":14,"name":"免申即享","fields":{"kind":"MEASURES"}}]},
  {"fragment":"设总体方案，深入实施海南自由贸易港法，稳步扩大制度型","expected":[{"text":"海南自由贸易港法","start":10,"end":18,"name":"海南自由贸易港法","fields":{"kind":"DOCUMENT"}}]},
  // 广东, 江苏, 黑龙江, 浙江, 甘肃 2026: national policies named bare, each in several reports
  {"fragment":"运作效率，在减税降费、制造业融资","expected":[{"text":"减税降费","start":6,"end":10,"name":"减税降费","fields":{"kind":"MEASURES"}}]},
  {"fragment":"实育儿补贴等生育支持政策，统筹发展普","expected":[{"text":"生育支持政策","start":6,"end":12,"name":"生育支持政策","fields":{"kind":"MEASURES"}}]},
  {"fragment":"设水平，提高强农惠农富农政策效能，推进乡","expected":[{"text":"强农惠农富农政策","start":6,"end":14,"name":"强农惠农富农政策","fields":{"kind":"MEASURES"}}]},
  {"fragment":"生人口规模。积极应对人口老龄化，构建幸福养","expected":[{"text":"积极应对人口老龄化","start":6,"end":15,"name":"积极应对人口老龄化","fields":{"kind":"STRATEGY"}}]},
  {"fragment":"化零基预算改革和省以下财政体制改革。推进公用事","expected":[{"text":"省以下财政体制改革","start":8,"end":17,"name":"省以下财政体制改革","fields":{"kind":"REFORM"}}]},
  {"fragment":"大力推进全民阅读和“书香陇原","expected":[{"text":"全民阅读","start":4,"end":8,"name":"全民阅读","fields":{"kind":"PROGRAM"}}]},
  // 山西 2026, 青海 2026: the universities programme by its short name, quoted, with no head of its own
  {"fragment":"高等教育“百亿工程”取得标志性成果，两所大学3个学科跻身“双一流”，新增ESI全球前1‰学科1个","expected":[{"text":"“双一流”","start":28,"end":33,"name":"双一流","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"支持“双一流”高校发展，实施高等教育本科专业建设","expected":[{"text":"“双一流”","start":2,"end":7,"name":"双一流","fields":{"kind":"PROGRAM"}}]},
  // seed line 36, 上海 2026: the countryside goal built, with the unit built before 建设
  {"fragment":"理率达到40.5%。启动宜居宜业和美乡村示范村建设,首批创建示范村107个","expected":[{"text":"宜居宜业和美乡村示范村建设","start":12,"end":25,"name":"宜居宜业和美乡村示范村建设","fields":{"kind":"PROGRAM"}}]},
  {"fragment":"生产能力和质量效益，加快宜居宜业和美乡村片区建设，提高农村现代生","expected":[{"text":"宜居宜业和美乡村片区建设","start":12,"end":24,"name":"宜居宜业和美乡村片区建设","fields":{"kind":"PROGRAM"}}]},
];

const nonMatches: string[] = [
  // 云南 2026: the enrolment in an insurance is a figure's subject (policy-name-qualifiers.txt); 安徽 2026: its premium
  '化解率99.95%。基本养老保险参保率超95%，城乡',
  '以上。落实阶段性降低失业保险费率和增值',
  '，办好第五届全民阅读大会、中国新', // 新疆 2026: a reading congress, an event (unqualified: a noun follows)
  '经济特区法规制定权、海南自由贸易港法规制定权。', // 海南 2026: the free-trade port's regulations, not the law
  '推进西宁市、海东市地质灾害避险搬迁工程二期，有', // 青海 2026: the works, a noun after the name (unqualified)
  // 山东 and 浙江 2026: a designation whose tally follows is that figure's subject
  '合实力稳居全国第一梯队，国家先进制造业集群达到6个。国家制',
  '518家增加到731家。国家先进制造业集群总数达8个、居全',
  // 海南 and 湖南 2026: the quoted short name qualifies a platform or a review
  '建设“双碳”综合管理平台',
  '积极迎接国家“双碳”考核评价',
  // 福建 2026: the minimum wage as a figure's subject
  '月最低工资标准平均数提高至',
  // 黑龙江, 江西 and 湖北 2026: inside a longer quote the quote is the name (a scene, a care home, a slogan pair)
  '医疗全覆盖，打造“人工智能+医疗”典型应用场景10个以',
  '儿童。建成区域性中心敬老院90家、“一老一小幸福院”300个、社区嵌',
  '新政府管理，按照“有呼必应、无事不扰”新型理念着力推动',
  // 甘肃 2026: before a noun 定点帮扶 qualifies the bodies that give the aid (flag unqualified)
  '37家中央定点帮扶单位援助资金',
  // 河南 2026, 广西 2026: before a noun they qualify a designation (flag unqualified)
  '工程”经验，加快建设国家乡村振兴示范县，分类有序',
  '宜居品质。实施30个县域新型城镇化试点，常住人口',
  // 贵州 2026: before a noun it is the goal's subject, no mention
  '确定的目标，2030年前碳达峰目标如期实现',
  // 广东 2026: 千万工程 inside another programme's name (百千万工程)
  '“百千万工程”有效激发县镇村',
  // 湖北 2026: same, after a verb
  '育。开展文明实践“百千万工程”，促进',
  // 江苏 2026: 两新 inside another slogan (三首两新), not on its own quotes
  '中试平台，加快“三首两新”推广应用。实施',
  // every 2026 report: a guiding idea, not a policy (and not on the list)
  '全面贯彻新发展理念，',
  // 江苏 2026: the countryside goal as the goal of the clause, not built
  '美丽宜居小城镇建设行动。建设宜居宜业和美乡村。学习运用',
];

describe('PolicyGazetteerRule', () => ruleTable(PolicyGazetteerRule, refinersOf('policy'), { matches, nonMatches, verb: 'finds' }));
