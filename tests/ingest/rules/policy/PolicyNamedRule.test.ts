import { PolicyNamedRule } from '../../../../src/ingest/rules/policy/PolicyNamedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const named = (text: string, start: number, kind: string, noun: string) => ({
  text, start, end: start + text.length, name: text, fields: { kind, noun },
});

const matches: TableRow[] = [
  // 海南 2026: a university before a quoted name carries it out, no word of the name
  {"fragment":"海南大学“双一流”建设稳步推进，海南医学院更名为海南医科大学","expected":[{"text":"“双一流”建设","start":4,"end":11,"name":"“双一流”建设","fields":{"kind":"PROGRAM","noun":"建设"}}]},
  // 甘肃 2026: a system's reach (覆盖面) leaves it the name
  {"fragment":"扩大失业、工伤保险制度覆盖面","expected":[{"text":"工伤保险制度","start":5,"end":11,"name":"工伤保险制度","fields":{"kind":"SYSTEM","noun":"制度"}}]},
  // 广东 2026: 好 completes the verb before it (实施好, 发挥好), never opens the name
  {"fragment":"参保覆盖面，实施好育儿补贴制度","expected":[{"text":"育儿补贴制度","start":9,"end":15,"name":"育儿补贴制度","fields":{"kind":"SYSTEM","noun":"制度"}}]},
  {"fragment":"产风险，发挥好城市房地产融资协调机制作用","expected":[{"text":"城市房地产融资协调机制","start":7,"end":18,"name":"城市房地产融资协调机制","fields":{"kind":"SYSTEM","noun":"机制"}}]},
  // 海南 2026: a quoted layout names a province's spatial strategy (发展格局, proper); the verb before the quote is the
  // clause's, a verbal noun too when it leads qualifiers (优化)
  {"fragment":"优化“三极一带一区”发展格局。","expected":[{"text":"“三极一带一区”发展格局","start":2,"end":14,"name":"“三极一带一区”发展格局","fields":{"kind":"STRATEGY","noun":"发展格局"}}]},
  // 河南 2026: a verb before the quote (创新) is no word of the name
  {"fragment":"创新“党建+网格+大数据”模式，","expected":[{"text":"“党建+网格+大数据”模式","start":2,"end":15,"name":"“党建+网格+大数据”模式","fields":{"kind":"SYSTEM","noun":"模式"}}]},
  // 北京 2026, 山东 2026: a regulation cited without 《》 (条例), its name opened by the verb, 修订 as 制定
  {"fragment":"实施北京城市副中心条例，保持千亿级","expected":[{"text":"北京城市副中心条例","start":2,"end":11,"name":"北京城市副中心条例","fields":{"kind":"REGULATION","noun":"条例"}}]},
  {"fragment":"推动修订优化营商环境条例，健全","expected":[{"text":"优化营商环境条例","start":4,"end":12,"name":"优化营商环境条例","fields":{"kind":"REGULATION","noun":"条例"}}]},
  // 海南 2026: a footnote mark between the quoted label and the head
  {"fragment":"为现实。“1+5+N”［8］公共卫生体系初步成型","expected":[{"text":"“1+5+N”［8］公共卫生体系","start":4,"end":20,"name":"“1+5+N”公共卫生体系","fields":{"kind":"SYSTEM","noun":"体系"}}]},
  // 广西 2026: a named thing stays one before its results (…专项行动成效显著)
  {"fragment":"案例和优秀案例。规范涉企行政执法专项行动成效显著。工","expected":[{"text":"规范涉企行政执法专项行动","start":8,"end":20,"name":"规范涉企行政执法专项行动","fields":{"kind":"PROGRAM","noun":"专项行动"}}]},
  // 海南 2026: 用火 a word of its own, so the walk reads the whole campaign (not 火行为专项行动)
  {"fragment":"火防治，深入开展森林火灾重大隐患动态清零和查处违规用火行为专项行动。全","expected":[{"text":"查处违规用火行为专项行动","start":21,"end":33,"name":"查处违规用火行为专项行动","fields":{"kind":"PROGRAM","noun":"专项行动"}}]},
  // 宁夏, 江苏 2026: a leading zone (先导区) is a designation, as a 先行区 is
  {"fragment":"积极创建人工智能创新应用先导区。全面","expected":[{"text":"人工智能创新应用先导区","start":4,"end":15,"name":"人工智能创新应用先导区","fields":{"kind":"PILOT","noun":"先导区"}}]},
  {"fragment":"，高水平建设国家人工智能创新应用先导区，推动","expected":[{"text":"国家人工智能创新应用先导区","start":6,"end":19,"name":"国家人工智能创新应用先导区","fields":{"kind":"PILOT","noun":"先导区"}}]},
  // 安徽 2026: 走出 leads a path taken and ends the name before it; 上海 2026: 走出去 (going global) stays inside a name
  {"fragment":"辖市全覆盖。皖南国际文化旅游示范区走出文旅深度融合","expected":[{"text":"皖南国际文化旅游示范区","start":6,"end":17,"name":"皖南国际文化旅游示范区","fields":{"kind":"PILOT","noun":"示范区"}}]},
  {"fragment":"放方案，着力打造服务企业走出去先行区，推进虹","expected":[{"text":"服务企业走出去先行区","start":8,"end":18,"name":"服务企业走出去先行区","fields":{"kind":"PILOT","noun":"先行区"}}]},
  // 云南 2026, 北京 2026: national censuses; the round (第四次) is an ordinal, not a count of things
  {"fragment":"水平。扎实开展第四次全国农业普查、全国第三轮修志","expected":[{"text":"第四次全国农业普查","start":7,"end":16,"name":"第四次全国农业普查","fields":{"kind":"PROGRAM","noun":"普查"}}]},
  {"fragment":"整治。完成第四次全国文物普查，促进非物质文化","expected":[{"text":"第四次全国文物普查","start":5,"end":14,"name":"第四次全国文物普查","fields":{"kind":"PROGRAM","noun":"普查"}}]},
  // 广西 2026, 宁夏 2026: 高质量 leads a clause as an adverb, but 高质量发展 after a noun stands inside the name
  // (name-stop-compounds.txt); 浙江 2026: after a lead verb it still ends the walk
  { fragment: '壮大产业实力。实施制造业重点产业链高质量发展行动，推进重大标志性工程22项', expected: [named('制造业重点产业链高质量发展行动', 9, 'PROGRAM', '行动')] },
  { fragment: '业升级步伐加快。启动实施特色优势产业高质量发展三年行动计划，规模以上', expected: [named('特色优势产业高质量发展三年行动计划', 12, 'PROGRAM', '计划')] },
  { fragment: '，推动高质量发展建设共同富裕示范区，', expected: [named('共同富裕示范区', 10, 'PILOT', '示范区')] },
  // seed line 14, 新疆 2026: 任务 ending the clause is the tasks of carrying the named thing out (name-head-fillers.txt)
  { fragment: '三是大力发展现代服务业。加快推进服务业扩大开放试点任务,试点任务实施率达到90.7%', expected: [named('服务业扩大开放试点', 16, 'PILOT', '试点')] },
  { fragment: '商环境条例，完成营商环境优化提升三年行动任务，全疆', expected: [named('营商环境优化提升三年行动', 8, 'PROGRAM', '三年行动')] },
  // 山东 2026: the items listed before 排查治理 share it (flag shared), each a campaign against what it names
  {
    fragment: '，开展市场准入壁垒、妨碍公平竞争排查治理，深化招投标',
    expected: [
      { text: '市场准入壁垒', start: 3, end: 9, name: '市场准入壁垒排查治理', fields: { kind: 'PROGRAM', noun: '排查治理' } },
      named('妨碍公平竞争排查治理', 10, 'PROGRAM', '排查治理'),
    ],
  },
  // 山东 2026: 突出问题 is one noun (segment-words.txt), not the lead verb 突出 that would end the name
  { fragment: '查治理，深化招投标领域突出问题系统整治，规范招', expected: [named('招投标领域突出问题系统整治', 6, 'PROGRAM', '系统整治')] },
  // 天津 2026: a campaign's plan is read whole, not cut after 整治行动; 陕西 2026: a bare 整治 names a campaign with a
  // quote or a place in it
  { fragment: '实施构建危化品安全管理体系工作方案、高层建筑重大火灾风险隐患排查整治行动方案，提升', expected: [named('危化品安全管理体系工作方案', 4, 'PLAN', '工作方案'), named('高层建筑重大火灾风险隐患排查整治行动方案', 18, 'PLAN', '整治行动方案')] },
  // 海南 2026: jieba's idiom 提前完成 is a lead verb too (name-stops.txt)
  { fragment: '环岛气网形成闭环，提前完成城市老化燃气管道更新改造。', expected: [named('城市老化燃气管道更新改造', 13, 'PROGRAM', '改造')] },
  { fragment: '态安全屏障。常态长效开展秦岭“五乱”问题排查整治，推进区域生', expected: [named('秦岭“五乱”问题排查整治', 12, 'PROGRAM', '整治')] },
  // 吉林 2026, 河南 2026: a lead verb right before a system's noun head is what the system does, a word of its name
  { fragment: '段）。通化市入选国家生态产品价值实现机制试点。生产安全事', expected: [named('国家生态产品价值实现机制试点', 8, 'PILOT', '试点')] },
  { fragment: '、工伤保险保障水平。落实企业职工基本养老保险全国统筹制度三年提质行动', expected: [named('企业职工基本养老保险全国统筹制度', 12, 'SYSTEM', '制度')] },
  // seed line 24: a mechanism the body right before it runs is named from the body on, its purpose verb included
  { fragment: '承办商务部推进国际陆海贸易新通道建设合作工作机制第一次会议,推动工作机制秘书处落地重庆。', expected: [named('推进国际陆海贸易新通道建设合作工作机制', 5, 'SYSTEM', '机制')] },
  // 青海 2026, 上海 2026: a reform after a list of fields is the reform of them all, named
  {"fragment":"深化供水、供气、供热等公用事业价格改革。","expected":[{"text":"公用事业价格改革","start":11,"end":19,"name":"公用事业价格改革","fields":{"kind":"REFORM","noun":"改革"}}]},
  {"fragment":"场准入，优化数据、技术、土地等要素市场化配置改革。推动跨","expected":[{"text":"要素市场化配置改革","start":15,"end":24,"name":"要素市场化配置改革","fields":{"kind":"REFORM","noun":"改革"}}]},
  // seed line 61, 西藏 2026: jieba tags 精准 and 基本 nouns; an adverb opening the predicate leaves the head the end
  // of the name (name-head-adverbs.txt)
  {"fragment":"聚焦“33618”现代制造业集群体系精准招商，制定出台“技改贷”等支持政策","expected":[{"text":"“33618”现代制造业集群体系","start":2,"end":18,"name":"“33618”现代制造业集群体系","fields":{"kind":"SYSTEM","noun":"体系"}}]},
  {"fragment":"覆盖全民的多层次社会保障体系基本建成。","expected":[{"text":"多层次社会保障体系","start":5,"end":14,"name":"多层次社会保障体系","fields":{"kind":"SYSTEM","noun":"体系"}}]},
  // 辽宁 2026: putting a field of work on a legal footing is a reform of the genre
  { fragment: '坚持和发展新时代“枫桥经验”，纵深推进信访工作法治化。', expected: [named('信访工作法治化', 19, 'REFORM', '法治化')] },
  // 云南 2026: a system is set up (建立/健全/完善) by its name too, though its words are generic ones
  { fragment: '与避险搬迁。完善安全生产制度体系，推进', expected: [named('安全生产制度体系', 8, 'SYSTEM', '体系')] },
  // 河北 2026, 云南 2026: launched by 开展/实施, a programme is named by its words though they are generic ones
  { fragment: '务消费潜力。开展消费环境优化行动，完善现代商', expected: [named('消费环境优化行动', 8, 'PROGRAM', '行动')] },
  { fragment: '和未来产业。实施产业创新工程，开展国家新', expected: [named('产业创新工程', 8, 'PROGRAM', '工程')] },
  // 云南, 山西 2026: a campaign year (攻坚年, 建设年) is one word of the name, not a numeral's unit (segment-words.txt)
  { fragment: '实施项目攻坚年行动，常态化谋划', expected: [named('项目攻坚年行动', 2, 'PROGRAM', '行动')] },
  { fragment: '开展重大项目建设年行动，实施省级重', expected: [named('重大项目建设年行动', 2, 'PROGRAM', '行动')] },
  // 江西, 上海 2026: 对标 (benchmarking) is one word of the name, not the preposition 对
  { fragment: '增长10%左右；开展优质企业对标提升行动，力争专精特', expected: [named('优质企业对标提升行动', 10, 'PROGRAM', '提升行动')] },
  { fragment: '深化世行评估对标改革，进一步为企', expected: [named('世行评估对标改革', 2, 'REFORM', '改革')] },
  // 海南 2026: an item after another of its kind in the list the launch verb opens
  { fragment: '深入开展提振消费专项行动、消费环境优化行动，持续实施', expected: [named('提振消费专项行动', 4, 'PROGRAM', '专项行动'), named('消费环境优化行动', 13, 'PROGRAM', '行动')] },
  // 新疆 2026, 内蒙古 2026: shared responsibility and centralised procurement are systems of the genre
  { fragment: '定放在首位，落实维稳工作党政同责，持续推进', expected: [named('维稳工作党政同责', 8, 'SYSTEM', '党政同责')] },
  { fragment: '量发展示范项目，医保集中带量采购为群众减负', expected: [named('医保集中带量采购', 8, 'REFORM', '集中带量采购')] },
  // 上海 2026, 云南 2026: campaigns named by a quote and their kind of work (专项治理, 治本攻坚)
  { fragment: '实施“化解矛盾风险维护社会稳定”专项治理，综治中心', expected: [named('“化解矛盾风险维护社会稳定”专项治理', 2, 'PROGRAM', '专项治理')] },
  { fragment: '完善安全生产制度体系，推进“人防、技防、工程防、管理防”治本攻坚，深化', expected: [named('安全生产制度体系', 2, 'SYSTEM', '体系'), named('“人防、技防、工程防、管理防”治本攻坚', 13, 'PROGRAM', '治本攻坚')] },
  // 北京 2026: in a chain of heads the one before the last says which (治本 of 治本攻坚), though 安全生产 is generic
  { fragment: '深入实施安全生产治本攻坚三年行动，压紧', expected: [named('安全生产治本攻坚三年行动', 4, 'PROGRAM', '三年行动')] },
  // 新疆 2026: 融入 is a lead verb (name-stops.txt), not a word of the name
  { fragment: '型行动，积极融入国家“东数西算”工程，加快“疆算', expected: [named('国家“东数西算”工程', 8, 'PROGRAM', '工程')] },
  // 安徽 2026, 福建 2026: jieba joins 工作 to the head (试点工作); at the clause end the head still ends the name
  { fragment: '高质量完成二轮土地承包到期延包整省试点工作。', expected: [named('二轮土地承包到期延包整省试点', 5, 'PILOT', '试点')] },
  { fragment: '升行动试点。启动职业伤害保障试点工作。落实育', expected: [named('职业伤害保障试点', 8, 'PILOT', '试点')] },
  // 江苏 2026, 内蒙古 2026: a count before a national or quoted designation counts the places given it; the name
  // follows it (实践创新基地 is a designation, though 基地 alone closes a built base)
  { fragment: '新增4个国家生态文明建设示范区、4个“两山”实践创新基地。', expected: [named('国家生态文明建设示范区', 4, 'PILOT', '示范区'), named('“两山”实践创新基地', 18, 'PILOT', '实践创新基地')] },
  { fragment: '漠论坛，新增5个国家生态文明示范区、3个“绿水', expected: [named('国家生态文明示范区', 8, 'PILOT', '示范区')] },
  // 福建 2026: a place after a word of its own is a programme's brand (新福建, like 平安重庆)
  { fragment: '闽籍侨胞在新福建建设中作用更加凸显', expected: [named('新福建建设', 5, 'PROGRAM', '建设')] },
  // 云南 2026, 上海 2026: cities of one kind are a programme; items listed before the head share it
  {
    fragment: '积极建设儿童、青年、老年友好型城市。',
    expected: [
      { text: '儿童', start: 4, end: 6, name: '儿童友好型城市', fields: { kind: 'PILOT', noun: '友好型城市' } },
      { text: '青年', start: 7, end: 9, name: '青年友好型城市', fields: { kind: 'PILOT', noun: '友好型城市' } },
      named('老年友好型城市', 10, 'PILOT', '友好型城市'),
    ],
  },
  { fragment: '量充分就业。建设就业友好型城市，加力', expected: [named('就业友好型城市', 8, 'PILOT', '友好型城市')] },
  // 陕西 2026: pooling a fund at provincial level, shared by a list (失业、工伤保险省级统筹: two)
  {
    fragment: '持续深化失业、工伤保险省级统筹。',
    expected: [
      { text: '失业', start: 4, end: 6, name: '失业省级统筹', fields: { kind: 'REFORM', noun: '省级统筹' } },
      named('工伤保险省级统筹', 7, 'REFORM', '省级统筹'),
    ],
  },
  // 上海 2026, 山东 2026, 云南 2026: words jieba tags as adverbs inside a name (快速, 才; 到期, 再; 边) do not cut it
  { fragment: '建立超常规快速引才机制，完善', expected: [named('超常规快速引才机制', 2, 'SYSTEM', '机制')] },
  { fragment: '稳步推进第二轮土地承包到期后再延长30年试点。', expected: [named('第二轮土地承包到期后再延长30年试点', 4, 'PILOT', '试点')] },
  { fragment: '深入推进新时代兴边富民行动，巩固', expected: [named('新时代兴边富民行动', 4, 'PROGRAM', '行动')] },
  // 海南 2026: an adverb after a count leads the name (多项到期 …: the policies that expire), it is not part of it
  { fragment: '多项到期税收优惠政策延续施行', expected: [named('税收优惠政策', 4, 'MEASURES', '政策')] },
  // seed line 50: a direction of the country with nothing specific after it names no pilot zone (西部先行区: 西部
  // stays a region); the campaign before it is read
  { fragment: '着力打造更高水平的平安中国建设西部先行区。', expected: [named('平安中国建设', 9, 'PROGRAM', '建设')] },
  // seed line 16: a strategy, the name running left to the lead verb 实施
  { fragment: '(三)大力实施创新驱动发展战略,加快打造', expected: [named('创新驱动发展战略', 7, 'STRATEGY', '发展战略')] },
  // seed line 45: a campaign
  { fragment: '打好蓝天保卫战,对重点区域', expected: [named('蓝天保卫战', 2, 'PROGRAM', '保卫战')] },
  // 内蒙古 2026: a reform after 深化
  { fragment: '进一步深化国资国企改革，明晰不同类型企业功', expected: [named('国资国企改革', 5, 'REFORM', '改革')] },
  // 上海 2026: chained heads (改革 + 试点) close one pilot
  {
    fragment: '推进临港新片区离岸贸易金融服务综合改革试点，落地全国首单放宽非',
    expected: [named('临港新片区离岸贸易金融服务综合改革试点', 2, 'PILOT', '试点')],
  },
  // 上海 2026: a quoted name on a system head
  { fragment: '完善“三师联创”机制，健全适应可持续城市', expected: [named('“三师联创”机制', 2, 'SYSTEM', '机制')] },
  // 上海 2026: a pilot after 深入推进
  { fragment: '深入推进新就业形态人员职业伤害保障试点，统筹调整养老金', expected: [named('新就业形态人员职业伤害保障试点', 4, 'PILOT', '试点')] },
  // 安徽 2026: a statute cited without 《》, after an adverb + verb idiom jieba keeps whole (认真贯彻)
  { fragment: '重组。认真贯彻民营经济促进法，向民间', expected: [named('民营经济促进法', 7, 'LAW', '促进法')] },
  // seed line 31 and 青海 2026: a place before a level word holds the designation and stays out of its name
  { fragment: '高质量推进渝中区、九龙坡区国家城市更新试点城市建设,设立', expected: [named('国家城市更新试点', 13, 'PILOT', '试点')] },
  { fragment: '制度，加快西宁市国家碳达峰试点、', expected: [named('国家碳达峰试点', 8, 'PILOT', '试点')] },
  // seed line 36 and 西藏 2026: 工作 closing the clause is the work of carrying the named thing out
  { fragment: '改革,高质量推进“三社”融合工作,建成区', expected: [named('“三社”融合', 8, 'PROGRAM', '融合')] },
  // 上海 2026: a head flagged `shared` (保卫战) is shared by the short items listed before the name
  {
    fragment: '理，深入打好蓝天、碧水、净土保卫战，积极稳',
    expected: [
      { text: '蓝天', start: 6, end: 8, name: '蓝天保卫战', fields: { kind: 'PROGRAM', noun: '保卫战' } },
      { text: '碧水', start: 9, end: 11, name: '碧水保卫战', fields: { kind: 'PROGRAM', noun: '保卫战' } },
      named('净土保卫战', 12, 'PROGRAM', '保卫战'),
    ],
  },
  // 天津 and 陕西 2026: a head flagged `shared-acts` (攻坚行动, 工程) is shared by the items listed before it that are
  // acts, ending in a verb (治理, 提升)
  {"fragment":"减排、管理减排，启动大气污染治理、中心城区雨污合流治理攻坚行动，实施涉","expected":[{"text":"大气污染治理","start":10,"end":16,"name":"大气污染治理攻坚行动","fields":{"kind":"PROGRAM","noun":"攻坚行动"}},{"text":"中心城区雨污合流治理攻坚行动","start":17,"end":31,"name":"中心城区雨污合流治理攻坚行动","fields":{"kind":"PROGRAM","noun":"攻坚行动"}}]},
  {"fragment":"等重点群体就业。持续实施职业技能提升、劳务品牌培育工程，稳定政策性岗位招录规模。","expected":[{"text":"职业技能提升","start":12,"end":18,"name":"职业技能提升工程","fields":{"kind":"PROGRAM","noun":"工程"}},{"text":"劳务品牌培育工程","start":19,"end":27,"name":"劳务品牌培育工程","fields":{"kind":"PROGRAM","noun":"工程"}}]},
  // 山东 2026: a quoted name's head is its own; the act listed before it keeps its own reading
  {"fragment":"开展国企助力乡村振兴、“乡村振兴合伙人”引育行动，推","expected":[{"text":"“乡村振兴合伙人”引育行动","start":11,"end":24,"name":"“乡村振兴合伙人”引育行动","fields":{"kind":"PROGRAM","noun":"行动"}}]},
  // 浙江 2026: items that are things (算力、数据) name what one programme covers, and share nothing
  {"fragment":"优开源开放生态，统筹实施算力、数据、大模型基础性工程，积极推动芯片等领域","expected":[{"text":"大模型基础性工程","start":18,"end":26,"name":"大模型基础性工程","fields":{"kind":"PROGRAM","noun":"工程"}}]},
  // 贵州 and 甘肃 2026: a lead verb right before a programme's head is a word of its name after what it acts on
  // (理工科 + 强化 + 行动); the listed acts share the head
  // 江苏, 湖南 2026: a verb right after a launch verb opens the programme's name; 陕西, 天津 2026: not a second launch
  // verb or a word of pace (启动实施, 实施加快)
  {"fragment":"推进新型城镇化。开展推进城市高质量发展行动和城市更新行","expected":[{"text":"推进城市高质量发展行动","start":10,"end":21,"name":"推进城市高质量发展行动","fields":{"kind":"PROGRAM","noun":"行动"}}]},
  {"fragment":"升级。扩大增量，实施新增规模以上工业企业行动，力争新增规","expected":[{"text":"新增规模以上工业企业行动","start":10,"end":22,"name":"新增规模以上工业企业行动","fields":{"kind":"PROGRAM","noun":"行动"}}]},
  {"fragment":"改造等项目建设。启动实施城市更新三年行动，有序推进保","expected":[{"text":"城市更新三年行动","start":12,"end":20,"name":"城市更新三年行动","fields":{"kind":"PROGRAM","noun":"三年行动"}}]},
  {"fragment":"。提质文旅产业，实施加快文化产业高质量发展三年行动，深化与文旅","expected":[{"text":"文化产业高质量发展三年行动","start":12,"end":25,"name":"文化产业高质量发展三年行动","fields":{"kind":"PROGRAM","noun":"三年行动"}}]},
  // 上海, 内蒙古 2026: plans named without 《》 (加快 is the clause's)
  {"fragment":"营商环境。实施优化营商环境2026年行动方案，在政务","expected":[{"text":"优化营商环境2026年行动方案","start":7,"end":22,"name":"优化营商环境2026年行动方案","fields":{"kind":"PLAN","noun":"行动方案"}}]},
  {"fragment":"业链，出台加快发展生物制造产业实施方案，培育","expected":[{"text":"发展生物制造产业实施方案","start":7,"end":19,"name":"发展生物制造产业实施方案","fields":{"kind":"PLAN","noun":"实施方案"}}]},
  {"fragment":"为省级教育部门主管。实施理工科强化行动，理工类","expected":[{"text":"理工科强化行动","start":12,"end":19,"name":"理工科强化行动","fields":{"kind":"PROGRAM","noun":"行动"}}]},
  {"fragment":"开展“双百”、科改示范、一流企业创建行动。","expected":[{"text":"科改示范","start":7,"end":11,"name":"科改示范行动","fields":{"kind":"PROGRAM","noun":"行动"}},{"text":"一流企业创建行动","start":12,"end":20,"name":"一流企业创建行动","fields":{"kind":"PROGRAM","noun":"行动"}}]},
  // 吉林 2026: organisations listed before a reform are what it reforms, not reforms of their own
  { fragment: '深化省国资运营集团、金控集团、资产公司功能性改革，抓好吉', expected: [named('资产公司功能性改革', 15, 'REFORM', '改革')] },
  // 山东 2026: rural commercial banks (农商行) are organisations too
  { fragment: '计划，推动农商行、村镇银行改革重组，深化城商行', expected: [named('村镇银行改革', 9, 'REFORM', '改革')] },
  // 云南 2026: a count after a designation counts the places given it; the designation stays
  { fragment: '态平衡。累计创建国家生态文明建设示范区23个、', expected: [named('国家生态文明建设示范区', 8, 'PILOT', '示范区')] },
  // seed line 42: 自贸试验区 is one word to the segmenter (jieba alone splits off 自 as a preposition)
  { fragment: '台能级,实施自贸试验区提升战略,新培', expected: [named('自贸试验区提升战略', 6, 'STRATEGY', '战略')] },
  // 云南 and 山东 2026: a section's number or a heading's dash opens no name
  {"fragment":"（三）美丽云南建设取得决定性进展。","expected":[{"text":"美丽云南建设","start":3,"end":9,"name":"美丽云南建设","fields":{"kind":"PROGRAM","noun":"建设"}}]},
  {"fragment":"——美丽山东建设实现新跃升。能源绿色低碳","expected":[{"text":"美丽山东建设","start":2,"end":8,"name":"美丽山东建设","fields":{"kind":"PROGRAM","noun":"建设"}}]},
  // 广西 2026: what is done with the policies (保持) is no part of their name
  {"fragment":"化完善监测帮扶体系，保持帮扶政策和重点帮扶县数量总体稳定","expected":[{"text":"监测帮扶体系","start":3,"end":9,"name":"监测帮扶体系","fields":{"kind":"SYSTEM","noun":"体系"}},{"text":"帮扶政策","start":12,"end":16,"name":"帮扶政策","fields":{"kind":"MEASURES","noun":"政策"}}]},
  // 山西 2026: science programmes the state funds by field; a name that opens the text with its own quote
  // is inside no quote that closes later (“零的突破”)
  { fragment: '“四大慢病”国家科技重大专项实现“零的突破”，', expected: [named('“四大慢病”国家科技重大专项', 0, 'PROGRAM', '科技重大专项')] },
  { fragment: '领域项目，积极争取煤炭2030国家科技重大专项。总投资', expected: [named('煤炭2030国家科技重大专项', 9, 'PROGRAM', '科技重大专项')] },
  // 甘肃 2026, 贵州 2026: 农房 (farmhouses) is one word, not a bound 农 that cuts the name to 房抗震改造
  { fragment: '小区6594个。完成农房抗震改造14.41万', expected: [named('农房抗震改造', 10, 'PROGRAM', '改造')] },
  { fragment: '完成农村危房改造和农房抗震改造7500户左右', expected: [named('农房抗震改造', 9, 'PROGRAM', '改造')] },
  // 宁夏, 陕西, 江西 and 贵州 2026: words the segmenter used to cut (农/zg 商行, 用/p 地质, 比较/d 优势) start no name
  { fragment: '理水平。完成全区农商行统一法人改革。严厉', expected: [named('农商行统一法人改革', 8, 'REFORM', '改革')] },
  { fragment: '。推动农商行统一法人制度改革，推广知识产', expected: [named('农商行统一法人制度改革', 3, 'REFORM', '改革')] },
  { fragment: '机制，开展开发区用地质效提升攻坚行动，探索', expected: [named('开发区用地质效提升攻坚行动', 5, 'PROGRAM', '攻坚行动')] },
  { fragment: '”，深入实施强化比较优势战略，持续扩大', expected: [named('比较优势战略', 8, 'STRATEGY', '战略')] },
  // 江苏, 广东, 云南 and 西藏 2026: a character jieba reads as a bare morpheme (智, 农, 分 tagged zg) is part of the name
  { fragment: '扩面提质，进一步健全失能失智老人照护体系。今年将办好', expected: [named('失能失智老人照护体系', 10, 'SYSTEM', '体系')] },
  { fragment: '养老助餐点建设。健全失能失智老年人照护体系，推行长期护', expected: [named('失能失智老年人照护体系', 10, 'SYSTEM', '体系')] },
  { fragment: '致贫。深入实施新一轮促农增收行动，壮大乡村特', expected: [named('促农增收行动', 10, 'PROGRAM', '行动')] },
  { fragment: '护社会大局稳定。完善反分维稳工作机制，严厉打击各', expected: [named('反分维稳工作机制', 10, 'SYSTEM', '机制')] },
  // 安徽 2026: a mechanism two places hold takes in the first, whom 与 joins
  { fragment: '命老区振兴发展，落实上海与六安对口合作机制，培育壮大特', expected: [named('上海与六安对口合作机制', 10, 'SYSTEM', '机制')] },
  // 山东 2026, 山西 2026, 陕西 2026: a campaign year a province declares
  {"fragment":"动。开展优化营商环境提升年活动，加快政","expected":[{"text":"优化营商环境提升年活动","start":4,"end":15,"name":"优化营商环境提升年活动","fields":{"kind":"PROGRAM","noun":"年活动"}}]},
  {"fragment":"资。持续开展重大项目建设年活动，优化实","expected":[{"text":"重大项目建设年活动","start":6,"end":15,"name":"重大项目建设年活动","fields":{"kind":"PROGRAM","noun":"年活动"}}]},
  {"fragment":"深化营商环境突破年活动，办好政","expected":[{"text":"营商环境突破年活动","start":2,"end":11,"name":"营商环境突破年活动","fields":{"kind":"PROGRAM","noun":"年活动"}}]},
  // 甘肃 2026: jieba joins the modifier to the chain's first head (国企改革), whose part before the head says which
  {"fragment":"国企改革三年行动、深化提升行动高质量收官，完成能化、水利","expected":[{"text":"国企改革三年行动","start":0,"end":8,"name":"国企改革三年行动","fields":{"kind":"PROGRAM","noun":"三年行动"}}]},
  // 山东, 吉林 2026: a count before a pilot counts the pilots of one name; a pilot stays one before its reach
  {"fragment":"模突破1100万千瓦。42个源网荷储一体化试点加快推进，威海碳纤维","expected":[{"text":"源网荷储一体化试点","start":14,"end":23,"name":"源网荷储一体化试点","fields":{"kind":"PILOT","noun":"试点"}}]},
  {"fragment":"发展，扩大基础教育资源配置、中小学教师“县管校聘”试点范围，实施县域高中振兴行动","expected":[{"text":"中小学教师“县管校聘”试点","start":14,"end":27,"name":"中小学教师“县管校聘”试点","fields":{"kind":"PILOT","noun":"试点"}},{"text":"县域高中振兴行动","start":32,"end":40,"name":"县域高中振兴行动","fields":{"kind":"PROGRAM","noun":"行动"}}]},
];

