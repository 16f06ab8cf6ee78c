import { ProjectNamedRule } from '../../../../src/ingest/rules/project/ProjectNamedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const project = (text: string, start: number, kind: string, status: string | null, statusText: string | null, name = text) => ({
  text, start, end: start + text.length, name, fields: { kind, status, statusText },
});

const matches: TableRow[] = [
  // 河北, 陕西 2026: a verbal noun closing the clause is what is done to the facility (支持…基地发展), no noun it modifies
  {"fragment":"深化“人工智能+”行动，支持保定国家数据标注基地发展，打造廊","expected":[{"text":"保定国家数据标注基地","start":14,"end":24,"name":"保定国家数据标注基地","fields":{"kind":"BASE","status":null,"statusText":null}}]},
  {"fragment":"支持宝汉天工业母机集群、汉中航空关键零部件基地、铜川高端铝产业基地发展，建设好","expected":[{"text":"汉中航空关键零部件基地","start":12,"end":23,"name":"汉中航空关键零部件基地","fields":{"kind":"BASE","status":null,"statusText":null}},{"text":"铜川高端铝产业基地","start":24,"end":33,"name":"铜川高端铝产业基地","fields":{"kind":"BASE","status":null,"statusText":null}},{"text":"宝汉天工业母机集群","start":2,"end":11,"name":"宝汉天工业母机集群","fields":{"kind":"OTHER","status":null,"statusText":null}}]},
  // 北京 2026: 好 completes the verb before it (建设好), never opens the name
  {"fragment":"率达90%。建设好全民健康信息平台","expected":[{"text":"全民健康信息平台","start":9,"end":17,"name":"全民健康信息平台","fields":{"kind":"PLATFORM","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 辽宁 2026: 搭建 opens the clause, not the platform's name (name-stops.txt)
  {"fragment":"互市贸易区建设。搭建内外贸一体化综合服务平台。落实","expected":[{"text":"内外贸一体化综合服务平台","start":10,"end":22,"name":"内外贸一体化综合服务平台","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  // 广东 2026, 河南 2026: a verb that links to or lets out what the facility offers opens the clause, not the name
  {"fragment":"一带一路”，积极对接西部陆海新通道，加快","expected":[{"text":"西部陆海新通道","start":10,"end":17,"name":"西部陆海新通道","fields":{"kind":"NETWORK","status":null,"statusText":null}}]},
  {"fragment":"作模式，持续释放郑州中欧班列集结中心辐射带动","expected":[{"text":"郑州中欧班列集结中心","start":8,"end":18,"name":"郑州中欧班列集结中心","fields":{"kind":"CENTER","status":null,"statusText":null}}]},
  // 海南 2026: a footnote mark inside the name is walked over and left out of it
  {"fragment":"设用地入市，用好“三资”［22］监管平台与农村产","expected":[{"text":"“三资”［22］监管平台","start":8,"end":20,"name":"“三资”监管平台","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  // 宁夏 2026: industrial parks and development zones by their place; the zone (石嘴山高新区) is of a kind of its own and
  // shares no head with the park after it
  {"fragment":"工建设。银川苏银产业园、中卫工业园入选首批国家级零碳园区建设名单，石嘴山高新区、吴忠金积工业园入选国家碳达峰试点，固","expected":[{"text":"中卫工业园","start":12,"end":17,"name":"中卫工业园","fields":{"kind":"PARK","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"石嘴山高新区","start":33,"end":39,"name":"石嘴山高新区","fields":{"kind":"ZONE","status":null,"statusText":null}},{"text":"吴忠金积工业园","start":40,"end":47,"name":"吴忠金积工业园","fields":{"kind":"PARK","status":null,"statusText":null}}]},
  // 北京 2026: a science park by its place
  {"fragment":"全力支持雄安新区建设，服务保障中国中化、中国华能等一批中央企业迁入雄安，雄安新区中关村科技园新增入驻企业132家，京雄快线","expected":[{"text":"雄安新区中关村科技园","start":36,"end":46,"name":"雄安新区中关村科技园","fields":{"kind":"PARK","status":null,"statusText":null}}]},
  // 山东 2026: a status jieba reads as a noun (投运/vn) still closes the name
  {"fragment":"一体化试点加快推进，威海碳纤维绿电就近消纳项目投运。魏桥","expected":[{"text":"威海碳纤维绿电就近消纳项目","start":10,"end":23,"name":"威海碳纤维绿电就近消纳项目","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"投运"}}]},
  // 辽宁, 内蒙古, 西藏, 浙江 2026: a city's national facility keeps its city, the name the reports use for it (沈阳国家级
  // 数据标注基地, 赤峰…国家物流枢纽, 林芝国家植物园, 杭州国家版本馆)
  {"fragment":"综合试验区，沈阳国家级数据标注基地新培育数据集","expected":[{"text":"沈阳国家级数据标注基地","start":6,"end":17,"name":"沈阳国家级数据标注基地","fields":{"kind":"BASE","status":null,"statusText":null}}]},
  // 内蒙古 2026: a logistics park by its place (盛乐空港国际物流园); 物流园区 alone is a kind (below)
  {"fragment":"级，推进盛乐空港国际物流园建设，创建赤峰商贸服务型国家物流枢纽。","expected":[{"text":"盛乐空港国际物流园","start":4,"end":13,"name":"盛乐空港国际物流园","fields":{"kind":"PARK","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"赤峰商贸服务型国家物流枢纽","start":18,"end":31,"name":"赤峰商贸服务型国家物流枢纽","fields":{"kind":"CENTER","status":null,"statusText":null}}]},
  {"fragment":"作，建设林芝国家植物园，创建","expected":[{"text":"林芝国家植物园","start":4,"end":11,"name":"林芝国家植物园","fields":{"kind":"ECOLOGY","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  {"fragment":"杭州国家版本馆、之江文化中心","expected":[{"text":"杭州国家版本馆","start":0,"end":7,"name":"杭州国家版本馆","fields":{"kind":"OTHER","status":null,"statusText":null}}]},
  // 贵州, 广西 2026: places listed before a place's facility share all of it but the place; 遵义 is a place, not the
  // verb jieba reads
  {"fragment":"建设贵阳、遵义国家物流枢纽，打造5条","expected":[{"text":"贵阳","start":2,"end":4,"name":"贵阳国家物流枢纽","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"遵义国家物流枢纽","start":5,"end":13,"name":"遵义国家物流枢纽","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  {"fragment":"推进南宁、百色、来宾、梧州泛铝件先进制造基地建设。","expected":[{"text":"南宁","start":2,"end":4,"name":"南宁泛铝件先进制造基地","fields":{"kind":"BASE","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"百色","start":5,"end":7,"name":"百色泛铝件先进制造基地","fields":{"kind":"BASE","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"来宾","start":8,"end":10,"name":"来宾泛铝件先进制造基地","fields":{"kind":"BASE","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"梧州泛铝件先进制造基地","start":11,"end":22,"name":"梧州泛铝件先进制造基地","fields":{"kind":"BASE","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 山东 2026: a count after the places counts their bases, so the items share the head alone
  {"fragment":"做强济南、青岛、淄博、济宁4大机器人产业基地，建设具","expected":[{"text":"济南","start":2,"end":4,"name":"济南基地","fields":{"kind":"BASE","status":null,"statusText":null}},{"text":"青岛","start":5,"end":7,"name":"青岛基地","fields":{"kind":"BASE","status":null,"statusText":null}},{"text":"淄博","start":8,"end":10,"name":"淄博基地","fields":{"kind":"BASE","status":null,"statusText":null}},{"text":"济宁4大机器人产业基地","start":11,"end":22,"name":"济宁4大机器人产业基地","fields":{"kind":"BASE","status":null,"statusText":null}}]},
  // 江西 2026: a national designation shares its head with no item before it (a city's role, then a hub)
  {"fragment":"推进国家现代流通战略支点城市、国家物流枢纽等建设","expected":[{"text":"国家物流枢纽","start":15,"end":21,"name":"国家物流枢纽","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 河南 2026: a quoted name after a river is one project, not a label sorting projects into a kind
  {"fragment":"加快观音寺调蓄工程、沙颍河“通港达园”项目建设，开工","expected":[{"text":"沙颍河“通港达园”项目","start":10,"end":21,"name":"沙颍河“通港达园”项目","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 福建, 天津 2026: the lead verb the walk took in opens the clause, not the name
  {"fragment":"尽快出成果、见成效。提升12345政务服务便民热线和中小企业直","expected":[{"text":"12345政务服务便民热线","start":12,"end":25,"name":"12345政务服务便民热线","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  // 海南 2026: a national test ground at sea, in operation
  {"fragment":"业年产值突破200亿元。国家海洋综合试验场（深海）投入运营","expected":[{"text":"国家海洋综合试验场","start":12,"end":21,"name":"国家海洋综合试验场","fields":{"kind":"SCIENCE","status":"IN_OPERATION","statusText":"投入运营"}}]},
  // 北京, 福建 2026: the education ministry's regional technology-transfer centres
  {"fragment":"城产教融合发展，启动建设全国高校区域技术转移转化中心；优化中关村示范","expected":[{"text":"全国高校区域技术转移转化中心","start":12,"end":26,"name":"全国高校区域技术转移转化中心","fields":{"kind":"CENTER","status":"STARTED","statusText":"启动建设"}}]},
  {"fragment":"等关键核心技术。获批建设高校区域技术转移转化中心（福建），新增国","expected":[{"text":"高校区域技术转移转化中心（福建）","start":12,"end":28,"name":"高校区域技术转移转化中心(福建)","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 海南 and 北京 2026: a university's or a hospital's new campus named by its place (院区, 校区: proper)
  {"fragment":"全面建成海南师范大学桂林洋校区，加快建设","expected":[{"text":"海南师范大学桂林洋校区","start":4,"end":15,"name":"海南师范大学桂林洋校区","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"}}]},
  {"fragment":"房申请式退租2006户，北京工业大学房山校区、北京儿童医院亦庄院区等开工建设","expected":[{"text":"北京工业大学房山校区","start":12,"end":22,"name":"北京工业大学房山校区","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工建设"}},{"text":"北京儿童医院亦庄院区","start":23,"end":33,"name":"北京儿童医院亦庄院区","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工建设"}}]},
  // 广东 2026: a public service line's number opens the name as a place would; 山东 2026: a quoted data brain
  {"fragment":"升级建设12355青少年服务台，动员","expected":[{"text":"12355青少年服务台","start":4,"end":15,"name":"12355青少年服务台","fields":{"kind":"PLATFORM","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  {"fragment":"联动青少年服务中心、12338妇联维权服务中心、妇女维权服务站","expected":[{"text":"12338妇联维权服务中心","start":10,"end":23,"name":"12338妇联维权服务中心","fields":{"kind":"CENTER","status":null,"statusText":null}}]},
  {"fragment":"“齐鲁农云”数字乡村大脑上线。","expected":[{"text":"“齐鲁农云”数字乡村大脑","start":0,"end":12,"name":"“齐鲁农云”数字乡村大脑","fields":{"kind":"PLATFORM","status":"IN_OPERATION","statusText":"上线"}}]},
  // 湖南 2026, 内蒙古 2026, 北京 2026: museums named by place, gene banks; 建成开放 is one lead verb, not 开放 + name
  {"fragment":"学规模突破100万人次，中国语言资源博物馆启","expected":[{"text":"中国语言资源博物馆","start":12,"end":21,"name":"中国语言资源博物馆","fields":{"kind":"OTHER","status":null,"statusText":null}}]},
  {"fragment":"牧业试验区，支持赤峰建设蒙东作物种质资源库。","expected":[{"text":"蒙东作物种质资源库","start":12,"end":21,"name":"蒙东作物种质资源库","fields":{"kind":"BASE","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  {"fragment":"放、永定门城楼修缮。建成开放中国长城博物馆，推进","expected":[{"text":"中国长城博物馆","start":14,"end":21,"name":"中国长城博物馆","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成"}}]},
  // 内蒙古 2026, 河南 2026: innovation centres a ministry designates, listed on a shared head or named whole
  {"fragment":"打造自治区牛羊、玉米、马铃薯、大豆技术创新中心，高质量建设","expected":[{"text":"自治区牛羊","start":2,"end":7,"name":"自治区牛羊技术创新中心","fields":{"kind":"CENTER","status":null,"statusText":null}},{"text":"玉米","start":8,"end":10,"name":"玉米技术创新中心","fields":{"kind":"CENTER","status":null,"statusText":null}},{"text":"马铃薯","start":11,"end":14,"name":"马铃薯技术创新中心","fields":{"kind":"CENTER","status":null,"statusText":null}},{"text":"大豆技术创新中心","start":15,"end":23,"name":"大豆技术创新中心","fields":{"kind":"CENTER","status":null,"statusText":null}}]},
  {"fragment":"周口国家农高区加快建设，国家生物育种产业创新中心建成投用。","expected":[{"text":"国家生物育种产业创新中心","start":12,"end":24,"name":"国家生物育种产业创新中心","fields":{"kind":"CENTER","status":"COMPLETED","statusText":"建成投用"}}]},
  // 湖南 2026: a verb right before 国家 is the clause's, not a word of the name (text/nameStart.ts)
  {"fragment":"“4+4科创工程”，加快培育国家技术创新中心、产业技","expected":[{"text":"国家技术创新中心","start":14,"end":22,"name":"国家技术创新中心","fields":{"kind":"CENTER","status":null,"statusText":null}}]},
  // seed line 65, 湖南 2026: a monitoring system names itself by what it watches (预警系统, 监测系统)
  {"fragment":"重点群体就业服务闭环。健全失业风险预警系统,全面提升","expected":[{"text":"失业风险预警系统","start":13,"end":21,"name":"失业风险预警系统","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  {"fragment":"和合法权益。建好营商环境无感监测系统，加大政","expected":[{"text":"营商环境无感监测系统","start":8,"end":18,"name":"营商环境无感监测系统","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  // seed line 49, 云南 2026: a count before a national programme's facility counts the facilities; the name follows it
  {"fragment":"持续开展“健康中国重庆行动15+2专项行动”,开工建设3个国家区域医疗中心,三级医院达94家。","expected":[{"text":"国家区域医疗中心","start":29,"end":37,"name":"国家区域医疗中心","fields":{"kind":"CENTER","status":"STARTED","statusText":"开工建设"}}]},
  {"fragment":"稳定的医疗服务体系，3个国家区域医疗中心投入运营","expected":[{"text":"国家区域医疗中心","start":12,"end":20,"name":"国家区域医疗中心","fields":{"kind":"CENTER","status":"IN_OPERATION","statusText":"投入运营"}}]},
  // seed line 39, 宁夏 2026: 一体化 makes a platform or system the one integrated one, though its other words are generic
  {"fragment":"加快建设一体化智能化公共数据平台，持续迭代完善一体化数字资源系统(IRS)，有序汇聚云网资源","expected":[{"text":"一体化智能化公共数据平台","start":4,"end":16,"name":"一体化智能化公共数据平台","fields":{"kind":"PLATFORM","status":"UNDER_CONSTRUCTION","statusText":"加快建设"}},{"text":"一体化数字资源系统","start":23,"end":32,"name":"一体化数字资源系统","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  // 山西 2026: and a network the country's one (the corridor is named by the place it rings)
  {"fragment":"打造环京津冀算力走廊，积极融入全国一体化算力网。","expected":[{"text":"环京津冀算力走廊","start":2,"end":10,"name":"环京津冀算力走廊","fields":{"kind":"NETWORK","status":null,"statusText":null}},{"text":"全国一体化算力网","start":15,"end":23,"name":"全国一体化算力网","fields":{"kind":"NETWORK","status":null,"statusText":null}}]},
  {"fragment":"灾体系，建设空天地一体化自然灾害监测系统，提升基层应","expected":[{"text":"空天地一体化自然灾害监测系统","start":6,"end":20,"name":"空天地一体化自然灾害监测系统","fields":{"kind":"PLATFORM","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 湖北 2026, 新疆 2026: jieba tags 基本 a noun; an adverb opening the predicate leaves the head the end of the name
  // (name-head-adverbs.txt)
  {"fragment":"交通枢纽辐射作用明显提升，“九纵五横四环”高速公路骨架网基本形成，高铁通车里程","expected":[{"text":"“九纵五横四环”高速公路骨架网","start":13,"end":28,"name":"“九纵五横四环”高速公路骨架网","fields":{"kind":"NETWORK","status":null,"statusText":null}}]},
  {"fragment":"程建成投运，“内供七环网、外送五通道”电力主网架基本形成，5G网","expected":[{"text":"“内供七环网、外送五通道”电力主网架","start":6,"end":24,"name":"“内供七环网、外送五通道”电力主网架","fields":{"kind":"NETWORK","status":null,"statusText":null}}]},
  // 湖北 2026: 打通 is a lead verb (name-stops.txt); 集结中心 closes a freight-train hub's name
  {"fragment":"中欧班列华中区域集结中心打通亚欧陆海联运新通道，亚洲","expected":[{"text":"中欧班列华中区域集结中心","start":0,"end":12,"name":"中欧班列华中区域集结中心","fields":{"kind":"CENTER","status":null,"statusText":null}},{"text":"亚欧陆海联运新通道","start":14,"end":23,"name":"亚欧陆海联运新通道","fields":{"kind":"NETWORK","status":null,"statusText":null}}]},
  // 天津 2026
  {"fragment":"营能力，推进华北区域中欧班列集结中心建设。推","expected":[{"text":"华北区域中欧班列集结中心","start":6,"end":18,"name":"华北区域中欧班列集结中心","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 天津 2026: a verb with a result complement (涌现出) is the predicate, not a word of the name
  {"fragment":"中科曙光推出科学计算智能体，涌现出麒麟V11操作系统、淋巴瘤新药","expected":[{"text":"麒麟V11操作系统","start":17,"end":26,"name":"麒麟V11操作系统","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  // 山西 2026: a hotline by its number (a head that needs no quote: the number names it)
  {"fragment":"建立群众反映集中问题主动治理机制，推动12345热线从解决“一件事”向办好“一类事”深化。","expected":[{"text":"12345热线","start":19,"end":26,"name":"12345热线","fields":{"kind":"PLATFORM","status":null,"statusText":null}}]},
  // 湖北 2026: a water network named by its quoted layout
  {"fragment":"偿机制，加快构建“荆楚安澜”现代水网。深入打好","expected":[{"text":"“荆楚安澜”现代水网","start":8,"end":18,"name":"“荆楚安澜”现代水网","fields":{"kind":"NETWORK","status":null,"statusText":null}}]},
  // seed line 31: the place where it ranks first (西部首个) is no part of the name and stays a region
  {
    fragment: '提升城市治理水平,建成西部首个省级住建领域CIM基础平台,建成',
    expected: [project('省级住建领域CIM基础平台', 15, 'PLATFORM', 'COMPLETED', '建成')],
  },
  // 贵州 2026, 安徽 2026: a province's section of a national park joins its name, so the province in it is no
  // mention of its own
  {
    fragment: '持续推进长征国家文化公园贵州重点建设区、长江',
    expected: [project('长征国家文化公园贵州重点建设区', 4, 'ECOLOGY', 'UNDER_CONSTRUCTION', '推进')],
  },
  {
    fragment: '高品质建设长江国家文化公园（安徽段）。高质量',
    expected: [project('长江国家文化公园（安徽段）', 5, 'ECOLOGY', 'UNDER_CONSTRUCTION', '建设', '长江国家文化公园(安徽段)')],
  },
  // 天津 2026: a science park opening the sentence, no status stated
  { fragment: '天开高教科创园蓬勃发展，', expected: [project('天开高教科创园', 0, 'PARK', null, null)] },
  // 宁夏 2026: a platform built by government; 建成 → COMPLETED; full-width brackets normalised in the name
  {
    fragment: '建成中国（宁夏）国际贸易单一窗口公共平台。',
    expected: [project('中国（宁夏）国际贸易单一窗口公共平台', 2, 'PLATFORM', 'COMPLETED', '建成', '中国(宁夏)国际贸易单一窗口公共平台')],
  },
  // 吉林 2026: a production base under construction
  {
    fragment: '支持创新药高质量发展，加快建设长春百克生物制药研发生产基地',
    expected: [project('长春百克生物制药研发生产基地', 15, 'BASE', 'UNDER_CONSTRUCTION', '加快建设')],
  },
  // 安徽 2026: a named centre; the generic 国际港务区 after 和 is no name
  {
    fragment: '加快建设合肥中欧班列集结中心和国际港务区，深化与',
    expected: [project('合肥中欧班列集结中心', 4, 'CENTER', 'UNDER_CONSTRUCTION', '加快建设')],
  },
  // 安徽 2026: a bonded zone put into operation
  { fragment: '蚌埠综合保税区封关运行，滁州保税物', expected: [project('蚌埠综合保税区', 0, 'ZONE', 'IN_OPERATION', '运行')] },
  // 内蒙古 2026: a list sharing its head: 长城 is expanded to its full name, the short span kept as the mention
  {
    fragment: '推进长城、黄河国家文化公园建设。',
    expected: [
      project('长城', 2, 'ECOLOGY', 'UNDER_CONSTRUCTION', '建设', '长城国家文化公园'),
      project('黄河国家文化公园', 5, 'ECOLOGY', 'UNDER_CONSTRUCTION', '建设'),
    ],
  },
  // 内蒙古 2026: an order before the name (首个) says which in turn, not which one
  { fragment: '平进入全国中游。首个沙戈荒大基地及外送通道开工建设', expected: [project('沙戈荒大基地', 10, 'BASE', 'STARTED', '开工建设')] },
  // seed line 33: the named greenway stays, the kind of park counted after it (口袋公园35个) is no project
  { fragment: '建成山城绿道61公里、口袋公园35个', expected: [project('山城绿道', 2, 'ECOLOGY', 'COMPLETED', '建成')] },
  // 福建 2026: a city's national facility keeps its city; 广东 2026: so does an everyday head (中心)
  { fragment: '花落福建。漳州国家骨干冷链物流基地、', expected: [project('漳州国家骨干冷链物流基地', 5, 'BASE', null, null)] },
  { fragment: '二期。用好大湾区国家技术创新中心、', expected: [project('大湾区国家技术创新中心', 5, 'CENTER', null, null)] },
  // 江西 2026 and seed line 44: a name quoted whole is proper, though its head is an everyday one (走廊) or the
  // works on it follow (建设)
  {
    fragment: '加快打造“赣鄱氢走廊”“赣鄱空中走廊”，力争电',
    expected: [project('赣鄱氢走廊', 5, 'NETWORK', null, null), project('赣鄱空中走廊', 12, 'NETWORK', null, null)],
  },
  { fragment: '统治理,完成“两岸青山·千里林带”建设38.3万亩', expected: [project('两岸青山·千里林带', 7, 'ECOLOGY', 'UNDER_CONSTRUCTION', '建设')] },
  // seed line 66 and 河南 2026: a national programme's facility, though 国家 and 区域 alone are generic words
  {
    fragment: '加快推进国家区域医疗中心和国家医学中心建设,高质量',
    expected: [project('国家区域医疗中心', 4, 'CENTER', 'UNDER_CONSTRUCTION', '建设'), project('国家医学中心', 13, 'CENTER', 'UNDER_CONSTRUCTION', '建设')],
  },
  { fragment: '生服务体系。加快建设国家医学中心（中医类），', expected: [project('国家医学中心', 10, 'CENTER', 'UNDER_CONSTRUCTION', '加快建设')] },
  // 湖南 and 海南 2026: service networks and quarters with a quote (服务站, 服务圈, 硅谷: heads that need one)
  {
    fragment: '次，推进“家门口”就业服务站、“15分钟”就业服务圈建设。',
    expected: [
      project('“家门口”就业服务站', 4, 'OTHER', 'UNDER_CONSTRUCTION', '建设'),
      project('“15分钟”就业服务圈', 15, 'NETWORK', 'UNDER_CONSTRUCTION', '建设'),
    ],
  },
  { fragment: '“南繁硅谷”建成全国数量最多、空间最大', expected: [project('南繁硅谷', 1, 'DISTRICT', 'COMPLETED', '建成')] },
  // seed line 16: a standing phrase of rank (具有…影响力的) is part of the name of the centre the report builds
  { fragment: '发展战略,加快打造具有全国影响力的科技创新中心。召开', expected: [project('具有全国影响力的科技创新中心', 9, 'CENTER', null, null)] },
  // seed line 32: a named network (高速铁路网 is one word to the segmenter, so 高速 does not end the name as an adverb)
  { fragment: '交通功能。加快建设“米”字型高速铁路网,9个', expected: [project('“米”字型高速铁路网', 9, 'NETWORK', 'UNDER_CONSTRUCTION', '加快建设')] },
  // 河南 2026: the high-speed network written short, named by its shape in quotes
  {"fragment":"模29.5万公里，“米”字形高铁网全面建成，高速公路","expected":[{"text":"“米”字形高铁网","start":9,"end":17,"name":"“米”字形高铁网","fields":{"kind":"NETWORK","status":"COMPLETED","statusText":"建成"}}]},
  // 安徽 2026: a descriptor (综合性) beside a place still names one centre
  {"fragment":"推动合肥综合性国家科学中心研发机构与有关市开展","expected":[{"text":"合肥综合性国家科学中心","start":2,"end":13,"name":"合肥综合性国家科学中心","fields":{"kind":"CENTER","status":null,"statusText":null}}]},
  // 天津 2026: business districts named by their station and theme; 广东 2026: AI training grounds and adaptation
  // centres a province builds (智能体创新中心, with no head of these, is their sibling: ProjectListSiblingRefiner); 青海 2026:
  // a demonstration park, a computing network
  {"fragment":"积极推进站产城融合发展，西站同城商务区建设提速，南站科技商务区、滨海站“于响”商务区等高端业态引聚提升。","expected":[{"text":"南站科技商务区","start":24,"end":31,"name":"南站科技商务区","fields":{"kind":"DISTRICT","status":null,"statusText":null}},{"text":"滨海站“于响”商务区","start":32,"end":42,"name":"滨海站“于响”商务区","fields":{"kind":"DISTRICT","status":null,"statusText":null}}]},
  {"fragment":"加快建设具身智能训练场、昇腾生态适配中心、开源鸿蒙适配中心、智能体创新中心等产业创新平台。","expected":[{"text":"具身智能训练场","start":4,"end":11,"name":"具身智能训练场","fields":{"kind":"SCIENCE","status":"UNDER_CONSTRUCTION","statusText":"加快建设"}},{"text":"昇腾生态适配中心","start":12,"end":20,"name":"昇腾生态适配中心","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"加快建设"}},{"text":"开源鸿蒙适配中心","start":21,"end":29,"name":"开源鸿蒙适配中心","fields":{"kind":"CENTER","status":"UNDER_CONSTRUCTION","statusText":"加快建设"}},{"text":"智能体创新中心","start":30,"end":37,"name":"智能体创新中心","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"加快建设"}}]},
  {"fragment":"加快推进西宁绿电智算融合示范园、海东零碳算力产业园","expected":[{"text":"西宁绿电智算融合示范园","start":4,"end":15,"name":"西宁绿电智算融合示范园","fields":{"kind":"PARK","status":"UNDER_CONSTRUCTION","statusText":"加快推进"}}]},
  {"fragment":"建成青藏高原首张绿色算力网。","expected":[{"text":"青藏高原首张绿色算力网","start":2,"end":13,"name":"青藏高原首张绿色算力网","fields":{"kind":"NETWORK","status":"COMPLETED","statusText":"建成"}}]},
  // 江西 2026: the part of a national park joins the name, as the province a national centre's branch is in does (福建, above)
  {"fragment":"江十年禁渔，推进武夷山国家公园（江西片区）建设，争","expected":[{"text":"武夷山国家公园（江西片区）","start":8,"end":21,"name":"武夷山国家公园(江西片区)","fields":{"kind":"ECOLOGY","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  // 天津 2026: a one-character word after N大 is the name's (五大道), no count of a kind
  {"fragment":"海河沿线亮化净化清新靓丽，五大道公园、设计公园","expected":[{"text":"五大道公园","start":13,"end":18,"name":"五大道公园","fields":{"kind":"ECOLOGY","status":null,"statusText":null}},{"text":"设计公园","start":19,"end":23,"name":"设计公园","fields":{"kind":"ECOLOGY","status":null,"statusText":null}}]},
  // 云南, 新疆 2026: development zones are called by their place alone (a county or a town jieba knows as a place), and
  // places listed before one share its head; 新一轮 after the head opens what the zone owns
  {"fragment":"曲靖、祥云经开区纳入国家级零碳园区建设名单。","expected":[{"text":"曲靖","start":0,"end":2,"name":"曲靖经开区","fields":{"kind":"ZONE","status":"UNDER_CONSTRUCTION","statusText":"建设"}},{"text":"祥云经开区","start":3,"end":8,"name":"祥云经开区","fields":{"kind":"ZONE","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
  {"fragment":"喀什、霍尔果斯经济开发区新一轮总体发展规划全面实施","expected":[{"text":"喀什","start":0,"end":2,"name":"喀什经济开发区","fields":{"kind":"ZONE","status":"PLANNED","statusText":"规划"}},{"text":"霍尔果斯经济开发区","start":3,"end":12,"name":"霍尔果斯经济开发区","fields":{"kind":"ZONE","status":"PLANNED","statusText":"规划"}}]},
  // 山西 2026: a place jieba reads as an adverb (大同/d) still names its zone
  {"fragment":"进技术示范项目，大同经开区、阳泉高新区入选首批国家级零碳园区","expected":[{"text":"大同经开区","start":8,"end":13,"name":"大同经开区","fields":{"kind":"ZONE","status":null,"statusText":null}},{"text":"阳泉高新区","start":14,"end":19,"name":"阳泉高新区","fields":{"kind":"ZONE","status":null,"statusText":null}}]},
  {"fragment":"推进甘泉堡经济技术开发区、上库高新技术产业开发区","expected":[{"text":"甘泉堡经济技术开发区","start":2,"end":12,"name":"甘泉堡经济技术开发区","fields":{"kind":"ZONE","status":"UNDER_CONSTRUCTION","statusText":"推进"}}]},
];

const nonMatches: string[] = [
  // 云南 2026: the centre the province is to be for the regions it reaches out to is a role, not a centre built
  '持续扩大高水平对外开放，面向南亚东南亚辐射中心建设取得',
  '道网络，加快推进省级物流园区建设，',
  // 天津, 黑龙江 2026: a development zone with no place is a kind
  '升。稳步推进国家级经开区改革，完善',
  '高水平打造高新区等区域创新载体',
  // 江苏, 上海 2026: kinds of body and field a platform serves name no platform (name-generic-words.txt)
  '快引育新主体，加强与大型贸易商、头部平台对接，引入',
  '市统一的政策发布查询平台，深入',
  // 内蒙古 2026, 河南 2026: a role a conjunct before states is the later conjunct's too
  '代能源经济，建设国家重要能源和战略资源基地。',
  '支持洛阳加快建设国家重要创新高地和先进制造业基地、现代生态宜居城市',
  // 广东 2026: the old business districts, a kind
  '业设施，加快传统商圈改造升级。',
  // 海南 2026: a quoted label before its footnote mark and 项目 sorts projects into a kind
  '资比重。狠抓“四个一批”［17］项目攻坚，做实“',
  // 安徽 2026: the universities' science parks are a kind
  '期稳定支持机制。创建国家大学科技园等国家级科创',
  "等平台能级。大力推动商务区核心区城市更新", // 上海 2026: the district named before, not named here
  // 江苏 2026: the density of the high-speed network is a ratio, no network named
  '村及820个特色田园乡村。高铁路网密度居各',
  // 重庆 2023, 湖南 2026: a short quoted label before 项目 sorts projects into a kind
  '快推进“久供未建”和“久建未完”项目处置。抓好',
  '成投资4608亿元，“四个十大”项目完成投资超',
  // 江苏 2026: 中心 before 城市 is a city's role; a kind is left once the lead verb is cut off
  '优势产业和富民产业，提升徐州区域中心城市能级。做优做强南',
  '展双向投资合作空间，提升对外开放平台创新引领发展',
  // 上海 2026: campuses no place names are a kind (多院区)
  '创新人才培养等支持政策，提升市级医院多院区一体化发展水平',
  // 山东 2026, 浙江 2026: brains counted or named only as a kind
  '7家，打造“产业大脑”130个，',
  '运行。完善“城市大脑+精细服务”',
  // 河南 2026: local-government financing vehicles are a kind of company being wound up, not one platform
  '金全流程全链条管理，完成地方政府融资平台',
  // 福建 2026: a national policy in quotes before 项目 names the projects under it, a kind; the policy is the mention
  '用好超长期特别国债，加快“两重”项目建设，1550个省重点项目完成投资7398亿元。',
  // seed line 43, 山西 2026: 重要 says the role a place plays, a positioning, not a project
  ',进一步筑牢长江上游重要生态屏障。召开',
  '委确定的建设国家重要能源原材料基地、特色',
  // 贵州 2026, 广东 2026: a sub-centre is the role a city plays, and the list before it shares no project head
  '量发展，加快建设遵义省域副中心，推动毕节',
  '区深度融湾发展，加快汕头、湛江省域副中心城市建设，加力推',
  // 内蒙古, 甘肃 2026: a role said before the name (全国重要的) or in it (区域性), a positioning, not a base built
  '建设全国重要的新能源装备制造基地，支持新能源矿卡',
  '聚力打造全国重要的文化传承创新基地，促进文化遗产',
  '加力实施强工业行动，建设全国区域性现代制造业基地。',
  // 福建, 辽宁 2026: a descriptor (友好型, 标志性) and nothing proper sorts facilities into a kind
  '，打造入境消费友好型商圈，',
  '推动东北三省一区共建沈大哈长产业科技创新带、跨区域标志性文旅体平台。',
  // 北京, 广西 2026: a batch (一批) of them is facilities of kinds
  '布局一批概念验证、共性技术、产品中试、孵化转让平台；',
  '建设一批面向东盟的服务贸易园区，',
  // 陕西 2026: after a list's 等 and a count the phrase is the kind its items are
  '端延伸。加快宝鸡、延安等4个国家骨干冷链物流基地建设，',
  // 黑龙江 2026: generic words with no 一体化 name a kind of platform
  '新能力，加快建设高能级重大创新平台，推动科',
  // 广东 2026: 专业 is a generic word (name-generic-words.txt): a kind of platform
  '发展平台经济，支持各类综合平台和专业平台健康快速发展',
  // 云南 2026, 内蒙古 2026: a sector's service network is a system of services, not a built network (服务网络 is
  // `proper`: 重庆—新加坡跨境电商数字金融服务网络 names its places)
  '康促进行动，健全城乡养老服务网络。培育养老服',
  '8.实现城乡法律援助服务网络全覆盖；',
  // 新疆 2026: a water network without a quoted name is a kind of network (水网 is `proper`)
  '，建设安全韧性的现代水网，强化',
  // seed line 16: a direction of the country with nothing specific after it names no centre (西部 stays a region)
  '科技创新中心,加快形成西部人才中心和创新高地。',
  // 北京 2026 and seed line 41: after a list's 等 the phrase is the kind of its items, not one project
  '得重大进展，医疗、制造、科学等应用中试基地在京落地',
  '渝遂高速公路改扩建扩募资等REITs项目加快推进',
  // seed line 24: an event in quotes, not the corridor (the quote runs on past 新通道)
  '书处落地重庆。首次承办“驻华使节陆海新通道行”,来自',
  // 2026 reports: kinds of facility, not one facility (零碳园区, 低碳园区, 中试平台)
  '业节能降碳改造，加快零碳园区、低碳园区建设。优',
  '转化等机制，建设中试平台和',
  // 云南 2026: counted bases of a category
  '家物流枢纽、3个骨干冷链物流基地，A级物',
  // 内蒙古 2026: counted national centres
  '显提升。落户4个国家区域医疗中心，布局3',
  // 北京 2026: counted service centres
  '保障网，新建50个区域养老服务中心，新增7',
  // 北京 2026: 一批 platforms, no name
  '导等领域建设一批新型研究创新平台，支持企',
  // 安徽 2026: 一批 design centres, no name
  '服务业，培育一批工业设计中心、计量和',
  // seed lines 13 and 37, 河南 2026: a count right after the phrase counts facilities of a kind
  '品131个、市级软件公共服务平台5个。强',
  '扶,累计打造产业帮扶基地5.6万个,脱',
  '1210家、绿色工业园区74个，重点',
  // 宁夏 and 湖南 2026: quoted slogans that count or classify things (“十小项目”, 100所“徐特立项目”学校)
  '建成一批小公园、小市场等“十小项目”，新增',
  '建成101所芙蓉学校、100所“徐特立项目”学校。',
  // 江西 2026, 青海 2026: items that end in a verb say how, and the list sorts facilities into kinds
  '两类的政府市场融合、线上线下一体就业公共服务平台。',
  '价值挖掘提升计划，深度打造高效养殖、精深加工基地，加快',
  '行动，打造高原特色数据供给、优质数据流通、特色数据应用基地，推动',
  // 江苏 2026: a purpose verb opens the clause, and the rest is a kind of centre
  '加快构建优良创新生态，促进产业科技创新中心加快形成核心功能。',
  // 西藏, 内蒙古 2026: platforms of a level are a kind, counted past a bracketed kind or open-ended (以上)
  '高校、科研院所组建创新联合体，创建自治区级科技创新平台（基地）10家以上。',
  '业科技资源共享，鼓励企业创建自治区级以上研发平台或牵头组建创新联合体，',
  // 青海, 山西 2026: a count with 大 counts facilities of a kind
  '实施科技创新平台培育行动，建强用好十大国家级科技创新平台，大力推进',
  '经济等新业态新模式，建设5大微短剧基地。',
];

describe('ProjectNamedRule', () => ruleTable(ProjectNamedRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' }));
