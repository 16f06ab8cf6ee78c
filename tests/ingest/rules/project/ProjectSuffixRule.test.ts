import { ProjectSuffixRule } from '../../../../src/ingest/rules/project/ProjectSuffixRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // 山西 2026: water drawn from the Yellow River, a canal's trunk line as its section
  {"fragment":"障水平持续提升，中部引黄工程西干线全线贯通。","expected":[{"text":"中部引黄工程西干线","start":8,"end":17,"name":"中部引黄工程","fields":{"kind":"WATER","status":"COMPLETED","statusText":"全线贯通","section":"西干线"}}]},
  // 辽宁 2026: a count that sums the list, one item with the works on it (京哈改扩建 → 京哈高速公路改扩建)
  {"fragment":"沈白高铁和京哈改扩建、本桓宽、凌绥、台黑4条高速提前建成通车","expected":[{"text":"沈白高铁","start":0,"end":4,"name":"沈白高铁","fields":{"kind":"RAILWAY","status":"COMPLETED","statusText":"建成通车","section":null}},{"text":"京哈改扩建","start":5,"end":10,"name":"京哈高速公路改扩建","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}},{"text":"本桓宽","start":11,"end":14,"name":"本桓宽高速公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}},{"text":"凌绥","start":15,"end":17,"name":"凌绥高速公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}},{"text":"台黑","start":18,"end":20,"name":"台黑高速公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}}]},
  // 吉林 2026, 湖南 2026: 和 joins two items of the list, once
  {"fragment":"启动长四辽通、敦牡和四梅集扩能等铁路项目","expected":[{"text":"长四辽通","start":2,"end":6,"name":"长四辽通铁路","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}},{"text":"敦牡","start":7,"end":9,"name":"敦牡铁路","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}},{"text":"四梅集扩能","start":10,"end":15,"name":"四梅集扩能铁路","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
  {"fragment":"京港澳和沪昆扩容、张官等17条高速公路","expected":[{"text":"京港澳","start":0,"end":3,"name":"京港澳高速公路","fields":{"kind":"HIGHWAY","status":null,"statusText":null,"section":null}},{"text":"沪昆扩容","start":4,"end":8,"name":"沪昆高速公路扩容","fields":{"kind":"HIGHWAY","status":null,"statusText":null,"section":null}},{"text":"张官","start":9,"end":11,"name":"张官高速公路","fields":{"kind":"HIGHWAY","status":null,"statusText":null,"section":null}}]},
  // 浙江 2026: corridors named by the cities they join share 开放大通道; 增强 opens the list
  {"fragment":"增强义甬舟、金丽温开放大通道辐射带动能力。","expected":[{"text":"义甬舟","start":2,"end":5,"name":"义甬舟开放大通道","fields":{"kind":"NETWORK","status":null,"statusText":null,"section":null}},{"text":"金丽温开放大通道","start":6,"end":14,"name":"金丽温开放大通道","fields":{"kind":"NETWORK","status":null,"statusText":null,"section":null}}]},
  // 新疆 2026, 宁夏 2026: mines by their ore, named by their site
  {"fragment":"加快推进绿色矿业发展，大红柳滩锂铍矿、火烧云铅锌矿加快建设。","expected":[{"text":"大红柳滩锂铍矿","start":11,"end":18,"name":"大红柳滩锂铍矿","fields":{"kind":"PLANT","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}},{"text":"火烧云铅锌矿","start":19,"end":25,"name":"火烧云铅锌矿","fields":{"kind":"PLANT","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}}]},
  {"fragment":"争取正义关硅矿批复","expected":[{"text":"正义关硅矿","start":2,"end":7,"name":"正义关硅矿","fields":{"kind":"PLANT","status":"APPROVED","statusText":"批复","section":null}}]},
  // 江苏 2026, 黑龙江 2026: 全线 says how far the status reaches, not what the works are called
  {"fragment":"二级航道、宿连三级航道全线通航，镇江","expected":[{"text":"宿连三级航道","start":5,"end":11,"name":"宿连三级航道","fields":{"kind":"PORT","status":"IN_OPERATION","statusText":"通航","section":null}}]},
  {"fragment":"哈伊高铁全线铺轨贯通，富加铁路","expected":[{"text":"哈伊高铁","start":0,"end":4,"name":"哈伊高铁","fields":{"kind":"RAILWAY","status":"UNDER_CONSTRUCTION","statusText":"贯通","section":null}},{"text":"富加铁路","start":11,"end":15,"name":"富加铁路","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
  // 青海 2026: trunk roads named by their two ends share 国省干线公路 across a count, and take 公路 as their suffix
  {"fragment":"格库铁路青海段扩能改造全面完成，加西、沙久等11条国省干线公路建成通车，引大济湟工程整体投入运行","expected":[{"text":"格库铁路青海段","start":0,"end":7,"name":"格库铁路","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":"青海段"}},{"text":"加西","start":16,"end":18,"name":"加西公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}},{"text":"沙久","start":19,"end":21,"name":"沙久公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}}]},
  // 山东 2026, 山西 2026: ultra-high-voltage works a list shares (投运 opens it), or a list closed by 等
  {"fragment":"张网”工程。投运烟威、海阳辛安核电送出特高压工程，建成","expected":[{"text":"烟威","start":8,"end":10,"name":"烟威特高压工程","fields":{"kind":"POWER","status":"IN_OPERATION","statusText":"投运","section":null}},{"text":"海阳辛安核电送出特高压工程","start":11,"end":24,"name":"海阳辛安核电送出特高压工程","fields":{"kind":"POWER","status":"IN_OPERATION","statusText":"投运","section":null}}]},
  {"fragment":"电气化工程。建设大同至天津南等特高压工程，提升","expected":[{"text":"大同至天津南","start":8,"end":14,"name":"大同至天津南特高压工程","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 福建 2026, 湖南 2026: grid interconnections between provinces are power works, not programmes
  {"fragment":"高效能源保障网，开工建设闽赣电力联网工程，安全有序推","expected":[{"text":"闽赣电力联网工程","start":12,"end":20,"name":"闽赣电力联网工程","fields":{"kind":"POWER","status":"STARTED","statusText":"开工建设","section":null}}]},
  {"fragment":"能源领域，湘粤背靠背联网工程开工建设，宁电","expected":[{"text":"湘粤背靠背联网工程","start":5,"end":14,"name":"湘粤背靠背联网工程","fields":{"kind":"POWER","status":"STARTED","statusText":"开工建设","section":null}}]},
  // 西藏 2026: a direct-current line named by the provinces it joins
  {"fragment":"路加快建设。藏粤直流、青藏铁路格","expected":[{"text":"藏粤直流","start":6,"end":10,"name":"藏粤直流输电工程","fields":{"kind":"POWER","status":null,"statusText":null,"section":null}}]},
  // 青海 2026: its second phase
  {"fragment":"居全国第一。青藏直流二期扩建、香","expected":[{"text":"青藏直流二期","start":6,"end":12,"name":"青藏直流输电工程二期","fields":{"kind":"POWER","status":null,"statusText":null,"section":"二期"}}]},
  // 山东 2026: the longer suffix wins (联网工程, not 直流)
  {"fragment":"能、鲁苏互济用电直流联网工程等项","expected":[{"text":"鲁苏互济用电直流联网工程","start":2,"end":14,"name":"鲁苏互济用电直流联网工程","fields":{"kind":"POWER","status":null,"statusText":null,"section":null}}]},
  // 上海 2026: a tide gate named by its river
  {"fragment":"防台工作，推动黄浦江挡潮闸工程建设","expected":[{"text":"黄浦江挡潮闸","start":7,"end":13,"name":"黄浦江挡潮闸","fields":{"kind":"WATER","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 河南, 浙江 and 云南 2026: an airport named in its traffic figure's subject
  {"fragment":"路通车里程突破1万公里，郑州机场年货邮吞吐量突破","expected":[{"text":"郑州机场","start":12,"end":16,"name":"郑州机场","fields":{"kind":"AIRPORT","status":null,"statusText":null,"section":null}}]},
  {"fragment":"长14.2%、4.2%，杭州萧山国际机场旅客吞吐量突破5","expected":[{"text":"杭州萧山国际机场","start":12,"end":20,"name":"杭州萧山国际机场","fields":{"kind":"AIRPORT","status":null,"statusText":null,"section":null}}]},
  {"fragment":"新增铁路里程989公里。昆明长水国际机场年度旅客吞吐量近","expected":[{"text":"昆明长水国际机场","start":12,"end":20,"name":"昆明长水国际机场","fields":{"kind":"AIRPORT","status":null,"statusText":null,"section":null}}]},
  // 青海 2026: a count with no 等 sums up the list when it is the number of its items
  {"fragment":"纳入国家规划。加快建设南山口、哇让、同德、德令哈4个抽水蓄能电站，建成桥头","expected":[{"text":"南山口","start":11,"end":14,"name":"南山口抽水蓄能电站","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}},{"text":"哇让","start":15,"end":17,"name":"哇让抽水蓄能电站","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}},{"text":"同德","start":18,"end":20,"name":"同德抽水蓄能电站","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}},{"text":"德令哈","start":21,"end":24,"name":"德令哈抽水蓄能电站","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}}]},
  // 云南 2026: a count between 等 and the shared suffix; 青海 2026: a name jieba knows as one proper noun
  {"fragment":"65.1%。新昆楚大、临清等40条高速公路相继开通，","expected":[{"text":"新昆楚大","start":6,"end":10,"name":"新昆楚大高速公路","fields":{"kind":"HIGHWAY","status":"IN_OPERATION","statusText":"开通","section":null}},{"text":"临清","start":11,"end":13,"name":"临清高速公路","fields":{"kind":"HIGHWAY","status":"IN_OPERATION","statusText":"开通","section":null}}]},
  {"fragment":"的建制镇，青藏铁路迈入“动车时代”","expected":[{"text":"青藏铁路","start":5,"end":9,"name":"青藏铁路","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
  // 北京 2026, 新疆 2026: a status only works reach closes the name, whatever jieba makes of 高速 (an adverb there);
  // an item that ends in a status is a clause of its own, no list item sharing the suffix; 福建 2026: 通航
  // 新疆, 海南 2026: works that widen or upgrade a line are the project, closing the name whatever jieba makes of the
  // suffix (高速/d 提/v 档扩容工程)
  {"fragment":"础设施短板，阿克苏至巴楚段铁路扩能改造工程等加快推","expected":[{"text":"阿克苏至巴楚段铁路扩能改造工程","start":6,"end":21,"name":"阿克苏至巴楚段铁路扩能改造工程","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
  // 福建 2026: works on a section are that section's, which stays in their name
  {"fragment":"。宁德核电6号机组、温福高铁、厦漳泉R1线先行段、沈海高速漳诏段扩容工程等开工建设。","expected":[{"text":"温福高铁","start":10,"end":14,"name":"温福高铁","fields":{"kind":"RAILWAY","status":"STARTED","statusText":"开工建设","section":null}},{"text":"沈海高速漳诏段扩容工程","start":25,"end":36,"name":"沈海高速公路漳诏段扩容工程","fields":{"kind":"HIGHWAY","status":"STARTED","statusText":"开工建设","section":"漳诏段"}}]},
  {"fragment":"等项目建设，实施G98环岛高速提档扩容工程和国省干","expected":[{"text":"G98环岛高速提档扩容工程","start":8,"end":21,"name":"G98环岛高速公路提档扩容工程","fields":{"kind":"HIGHWAY","status":null,"statusText":null,"section":null}}]},
  // 内蒙古 2026: a national computing hub's cluster is one facility (数据中心 would run on into 集群)
  {"fragment":"支持和林格尔数据中心集群建设全国领先的绿色算力和数据产业集聚区","expected":[{"text":"和林格尔数据中心集群","start":2,"end":12,"name":"和林格尔数据中心集群","fields":{"kind":"DATA_CENTER","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 青海, 辽宁 2026: a range's or basin's restoration works (山水工程), closed by their status after an adverb of how far
  // (基本/n 完工)
  {"fragment":"治理，推进三江源“中华水塔”生态保护支持体系建设，“三北”工程六期完成年度攻坚任务，湟水山水工程基本完工，完成国土绿化","expected":[{"text":"湟水山水工程","start":42,"end":48,"name":"湟水山水工程","fields":{"kind":"ECOLOGY","status":"COMPLETED","statusText":"完工","section":null}}]},
  {"fragment":"辽浑太山水工程全面竣工","expected":[{"text":"辽浑太山水工程","start":0,"end":7,"name":"辽浑太山水工程","fields":{"kind":"ECOLOGY","status":"COMPLETED","statusText":"竣工","section":null}}]},
  // 广东 2026: the line laid end to end closes the name whatever jieba makes of it (全线贯通/n)
  {"fragment":"广湛高铁建成通车，广汕汕高铁全线贯通，高铁运营总里程3411公里","expected":[{"text":"广湛高铁","start":0,"end":4,"name":"广湛高铁","fields":{"kind":"RAILWAY","status":"COMPLETED","statusText":"建成通车","section":null}},{"text":"广汕汕高铁","start":9,"end":14,"name":"广汕汕高铁","fields":{"kind":"RAILWAY","status":"COMPLETED","statusText":"全线贯通","section":null}}]},
  {"fragment":"铁路、承平高速全线通车，308","expected":[{"text":"承平高速","start":3,"end":7,"name":"承平高速公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"全线通车","section":null}}]},
  {"fragment":"胜利隧道贯通、乌尉高速全线通车，机场增至","expected":[{"text":"胜利隧道","start":0,"end":4,"name":"胜利隧道","fields":{"kind":"BRIDGE","status":"UNDER_CONSTRUCTION","statusText":"贯通","section":null}},{"text":"乌尉高速","start":7,"end":11,"name":"乌尉高速公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"全线通车","section":null}}]},
  // 新疆, 青海, 海南 and 辽宁 2026: grid works named by their place and voltage; a voltage alone names none, and a long
  // head starts at a word (建设|海南—广东…); the voltage after a list's 等 joins each name
  {"fragment":"石峡水利枢纽、淖毛湖750千伏输变电工程等53个重大项目建成投","expected":[{"text":"石峡水利枢纽","start":0,"end":6,"name":"石峡水利枢纽","fields":{"kind":"WATER","status":"COMPLETED","statusText":"建成","section":null}},{"text":"淖毛湖750千伏输变电工程","start":7,"end":20,"name":"淖毛湖750千伏输变电工程","fields":{"kind":"POWER","status":"COMPLETED","statusText":"建成","section":null}}]},
  {"fragment":"青藏直流二期扩建、香加750千伏主变扩建、330千伏果洛玉树第二回线路工程相继投运","expected":[{"text":"青藏直流二期","start":0,"end":6,"name":"青藏直流输电工程二期","fields":{"kind":"POWER","status":"IN_OPERATION","statusText":"投运","section":"二期"}},{"text":"330千伏果洛玉树第二回线路工程","start":21,"end":37,"name":"330千伏果洛玉树第二回线路工程","fields":{"kind":"POWER","status":"IN_OPERATION","statusText":"投运","section":null}}]},
  {"fragment":"建设海南—广东第三回500千伏交流线路工程，保障重点园区用电稳","expected":[{"text":"海南—广东第三回500千伏交流线路工程","start":2,"end":21,"name":"海南—广东第三回500千伏交流线路工程","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  {"fragment":"加快川州二期等500千伏输变电工程建设","expected":[{"text":"川州二期","start":2,"end":6,"name":"川州二期500千伏输变电工程","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 新疆 2026: no 和 follows a 、, so a list item may open with it (和若铁路)
  {"fragment":"“西气东输”第四通道、和若铁路、阿尔塔什水利枢纽工程等重大基础设施投运","expected":[{"text":"和若铁路","start":11,"end":15,"name":"和若铁路","fields":{"kind":"RAILWAY","status":"IN_OPERATION","statusText":"投运","section":null}},{"text":"阿尔塔什水利枢纽","start":16,"end":24,"name":"阿尔塔什水利枢纽","fields":{"kind":"WATER","status":"IN_OPERATION","statusText":"投运","section":null}}]},
  // 新疆 2026: a stop word that opens a longer word is no stop (将 in 将军庙)
  {"fragment":"加快推进“疆电外送”第四通道、将军庙至淖毛湖铁路增建二线","expected":[{"text":"将军庙至淖毛湖铁路","start":15,"end":24,"name":"将军庙至淖毛湖铁路","fields":{"kind":"RAILWAY","status":"UNDER_CONSTRUCTION","statusText":"加快推进","section":null}}]},
  {"fragment":"推动福州长乐国际机场二期、厦门翔安国际机场通航，推进","expected":[{"text":"福州长乐国际机场二期","start":2,"end":12,"name":"福州长乐国际机场二期","fields":{"kind":"AIRPORT","status":"IN_OPERATION","statusText":"通航","section":"二期"}},{"text":"厦门翔安国际机场","start":13,"end":21,"name":"厦门翔安国际机场","fields":{"kind":"AIRPORT","status":"IN_OPERATION","statusText":"通航","section":null}}]},
  // 陕西 2026, 甘肃 2026: coal mines in a list closed by 等 (and a count) share the word; 辽宁 2026: open-pit mines
  {"fragment":"可可盖等11处煤矿建成试运转、新增产能3095","expected":[{"text":"可可盖","start":0,"end":3,"name":"可可盖煤矿","fields":{"kind":"PLANT","status":"COMPLETED","statusText":"建成","section":null}}]},
  {"fragment":"、郭家台、平山湖等煤矿建设，争取后安、公婆泉","expected":[{"text":"郭家台","start":1,"end":4,"name":"郭家台煤矿","fields":{"kind":"PLANT","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}},{"text":"平山湖","start":5,"end":8,"name":"平山湖煤矿","fields":{"kind":"PLANT","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  {"fragment":"持续推进抚顺西露天矿、阜新海州露天矿等矿坑综合治理。","expected":[{"text":"抚顺西露天矿","start":4,"end":10,"name":"抚顺西露天矿","fields":{"kind":"PLANT","status":"UNDER_CONSTRUCTION","statusText":"推进","section":null}},{"text":"阜新海州露天矿","start":11,"end":18,"name":"阜新海州露天矿","fields":{"kind":"PLANT","status":"UNDER_CONSTRUCTION","statusText":"推进","section":null}}]},
  // 江苏 2026: large research facilities named by their field
  {"fragment":"成省重点实验室重组。推进材料综合研究设施、原子级制造试验设施建设。实施“18","expected":[{"text":"材料综合研究设施","start":12,"end":20,"name":"材料综合研究设施","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}},{"text":"原子级制造试验设施","start":21,"end":30,"name":"原子级制造试验设施","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 河南 2026, 山东 2026: national agricultural high-tech zones
  {"fragment":"中原农谷、周口国家农高区加快建设，国家生物","expected":[{"text":"周口国家农高区","start":5,"end":12,"name":"周口国家农高区","fields":{"kind":"ZONE","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}}]},
  {"fragment":"场景100个。高水平建设黄河三角洲国家农高区，","expected":[{"text":"黄河三角洲国家农高区","start":12,"end":22,"name":"黄河三角洲国家农高区","fields":{"kind":"ZONE","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 宁夏 2026, 广东 2026: flood-control, greening and water-allocation works named by place are projects; 含
  // ("including") opens the bracket, not the name (project-head-leads.txt)
  {
    fragment: '黄河干流宁夏段水质连续9年保持Ⅱ类进出，贺兰山东麓防洪治理工程、六盘山“山水工程”、罗山国土绿化示范工程等全面启动。',
    expected: [
      { text: '贺兰山东麓防洪治理工程', start: 20, end: 31, name: '贺兰山东麓防洪治理工程', fields: { kind: 'WATER', status: null, statusText: null, section: null } },
      { text: '罗山国土绿化示范工程', start: 42, end: 52, name: '罗山国土绿化示范工程', fields: { kind: 'ECOLOGY', status: null, statusText: null, section: null } },
    ],
  },
  {
    fragment: '长潭水库扩建等工程建设，做好粤东水资源优化配置工程（含龙颈水库扩建）前期工作',
    expected: [
      { text: '长潭水库', start: 0, end: 4, name: '长潭水库', fields: { kind: 'WATER', status: 'UNDER_CONSTRUCTION', statusText: '建设', section: null } },
      { text: '粤东水资源优化配置工程', start: 14, end: 25, name: '粤东水资源优化配置工程', fields: { kind: 'WATER', status: 'PLANNED', statusText: '前期工作', section: null } },
      { text: '龙颈水库', start: 27, end: 31, name: '龙颈水库', fields: { kind: 'WATER', status: 'PLANNED', statusText: '前期工作', section: null } },
    ],
  },
  // 广西 2026: a canal; 北京 2026: a freight-train service, the first run (首趟) no part of its name; 贵州 2026: an
  // airport's port of entry, the airport inside it no project of its own
  {"fragment":"占比70%以上。全力确保平陆运河建成通航，加快配","expected":[{"text":"平陆运河","start":12,"end":16,"name":"平陆运河","fields":{"kind":"WATER","status":"COMPLETED","statusText":"建成","section":null}}]},
  {"fragment":"一路”国际市场，开通首趟中亚班列，北京地区出口总","expected":[{"text":"中亚班列","start":12,"end":16,"name":"中亚班列","fields":{"kind":"RAILWAY","status":"IN_OPERATION","statusText":"开通","section":null}}]},
  {"fragment":"推动铜仁凤凰机场航空口岸正式开放，争取遵","expected":[{"text":"铜仁凤凰机场航空口岸","start":2,"end":12,"name":"铜仁凤凰机场航空口岸","fields":{"kind":"PORT","status":null,"statusText":null,"section":null}}]},
  // 广西 2026: a telecom gateway; the network being built after its name is no part of it (the status is read from
  // the works word after the name, 建设, not from 完成 before it)
  {"fragment": "目208个。完成南宁国际通信业务出入口局网络主体建设。建设广", "expected": [{"text": "南宁国际通信业务出入口局", "start": 8, "end": 20, "name": "南宁国际通信业务出入口局", "fields": {"kind": "NETWORK", "status": "UNDER_CONSTRUCTION", "statusText": "建设", "section": null}}]},
  // 海南 2026: the carriers that own it do not open its name
  {"fragment": "投用，三大运营商海口国际通信业务出入口局加快建设，文昌航天超", "expected": [{"text": "海口国际通信业务出入口局", "start": 8, "end": 20, "name": "海口国际通信业务出入口局", "fields": {"kind": "NETWORK", "status": "UNDER_CONSTRUCTION", "statusText": "加快建设", "section": null}}]},
  // 黑龙江 2026: a phase of works closes its own item; it does not share the railway after it
  {"fragment": "建设粮食产能提升灌溉二期、牡敦高铁等重大", "expected": [{"text": "牡敦高铁", "start": 13, "end": 17, "name": "牡敦高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "建设", "section": null}}]},
  // 西藏 2026: water hubs of a list share 水利枢纽; 投入使用 closes the name and says they run
  {"fragment": "程开工建设。湘河、拉洛水利枢纽投入使用。通用机", "expected": [{"text": "湘河", "start": 6, "end": 8, "name": "湘河水利枢纽", "fields": {"kind": "WATER", "status": "IN_OPERATION", "statusText": "投入使用", "section": null}}, {"text": "拉洛水利枢纽", "start": 9, "end": 15, "name": "拉洛水利枢纽", "fields": {"kind": "WATER", "status": "IN_OPERATION", "statusText": "投入使用", "section": null}}]},
  // 宁夏 2026: irrigation districts of a list share 灌区; the works on them (现代化改造) close the name
  {"fragment": "亩，加快实施青铜峡、沙坡头、红寺堡灌区现代化改造。抓好", "expected": [{"text": "青铜峡", "start": 6, "end": 9, "name": "青铜峡灌区", "fields": {"kind": "WATER", "status": null, "statusText": null, "section": null}}, {"text": "沙坡头", "start": 10, "end": 13, "name": "沙坡头灌区", "fields": {"kind": "WATER", "status": null, "statusText": null, "section": null}}, {"text": "红寺堡灌区", "start": 14, "end": 19, "name": "红寺堡灌区", "fields": {"kind": "WATER", "status": null, "statusText": null, "section": null}}]},
  // corpus 2026 陕西: an item with its own verb (改扩建) stays in the 等-list that shares the suffix
  {"fragment":"开工周至至乾县、改扩建西安至永寿等高速公路，力争延安东绕城、洛卢高速公路建成通车。","expected":[{"text":"周至至乾县","start":2,"end":7,"name":"周至至乾县高速公路","fields":{"kind":"HIGHWAY","status":"STARTED","statusText":"开工","section":null}},{"text":"西安至永寿","start":11,"end":16,"name":"西安至永寿高速公路","fields":{"kind":"HIGHWAY","status":"STARTED","statusText":"开工","section":null}},{"text":"延安东绕城","start":24,"end":29,"name":"延安东绕城高速公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}},{"text":"洛卢高速公路","start":30,"end":36,"name":"洛卢高速公路","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成通车","section":null}}]},
  // seed line 13: two data centres share 试运营 → IN_OPERATION
  {"fragment": "中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段。", "expected": [{"text": "中科曙光先进数据中心", "start": 0, "end": 10, "name": "中科曙光先进数据中心", "fields": {"kind": "DATA_CENTER", "status": "IN_OPERATION", "statusText": "试运营", "section": null}}, {"text": "华为人工智能计算中心", "start": 11, "end": 21, "name": "华为人工智能计算中心", "fields": {"kind": "DATA_CENTER", "status": "IN_OPERATION", "statusText": "试运营", "section": null}}]},
  // seed line 57: 渝昆高铁 → RAILWAY, UNDER_CONSTRUCTION
  {"fragment": "加快成渝中线高铁、渝昆高铁建设,推动", "expected": [{"text": "成渝中线高铁", "start": 2, "end": 8, "name": "成渝中线高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "建设", "section": null}}, {"text": "渝昆高铁", "start": 9, "end": 13, "name": "渝昆高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "建设", "section": null}}]},
  // seed line 32: an elided list shares 高速铁路; section kept apart
  {"fragment": "渝湘高速铁路重庆至黔江段、渝昆、成达万、渝万、成渝中线、渝西高速铁路加快推进。", "expected": [{"text": "渝湘高速铁路重庆至黔江段", "start": 0, "end": 12, "name": "渝湘高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "加快推进", "section": "重庆至黔江段"}}, {"text": "渝昆", "start": 13, "end": 15, "name": "渝昆高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "加快推进", "section": null}}, {"text": "成达万", "start": 16, "end": 19, "name": "成达万高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "加快推进", "section": null}}, {"text": "渝万", "start": 20, "end": 22, "name": "渝万高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "加快推进", "section": null}}, {"text": "成渝中线", "start": 23, "end": 27, "name": "成渝中线高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "加快推进", "section": null}}, {"text": "渝西高速铁路", "start": 28, "end": 34, "name": "渝西高铁", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "加快推进", "section": null}}]},
  // seed line 22: STARTED
  {"fragment": "万州江南密溪沟污水处理厂开工建设,", "expected": [{"text": "万州江南密溪沟污水处理厂", "start": 0, "end": 12, "name": "万州江南密溪沟污水处理厂", "fields": {"kind": "WATER", "status": "STARTED", "statusText": "开工建设", "section": null}}]},
  // seed line 32: APPROVED, COMPLETED; 万州机场 is not cut out of the terminal
  // works without 工程 belong to the name when a built status follows at once (黔江机场改扩建完工投用); with none
  // they are a verb, outside it (长潭水库扩建, project-works-suffixes.txt)
  {"fragment":"长潭水库扩建，长春龙嘉机场三期扩建进度","expected":[{"text":"长潭水库","start":0,"end":4,"name":"长潭水库","fields":{"kind":"WATER","status":null,"statusText":null,"section":null}},{"text":"长春龙嘉机场三期","start":7,"end":15,"name":"长春龙嘉机场三期","fields":{"kind":"AIRPORT","status":null,"statusText":null,"section":"三期"}}]},
  {"fragment":"重庆新机场选址获批,黔江机场改扩建完工投用,万州机场T2航站楼完成建设。","expected":[{"text":"重庆新机场","start":0,"end":5,"name":"重庆新机场","fields":{"kind":"AIRPORT","status":"APPROVED","statusText":"选址获批","section":null}},{"text":"黔江机场改扩建","start":10,"end":17,"name":"黔江机场改扩建","fields":{"kind":"AIRPORT","status":"COMPLETED","statusText":"完工投用","section":null}},{"text":"万州机场T2航站楼","start":22,"end":31,"name":"万州机场T2航站楼","fields":{"kind":"AIRPORT","status":"COMPLETED","statusText":"完成建设","section":null}}]},
  // seed line 53: APPROVED
  {"fragment": "哈密—重庆特高压直流输电通道获国家发展改革委核准。", "expected": [{"text": "哈密—重庆特高压直流输电通道", "start": 0, "end": 14, "name": "哈密—重庆特高压直流输电通道", "fields": {"kind": "POWER", "status": "APPROVED", "statusText": "核准", "section": null}}]},
  // seed line 67: a quoted head, status before the name
  {"fragment": "启动建设“疆电入渝”输电通道项目。", "expected": [{"text": "“疆电入渝”输电通道", "start": 4, "end": 14, "name": "“疆电入渝”输电通道", "fields": {"kind": "POWER", "status": "STARTED", "statusText": "启动建设", "section": null}}]},
  // seed line 61
  {"fragment": "加快12条(段)、304公里轨道交通、“5桥7隧”及重庆东站等在建项目建设,", "expected": [{"text": "重庆东站", "start": 26, "end": 30, "name": "重庆东站", "fields": {"kind": "RAILWAY", "status": "UNDER_CONSTRUCTION", "statusText": "在建", "section": null}}]},
  // seed line 26: PLANNED
  {"fragment": "国铁集团已完成黔江至吉首高速铁路项目勘察设计招标工作,", "expected": [{"text": "黔江至吉首高速铁路", "start": 7, "end": 16, "name": "黔江至吉首高铁", "fields": {"kind": "RAILWAY", "status": "PLANNED", "statusText": "勘察设计", "section": null}}]},
  // corpus 江苏省 style
  {"fragment": "深入实施北沿江高铁、通苏嘉甬高铁", "expected": [{"text": "北沿江高铁", "start": 4, "end": 9, "name": "北沿江高铁", "fields": {"kind": "RAILWAY", "status": null, "statusText": null, "section": null}}, {"text": "通苏嘉甬高铁", "start": 10, "end": 16, "name": "通苏嘉甬高铁", "fields": {"kind": "RAILWAY", "status": null, "statusText": null, "section": null}}]},
  // corpus 2026 新疆: the name after a double dash, not the description before it; 全线 ends 乌尉高速
  {"fragment": "世界最长高速公路隧道——天山胜利隧道贯通、乌尉高速全线", "expected": [{"text": "天山胜利隧道", "start": 12, "end": 18, "name": "天山胜利隧道", "fields": {"kind": "BRIDGE", "status": "UNDER_CONSTRUCTION", "statusText": "贯通", "section": null}}, {"text": "乌尉高速", "start": 21, "end": 25, "name": "乌尉高速公路", "fields": {"kind": "HIGHWAY", "status": "UNDER_CONSTRUCTION", "statusText": "贯通", "section": null}}]},
  // corpus 2026 山东: same
  {"fragment": "国内首个风光火储一体化工程——陇东到山东特高压直流工程投运。", "expected": [{"text": "陇东到山东特高压直流工程", "start": 15, "end": 27, "name": "陇东到山东特高压直流工程", "fields": {"kind": "POWER", "status": "IN_OPERATION", "statusText": "投运", "section": null}}]},
  // corpus 2026 安徽: a named park next to a generic one (未来农业产业园)
  {"fragment": "建设未来农业产业园、中荷现代设施农业产业园，", "expected": [{"text": "中荷现代设施农业产业园", "start": 10, "end": 21, "name": "中荷现代设施农业产业园", "fields": {"kind": "PARK", "status": "UNDER_CONSTRUCTION", "statusText": "建设", "section": null}}]},
  // corpus 2026 湖南: the works on the airport are the project, not the airport (project-works-suffixes.txt)
  {"fragment": "完成长沙机场改扩建工程竣工验收。", "expected": [{"text": "长沙机场改扩建工程", "start": 2, "end": 11, "name": "长沙机场改扩建工程", "fields": {"kind": "AIRPORT", "status": "COMPLETED", "statusText": "竣工验收", "section": null}}]},
  // corpus 2026 陕西: a phase joins the name (the plant already stands; phase 2 is what is built) and stays the section
  {"fragment": "推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运", "expected": [{"text": "商洛电厂二期", "start": 2, "end": 8, "name": "商洛电厂二期", "fields": {"kind": "POWER", "status": "COMPLETED", "statusText": "建成", "section": "二期"}}, {"text": "店头电厂二期", "start": 9, "end": 15, "name": "店头电厂二期", "fields": {"kind": "POWER", "status": "COMPLETED", "statusText": "建成", "section": "二期"}}]},
  // corpus 2026 吉林: a bare 扩建 is a verb and does not join the name; the phase does; 抓好, a lead verb jieba reads whole, opens 延吉机场
  {"fragment": "抓好延吉机场迁建和长春龙嘉机场三期扩建进度。", "expected": [{"text": "延吉机场", "start": 2, "end": 6, "name": "延吉机场", "fields": {"kind": "AIRPORT", "status": null, "statusText": null, "section": null}}, {"text": "长春龙嘉机场三期", "start": 9, "end": 17, "name": "长春龙嘉机场三期", "fields": {"kind": "AIRPORT", "status": null, "statusText": null, "section": "三期"}}]},
  // 广东 2026: a runway of a named airport (跑道), after the airport's own phase in the list
  {
    fragment: '深圳宝安机场第三跑道建成投用，揭',
    expected: [{ text: '深圳宝安机场第三跑道', start: 0, end: 10, name: '深圳宝安机场第三跑道', fields: { kind: 'AIRPORT', status: 'COMPLETED', statusText: '建成投用', section: null } }],
  },
  // corpus 2026 湖北: a verb after the suffix closes the name (…机场成为…); a superlative describes, the name follows the kind it describes (亚洲最大专业货运机场)
  {"fragment": "亚洲最大专业货运机场花湖国际机场成为内陆“空中出海口”。", "expected": [{"text": "花湖国际机场", "start": 10, "end": 16, "name": "花湖国际机场", "fields": {"kind": "AIRPORT", "status": null, "statusText": null, "section": null}}]},
  // corpus 2026 黑龙江: 开通 after the second bridge closes it
  {"fragment": "黑河公路大桥、同江铁路大桥开通运营。", "expected": [{"text": "黑河公路大桥", "start": 0, "end": 6, "name": "黑河公路大桥", "fields": {"kind": "BRIDGE", "status": "IN_OPERATION", "statusText": "开通", "section": null}}, {"text": "同江铁路大桥", "start": 7, "end": 13, "name": "同江铁路大桥", "fields": {"kind": "BRIDGE", "status": "IN_OPERATION", "statusText": "开通", "section": null}}]},
  // corpus 2026 山东: 扩建 (project-head-stops.txt) opens the name, 新建 before it too
  {"fragment": "新建扩建老岚水库等水源型水库58座", "expected": [{"text": "老岚水库", "start": 4, "end": 8, "name": "老岚水库", "fields": {"kind": "WATER", "status": null, "statusText": null, "section": null}}]},
  // 广西 2026: a waterway by its grade
  {"fragment":"环北部湾广西水资源配置工程、南宁至贵港一级航道等重大项目加快建设","expected":[{"text":"环北部湾广西水资源配置工程","start":0,"end":13,"name":"环北部湾广西水资源配置工程","fields":{"kind":"WATER","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}},{"text":"南宁至贵港一级航道","start":14,"end":23,"name":"南宁至贵港一级航道","fields":{"kind":"PORT","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}}]},
  // 河南, 贵州 2026: a bracketed word inside the name joins it; 开行 runs the trains, it names none
  {"fragment":"境电商综试区扩容至7个，中欧（亚）班列累计开行1.7万","expected":[{"text":"中欧（亚）班列","start":12,"end":19,"name":"中欧(亚)班列","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
  {"fragment":"道班列开行规模，按需开行中欧（亚）班列","expected":[{"text":"中欧（亚）班列","start":12,"end":19,"name":"中欧(亚)班列","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
];

const nonMatches: string[] = [
  '加快开放大通道大平台大通关建设', // 安徽 2026: the corridors in general, no name before the suffix
  '新探明泾川特大型铀矿、玉门超40吨金矿', // 甘肃 2026: deposits found, no mines built (金矿, 铀矿 are no suffixes)
  // 江苏 2026: the restoration works of a level of government are a programme, no works of a place
  '统筹推进国家和省山水工程',
  // 黑龙江 2026: the ordinary roads as a class name no road (project-generic-heads.txt)
  '建设普通国省干线公路安防工程',
  // 内蒙古 2026: a count with no list before it counts works of a kind
  '000亿度。建成20个500千伏输变电工程，启动',
  "建成20个500千伏输变电工程，启动阿拉善至蒙中地区", // 内蒙古 2026: a count of grid works, each graded only by voltage
  // 吉林 2026: a common noun jieba joins to 高速 (保持高速/n) is no name
  '。游客人次和出游总花费保持高速增长。',
  // 广东 2026: the province's airports, summed up, are no airport's name
  '人次的机场，全省机场旅客吞吐量达1.8亿人次',
  // 湖南 2026: a kind of works with no name before it
  '链条整治。补齐短板，聚焦防洪排涝工程、病险水库、地质',
  // 广西 2026: a size class of irrigation districts is no name
  '障农村饮水安全，推进中型灌区现代化改造、小型',
  // 吉林 2026: 高速 as an adverb (jieba: 高速/d 增长) is no highway
  '游客人次和出游总花费保持高速增长。',
  // 福建 2026: a one-character verb after the suffix runs the phrase on (港口铁路通: a kind of link)
  '建设邻县高速通、乡镇便捷通、港口铁路通项目26个',
  // 广东 2026: a count of runways in general (一条 in Chinese numerals), no name
  '的日常具体小事。一条跑道、一条小径、',
  "25个、1391公里在建项目加速推进,", // seed line 32: no suffix, a count
  "2个全国一体化大数据中心体系建设工程(第二批)项目", // seed line 13: 数据中心 runs on into 体系
  "新获批创建国家现代农业产业园2个", // seed line 15: a generic head
  "加快形成“四环二十二射六十联线”高速公路网", // seed line 32: a network, not a project
  "新增高速公路", // corpus: generic
  "县县通高速", // corpus: a goal, not a project
  "13个高速公路项目", // a count of projects
  "推进成渝地区双城经济圈建设", // seed line 57: a region strategy, not a project
  "建强劳动密集型产业园。", // corpus 2026 云南: a type of park, no proper name
  "建成文旅大数据中心，优化入境旅游便利化措施。", // corpus 2026 黑龙江: a sector data centre
  "指干线铁路、城际铁路、市域（郊）铁路和城市轨道交通的融合。", // corpus 2026 广东: a gloss (指), railway categories
  "支持民航集团统一运营管理全省支线机场，推动", // corpus 2026 贵州: 管理 + 全省, all the branch airports
  "智能化煤矿达到400座", // 山西 2026: mines of a kind (project-generic-heads.txt)
  "建成投产3个露天煤矿和15个井工煤矿", // 贵州 2026: counts of mines of two kinds
  "聚焦煤矿、危化品、道路交通等重点领域", // 陕西 2026: fields a safety campaign covers
  "迭部、碌曲、玛曲、镇原4县高速项目全部开工。", // corpus 2026 甘肃: 4县 counts county roads, not one highway
  // 广东 2026: suburban railways are a kind of rail
  '干线铁路、城际铁路、市域（郊）铁路和城市轨道交通',
];

describe('ProjectSuffixRule', () => ruleTable(ProjectSuffixRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' }));