const nonMatches: string[] = [
  // the cover of a 政策范围内 expense is no policy's reach (浙江 2026)
  '住院分娩等政策范围内',
  // 北京 2026: water drawn into parks is works (policy-works-markers.txt 引水), no programme
  '都特色风貌，实施绿隔地区引水入园工程，推进',
  // several 2026 reports: 发展格局 needs a quote, a digit or a place (新发展格局 is a slogan)
  '主动服务和融入新发展格局，',
  // 北京 2026: planning and building a metro line is the line's works, a project (ProjectMetroRule's)
  '推动轨道交通M102线规划建设，完成',
  '段铁路建设。有序实施G109、G219、G318、G695提质改造和G214加卡至邦达机场段建设。', // 西藏 2026: works on national roads (ProjectNationalRoadRule)
  // 吉林 2026: what the work stresses (注重) opens no name
  '好改革关键一招，更加注重改革实效，以开放促改',
  // 北京, 河北 2026: a zone two places name together is an area they plan, no pilot of the second place's
  '域协同发展，扎实推进通州区与北三县一体化高质量发展示范区建设，白庙南北检',
  '等领域合作持续深化，通州区与廊坊北三县一体化高质量发展示范区、廊坊临空经',
  // 内蒙古 2026: 开行动车 runs bullet trains (开行 动车), no 行动 programme
  '锡林郭勒盟、阿拉善盟开行动车。加快建设临河至哈密',
  '滨洲铁路（齐海满段）开行动车改造工程前期工作。新',
  // 海南 and 湖北 2026: what is done with policies as a whole (没有, 保持) names no kind of policy
  '抓紧干，政策之内抢着干，没有政策探索干，争当',
  '标协调、时度效有机统一，保持政策取向一致性，在多维',
  // 安徽 2026: a plan named by no words of its own
  '发展。制定一体推进的实施方案，强',
  // 天津, 安徽 and 湖南 2026: the verb before a head is the clause's after a manner (多措并举, 动真碰硬) and before an
  // everyday head (开工建设)
  '生态环保攻坚治理。多措并举推进工程减排',
  '分层分类开展警示教育，动真碰硬开展专项整治',
  // 甘肃, 上海, 新疆 2026: a bare 整治 with no quote or place is the work itself, named by what it cleans up
  '安置房，推进物业服务突出问题整治。前进道',
  '完成141公里架空线入地和杆箱整治，建成116个',
  '提升旅游服务品质，加强市场秩序整治，发挥旅游带动就业',
  '转型发展方案获国家批复，长沙奥体中心开工建设。',
  // 湖南 2026, 河北 2026: how deep or how much a reform matters names no reform
  '改革开放新活力。统筹推进深层次改革和高',
  '金融“五篇大文章”，推动标志性改革举措落地',
  // 新疆 2026: a count right after the head makes it a verb with its object
  '企、区属国企在南疆投资布局一批支撑条件',
  // 湖北 2026: 依靠 leads the clause, and 政府 is a generic word (name-generic-words.txt): 政府政策 names nothing
  '在资本市场募资培育方面，依靠政府政策引导、专项培育与服务对接，促进',
  // 广东 2026: 排查治理 of generic words and no list is no campaign of its own
  '查+重点详查”，提升风险隐患排查治理质效。加',
  // 湖南 2026: before another head the verb is the clause's (a venue whose building started, no programme)
  '转型发展方案获国家批复，长沙奥体中心开工建设。岳阳港货物',
  // 云南 2026, 广西 2026: a body and a purpose verb before no mechanism (an inspection)
  '创新做法入选国务院推动高质量发展综合督查典型案例，磨憨镇固定资产投资',
  '案全部办结。国务院推动高质量发展综合督查、审计监督、统计督察等反馈问题整',
  // seed line 41: 关键环节 is one generic word (name-generic-words.txt)
  '三是推动重点领域和关键环节改革。大力推进',
  // 福建 2026
  '制机制，深化重点领域和关键环节改革，积极',
  // 浙江 2026: after quoted names the phrase is their kind
  '、单列管理、“先用后转”等集成改革，推进专',
  // seed line 40: 用户 says whose system it is (name-generic-words.txt), though 基本 no longer ends the reading
  '迭代升级“渝快政”，用户体系基本实现市、区县、乡镇(街道)',
  // 广东 2026: a run of -化 goals is no reform
  '态环境优势、市场化法治化国际化一流营商环境',
  // 江苏 2026: a zone named by a macro-region is an area (RegionNamedAreaRule's), not a pilot
  '发展，高质量建设长三角生态绿色一体化发展示范区。强化',
  // 宁夏 2026: a chain whose first head is only another head names nothing (发展 + 先行区建设)
  '生态保护和高质量发展先行区建设为牵引',
  // 广西 2026, 江苏 2026: building a network is works (policy-works-markers.txt), not a programme
  '目208个。完成南宁国际通信业务出入口局网络主体建设。建设广西人',
  '设施，加快5G-A网络建设，推进万兆光',
  // 天津 2026: other counted things are kinds of works, not names
  '房改造，完成4个城中村改造。',
  // 河南 2026, 辽宁 2026, 江苏 2026: building a place itself is no programme (an area; a place and generic words)
  '加快郑州都市圈建设，出台郑开同城化发展规划',
  '支持营口片区建设陆港枢纽产业园。',
  '为江苏现代化建设指明了前进方向',
  // seed line 44: building measured in land is works (ProjectQuotedWorksRule's), not a programme
  '加强生态修复和系统治理,完成“两岸青山·千里林带”建设38.3万亩,统筹推进',
  // seed line 22, 福建 2026: building platforms is works, not a programme (a platform is no policy)
  '深化共建川渝万达开统筹发展示范区等川渝毗邻地区合作功能平台建设,推进',
  '，完善“台胞寻根平台”建设，强化',
  // 新疆 2026: 坚决 opens the clause; 坚决整治 names no campaign
  '中解脱出来。坚决整治新官不理旧账问题，',
  // 甘肃 2026: inside an open quote the name runs to the closing quote (a designation, 示范市)
  '全国文明城市。酒泉获评“平安中国建设示范市”。张掖',
  // 上海, 内蒙古, 天津 2026: 型 after the head makes it an adjective (institutional opening), not a named system
  '稳步扩大制度型开放',
  // 云南 2026: 战略 only modifies 性新兴产业 (not a word end)
  '积极培育发展战略性新兴产业和未来产',
  // 宁夏 2026: 政策性金融工具 is a financial instrument, 政策 modifies it
  '充分运用新型政策性金融工具，完',
  // seed line 10: a counted thing (8项政策), not a name
  '8项政策实现“免申即享”“直补快办”',
  // seed line 5: 建设 of a whole place is building the region, not a named programme
  '工作安排,坚持以成渝地区双城经济圈建设市委',
  // seed line 53: works on a project (特高压交流工程) are a project, not a policy
  '加快推进川渝特高压交流工程建设,启动建',
  // 甘肃 2026: a 工程 started or built is works, a project
  '电入鲁工程建成投运，陇电入浙工程开工建设，陇电入',
  // seed lines 10 and 64: right after a list's 等 the phrase is the kind of what is listed
  '深入实施“就在山城”“渝创渝新”等就业创业促进计划,组织',
  '城中村、老旧小区等旧城改造,加快城',
  // seed line 42: a count right after the phrase counts things of a kind
  '各方组织实施团组计划15个,达成',
  // 广西 2026: a free-trade zone is an area, not a pilot (policy-zone-ends.txt)
  '优化为120个。广西自贸试验区新增3项改革',
  // seed line 21: 工作 that runs on into a meeting names the meeting, not the zone
  '打造成为成渝地区双城经济圈建设先行区工作座谈会,印',
  // seed line 54 and 青海 2026: building a named base or platform is that facility's works, a project
  '推进三峡库区应急救援基地建设,成功处置',
  '高效推进格尔木东、海南清洁能源基地建设，推动青桂',
  // 甘肃, 江西 2026: building a named institute is a project too (project-institution-heads.txt)
  '加快甘肃高等研究院建设。',
  '积极推进江西高等研究院建设，优化重塑大',
  // seed line 31: a 《》 title is the title rule's, not a bare name
  '印发实施《重庆市中心城区城市重点功能片区体系规划》',
  // 天津 2026: a pilot zone's system innovation, no name (the joined word is the zone's)
  '集成发力，自贸试验区制度创新指数连续五年排名全国第三',
  // 天津 2026: the count counts towns, whose pilot tasks are no name
  '完成6个镇土地延包试点任务，农村集体经济',
  // 内蒙古, 青海 2026: a measured quantity opens the phrase, what it measures is no policy's name
  '电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造，优良天数比',
  '消费活力不断释放，20.3亿元以旧换新补贴拉动消费215亿元，',
];

describe('PolicyNamedRule', () => ruleTable(PolicyNamedRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
