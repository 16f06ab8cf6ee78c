import { alternation } from '../../lexicon/alternation';
import type { Lexicon } from '../../lexicon/Lexicon';
import { perLexicon } from '../../lexicon/perLexicon';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { nameStart } from '../../text/nameStart';
import { PROPER_NOUN_TAGS } from '../../text/properNounTags';
import { SERVICE_LINE } from '../../text/serviceLine';
import type { Word } from '../../text/segment';
import type { PassageContext } from '../Rule';
import { wordsOf } from '../wordsOf';

const ADJECTIVE_SUFFIX = new Set(['型', '性']);
// a numeral word that counts what follows (一批, 一系列, 3个): the object of a verb
const COUNT_WORD = /^(?:一批|一系列|[\d一二三四五六七八九十两]+[个项家批条座])$/;

export interface NamedHead {
  head: string;
  kind: string;
  /** the modifier must hold a quote or a place name: 平安重庆建设, “三送一访”活动 — a bare 建设 or 活动 is a verb */
  needsProperNoun: boolean;
  /** the head also ends construction works: a modifier holding a project makes the phrase works (…工程建设) */
  endsWorks: boolean;
  /** a 、-list of short items before the name shares the head (蓝天、碧水、净土保卫战: three campaigns) */
  shared: boolean;
  /**
   * the head is shared only by items that are acts, ending in a verb (实施钾盐高效利用、锂盐量质提升…工程: each an act
   * of its own); items that are things (算力、数据、大模型基础性工程, 中汽中心、中汽工程) name what one programme covers
   */
  sharedByActs: boolean;
  /** the head names a body only where the text founds it (成立省足球运动管理中心): elsewhere it is a facility or a kind */
  onlyFounded: boolean;
  /** with `needsProperNoun`, a place alone names it (石嘴山高新区: a zone is called by its place), not only more */
  namedByPlace: boolean;
}

export interface NamedPhrase {
  /** [start, end) in the passage's normalised text */
  start: number;
  end: number;
  /** the head that closed the name (the last of a chain: 改革 + 试点 → 试点) */
  head: NamedHead;
  /** what stands before the head */
  modifier: string;
}

interface HeadSet {
  /** every head, longest first (a leftmost-longest scan) */
  pattern: RegExp;
  byHead: ReadonlyMap<string, NamedHead>;
  stops: ReadonlySet<string>;
  /** compounds a stop opens inside a name (name-stop-compounds.txt: 高质量发展) */
  compounds: readonly string[];
  generic: ReadonlySet<string>;
  /** nouns after a head that leave it the end of the name (工作: “三社”融合工作) */
  fillers: ReadonlySet<string>;
  /** adverbs jieba tags as nouns: after a head they open the predicate (…骨架网基本形成, …体系精准招商) */
  adverbs: ReadonlySet<string>;
  /** the verbs that lead a quoted name's qualifier (policy-qualifier-stops.txt: 优化, 拓展) */
  qualifierStops: ReadonlySet<string>;
}

const MAX_NAME = 20;
// a quote or a Latin name marks a proper name; digits do not (1010公里在建项目 is a count, “1+2+6+N” has quotes),
// except a public service line's number opening the name (text/serviceLine.ts)
const PROPER = new RegExp(`[“”]|\\p{Script=Latin}|${SERVICE_LINE.source}`, 'u');
const SCOPE = /^(?:我省|我市|我区|全省域|全市域|全省|全市|全区|本市|本省|各地|各级)/;
// a date before a name says when, not which: 2023年国家骨干冷链物流基地 → 国家骨干冷链物流基地
const DATE = /^(?:\d{4}年(?:\d{1,2}月)?|今年|去年|明年|上半年|下半年)/;
// an order before a name says which in turn, not which one: 首批国家级零碳园区, 首个沙戈荒大基地 → the rest
const ORDER = /^(?:全国首批|全国首个|首批|首个|第一批|第二批)/;
const DIRECTION = /^(?:西部|东部|中部|东北|西南|西北|中西部)/;
const PLACE_ORDER = /^([\u4e00-\u9fa5]{2,4}?)(?:首批|首个|第一个)/;
// jieba's tags of common nouns (not ns/nr/nt: names, which jieba also tags on mis-segmented verbs like 开港)
const COMMON_NOUN = new Set(['n', 'ng', 'nz', 'vn', 'an']);
// a count or a date in the modifier: 8项政策, 推出108条改革, 3个新能源项目建设, 1—6月计划 are counted things
const QUOTED = /“[^“”]*”/g;
// a count with 大/小 or alone: “五大中心”, “十小项目”, “117项目” count things of a kind; “两平台一中心” names its parts
// a rank the report gives a facility it builds: 具有全国影响力的, 具有国际竞争力的
const RANK = /具有\p{Script=Han}{0,4}(?:影响力|竞争力)的$/u;
const COUNT_OPENING = /^[\d一二三四五六七八九十百千万两]+(?:[大小个]|$)/;
const COUNT_BEFORE = /[\d一二三四五六七八九十百千万两]+[个所家座处项批]$/;
const CLAUSE_END = /^(?:$|[，。；、,;:：!?）)])/;
const LEADING_COUNT = /^[\d一二三四五六七八九十百千万两]+(?:个|项|家|座|处)/;
// the pilot head proper (试点, 综合试点), and what a pilot has that leaves it the name
const PILOT_HEAD = /试点$/;
const PILOT_HAS = /^(?:范围|经验|建设)/;
// the results of any named thing leave it the name (规范涉企行政执法专项行动成效显著: 广西 2026), and so do its reach and
// force (扩大学生营养改善计划范围, 扩大失业、工伤保险制度覆盖面, 加大…普惠政策力度); not the cover of a 政策范围内 expense
const RESULTS = /^(?:成效|范围(?!内)|覆盖面|力度)/;
// a place word a count may count (6个镇, 10个县)
const PLACE_UNIT = /^[镇县市区村乡省州盟旗]$/;
const NATIONAL = /^(?:国家|全国|“)/;
const UNIFIED = /一体化/;
/** The state's own designation opening a name (国家区域医疗中心, 国家碳计量中心), not the level word 国家级. */
export const NATIONAL_DESIGNATION = /^国家(?!级)/;
const COUNTED = /[\d一二三四五六七八九十百千万两]+[余多]?(?:个|项|条|次|家|批|座|处|类|大类|月|所|户|名)/;
// the ordinal of a recurring programme counts nothing (第四次全国农业普查, 第五次经济普查)
const ROUND = /第[\d一二三四五六七八九十]+次/g;

const headSets = new Map<string, (lex: Lexicon) => HeadSet>();

/**
 * The heads of one data file (`head|KIND|proper`), compiled once per lexicon, with the shared lead-verb stops
 * (name-stops.txt) and the generic words that name nothing on their own (name-generic-words.txt).
 */
const FLAGS = new Set(['proper', 'place', 'works', 'shared', 'shared-acts', 'founded']);

export function headSet(file: string, kinds: ReadonlySet<string>): (lex: Lexicon) => HeadSet {
  let get = headSets.get(file);
  if (!get) {
    get = perLexicon((lex) => {
      const patterns = lex.words(file).map((line) => {
        const [head, kind, flagList = ''] = line.split('|').map((s) => s.trim());
        if (!kinds.has(kind)) throw new Error(`${file}.txt: unknown kind ${kind} for ${head}`);
        const flags = flagList.split(',').filter(Boolean);
        for (const f of flags) if (!FLAGS.has(f)) throw new Error(`${file}.txt: unknown flag ${f} for ${head}`);
        return { head, kind, needsProperNoun: flags.includes('proper') || flags.includes('place'), namedByPlace: flags.includes('place'), endsWorks: flags.includes('works'), shared: flags.includes('shared'), sharedByActs: flags.includes('shared-acts'), onlyFounded: flags.includes('founded') };
      });
      return {
        pattern: alternation(patterns.map((p) => p.head)),
        byHead: new Map(patterns.map((p) => [p.head, p])),
        stops: new Set(lex.words('name-stops')),
        compounds: lex.words('name-stop-compounds'),
        fillers: new Set(lex.words('name-head-fillers')),
        adverbs: new Set(lex.words('name-head-adverbs')),
        generic: new Set(lex.words('name-generic-words')),
        qualifierStops: new Set(lex.words('policy-qualifier-stops')),
      };
    });
    headSets.set(file, get);
  }
  return get;
}

const wordEnds = (words: readonly Word[]) => new Set(words.map((w) => w.end));

// a level word after a place makes the place the holder of a designation: 九龙坡区国家城市更新试点, 巴南国家骨干冷链物流基地
const DESIGNATION_LEVEL = /^(?:国家|全国|省级|市级)/;

/**
 * The length of a place that opens `modifier` and holds the designation after it (九龙坡区 in 九龙坡区国家城市更新试点:
 * the district was given the national pilot), or 0. The place stays a mention of its own, and the designation
 * reads as the guide names it (国家城市更新试点), so the relation rules can tie the two.
 */
function holderLength(modifier: string, isPlace: (s: string, whole?: boolean) => boolean): number {
  for (let n = Math.min(modifier.length - 2, 8); n >= 2; n--) {
    if (DESIGNATION_LEVEL.test(modifier.slice(n)) && isPlace(modifier.slice(0, n), true)) return n;
  }
  return 0;
}

/** `isPlace(s)`: whether `s` holds a place of the gazetteer; `isPlace(s, true)`: whether `s` is one. */
export function placeTest(lexicon: Lexicon): (s: string, whole?: boolean) => boolean {
  const index = RegionIndex.of(lexicon);
  return (s, whole = false) => (whole ? index.gazetteer.lookup(s).length > 0 : index.gazetteer.find(s).length > 0);
}

/** Whether the modifier says which one: something left after its generic words, or a quote, digit or Latin name. */
function specific(modifier: string, words: readonly Word[], from: number, generic: ReadonlySet<string>): boolean {
  if (PROPER.test(modifier)) return true;
  const own = words.filter((w) => w.start >= from && w.end <= from + modifier.length && !generic.has(w.text));
  return own.reduce((n, w) => n + w.text.length, 0) >= 2;
}

/**
 * Names closed by a head word of `file` (战略, 改革, 保卫战 … or 平台, 基地, 商圈 …): the head must end a word and
 * end the phrase (a noun right after it means the head only modifies it), heads chain (改革 + 试点), and the name
 * runs left to the nearest lead verb, conjunction or punctuation (text/nameStart.ts). Scope words (我市, 全省) are
 * dropped from its start. A name whose modifier is only generic words (工作机制, 支持政策, 现代化产业体系) names
 * nothing and is skipped, and so are counted things (8项政策). `isPlace(s)` says whether `s` holds a place,
 * `isPlace(s, true)` whether `s` is one; `isWorks(modifier)` whether it names construction (heads flagged `works`);
 * `options.holders`: a place before a level word (国家, 全国, 省级, 市级) holds the designation and is left out of
 * its name (九龙坡区国家城市更新试点 → 国家城市更新试点): 'always' for designations; facilities and bodies keep their
 * places (沈阳国家级数据标注基地, 大湾区国家技术创新中心: the place is part of what the facility is called).
 */
// the heads a lead verb right before may be a word of (…协同推进机制; 理工科强化行动, 一流企业创建行动)
const VERB_NAMED_KINDS = new Set(['SYSTEM', 'PROGRAM']);
const OBJECT_TAGS = /^(?:n|l$|j$|vn$)/;

export function namedPhrases(
  ctx: PassageContext,
  heads: HeadSet,
  isPlace: (name: string, whole?: boolean) => boolean,
  isWorks: (modifier: string) => boolean = () => false,
  options: { holders?: 'always'; quotedNames?: boolean; nounAfter?: boolean; verbBeforeHead?: boolean; doneTo?: boolean } = {},
): NamedPhrase[] {
  const text = ctx.text;
  const words = wordsOf(ctx);
  const ends = wordEnds(words);
  const out: NamedPhrase[] = [];
  const hits = [...text.matchAll(heads.pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, data: heads.byHead.get(m[0])! }));
  for (let h = 0; h < hits.length; h++) {
    const first = hits[h];
    let last = first;
    // a chain of heads is one name: 要素市场化配置综合改革试点, 行动计划
    let everyday = first.data.needsProperNoun;
    while (h + 1 < hits.length && hits[h + 1].start === last.end) {
      last = hits[++h];
      everyday &&= last.data.needsProperNoun;
    }
    // a one-character head at the end of a longer word is that word's (先行 of 先行先试, 银行): no head (行, 周) at all
    if (first === last && first.end - first.start === 1 && words.some((w) => w.start < first.start && w.end >= first.end)) continue;
    // jieba may join a filler to the head (试点工作 in …整省试点工作。): the head still ends the name when the filler
    // ends the clause
    const joined = ends.has(last.end) ? undefined : words.find((w) => w.start < last.end && last.end < w.end);
    const joinedFiller = joined !== undefined && heads.fillers.has(text.slice(last.end, joined.end)) && CLAUSE_END.test(text.slice(joined.end, joined.end + 1));
    if (!ends.has(last.end) && !joinedFiller) continue;
    // a common noun right after the head makes the head its modifier (政策性金融, 战略合作协议); a place or a
    // verb after it does not (…作业区开港运营, …国家文化公园贵州段)
    const next = words.find((w) => w.start === last.end);
    // a filler (工作) that ends the clause leaves the head the end of the name; one that runs on names something
    // else (…先行区工作座谈会, …新通道工作推进大会: meetings)
    const filler = next !== undefined && heads.fillers.has(next.text) && /^(?:$|[，。；、,;:：!?）)])/.test(text.slice(next.end, next.end + 1));
    // a pilot stays one before its reach, lessons or building (“县管校聘”试点范围, 自由贸易试验区改革试点经验,
    // 盐碱地改造国家试点建设), and any named thing before its results (…专项行动成效显著)
    const pilot = PILOT_HEAD.test(text.slice(first.start, last.end));
    // with `doneTo` (facilities), a verbal noun that closes the clause is what is done to the named thing (支持…铜川高端铝
    // 产业基地发展，: 陕西 2026); a policy's head before one is half a compound (行业协会商会改革发展)
    const doneTo = options.doneTo === true && next !== undefined && next.tag === 'vn' && CLAUSE_END.test(text.slice(next.end, next.end + 1));
    if (!options.nounAfter && !(pilot && PILOT_HAS.test(text.slice(last.end))) && !RESULTS.test(text.slice(last.end)) && next && COMMON_NOUN.has(next.tag) && !heads.stops.has(next.text) && !filler && !doneTo && !heads.adverbs.has(next.text)) continue;
    // 型 and 性 right after the head make it an adjective whatever the segmenter says (制度型开放, 战略性产业)
    if (ADJECTIVE_SUFFIX.has(text[last.end])) continue;
    // a count right after the head makes it a verb with its object (在南疆投资布局一批支撑…项目: 新疆 2026)
    if (next && next.tag === 'm' && COUNT_WORD.test(next.text)) continue;
    let start = nameStart(text, words, first.start, { maxLength: MAX_NAME, stops: heads.stops, compounds: heads.compounds });
    // with `verbBeforeHead` (policies), a lead verb right before a system's noun head (机制, 制度, 体系, 模式) is what the
    // system does, a word of its name (生态产品价值实现机制, 重大工程协同推进机制, 企业职工基本养老保险全国统筹制度):
    // the walk goes on past it; before other heads the verb is the clause's (加强改革, 开展试点, 开工建设)
    if (options.verbBeforeHead === true && start === first.start && VERB_NAMED_KINDS.has(first.data.kind) && /^(?:n|vn)/.test(words.find((w) => w.start === first.start)?.tag ?? '')) {
      const verb = words.find((w) => w.end === first.start);
      // before a programme the verb is the name's only after what it acts on, a noun (理工科强化行动; not 多措并举
      // 推进工程减排, 动真碰硬开展专项整治: the clause's manner and its verb)
      const object = verb && words.find((w) => w.end === verb.start);
      // and never before an everyday head (开工建设, 获批建设: the clause's verbs)
      const acted = first.data.kind === 'SYSTEM' || (!first.data.needsProperNoun && object !== undefined && OBJECT_TAGS.test(object.tag));
      if (verb && acted && verb.tag.startsWith('v') && heads.stops.has(verb.text)) {
        const before = nameStart(text, words, verb.start, { maxLength: MAX_NAME - verb.text.length, stops: heads.stops, compounds: heads.compounds });
        if (before < verb.start) start = before;
      }
    }
    // with `verbBeforeHead`, a lead verb right after a launch verb opens the programme's name (开展扩大有效投资专项行动,
    // 开展推进城市高质量发展行动): the launch verb is the clause's, the lead verb says what the programme does
    if (options.verbBeforeHead === true && start < first.start && first.data.kind === 'PROGRAM' && !first.data.needsProperNoun) {
      const verb = words.find((w) => w.end === start);
      const launch = verb && words.find((w) => w.end === verb.start);
      // (not a second launch verb or a word of pace: 启动实施…, 实施加快…)
      if (verb && launch && verb.tag === 'v' && verb.text.length === 2 && LAUNCH_VERBS.get('PROGRAM')!.has(launch.text) && !LAUNCH_VERBS.get('PROGRAM')!.has(verb.text) && !PACE.has(verb.text)) start = verb.start;
    }
    // a verb right before an opening quote is the clause's, not the name's: the quote opens the name (创新“党建+网格+
    // 大数据”模式 → “党建+网格+大数据”模式); a verbal noun only when it leads qualifiers too (policy-qualifier-stops.txt:
    // 优化“三极一带一区”发展格局), since most are topics (旅游“全程有氧”行动试点)
    const opener = words.find((w) => w.start === start);
    const leads = opener !== undefined && (opener.tag === 'v' || (opener.tag === 'vn' && heads.qualifierStops.has(opener.text)));
    if (opener && leads && opener.text.length > 1 && text[opener.end] === '“' && opener.end < first.start) start = opener.end;
    // with `quotedNames` (projects), a standing phrase of rank before the name is part of it: 具有全国影响力的科技创新中心
    const rank = options.quotedNames === true ? RANK.exec(text.slice(Math.max(0, start - 12), start)) : null;
    if (rank) start -= rank[0].length;
    for (const lead of [SCOPE, DATE, ORDER]) {
      const m = lead.exec(text.slice(start, first.start));
      if (m) start += m[0].length;
    }
    // a place before the order is where it ranks first, not part of the name: 建成西部首个省级住建领域CIM基础平台 →
    // 西部 + 省级住建领域CIM基础平台; the place stays a mention of its own
    const ranked = PLACE_ORDER.exec(text.slice(start, first.start));
    if (ranked && isPlace(ranked[1], true)) start += ranked[0].length;
    // a place holding a designation is not part of its name, when what is left still names one (九龙坡区 + 国家城市
    // 更新试点, but 常州国家级零碳园区 stays whole: 国家级零碳园区 alone is a kind of park)
    // With 'always' a phrase whose head is everyday then names nothing and the designation inside it is read
    // (九龙坡区国家城市更新试点城市建设 → 国家城市更新试点).
    const holder = options.holders === 'always' ? holderLength(text.slice(start, first.start), isPlace) : 0;
    if (holder > 0 && specific(text.slice(start + holder, first.start), words, start + holder, heads.generic)) start += holder;
    // a count that opens a national or quoted designation counts the places given it (新增4个国家生态文明建设示范区,
    // 4个“两山”实践创新基地): the name follows it; other counted things are kinds (完成4个城中村改造, 推进100个标志性工程)
    const opening = LEADING_COUNT.exec(text.slice(start, first.start));
    // …and so does a count before a pilot (开展10个两业融合省级试点, 实施16处大宗工业固废回填试点), unless what it counts
    // is a place word (完成6个镇土地延包试点任务: towns)
    const counted = opening && words.find((w) => w.start === start + opening[0].length);
    if (opening && last.data.kind === 'PILOT' && (NATIONAL.test(text.slice(start + opening[0].length, first.start)) || (pilot && !PLACE_UNIT.test(counted?.text ?? '')))) start += opening[0].length;
    // so does a count before a national programme's facility (开工建设3个国家区域医疗中心: three of them, one name)
    else if (opening && options.quotedNames === true && !everyday && NATIONAL_DESIGNATION.test(text.slice(start + opening[0].length, first.start))) start += opening[0].length;
    const modifier = text.slice(start, first.start);
    // several quoted names on one head are several policies, PolicyQuotedRule's: “走找想促”“送解优”行动
    // a count inside quotes is part of a slogan (“四个全面”战略布局), not a count of things
    if (modifier.length < 2 || COUNTED.test(modifier.replace(QUOTED, '').replace(ROUND, '')) || modifier.includes('”“')) continue;
    const head = last.data;
    // a national level word before a head that names a kind of facility on its own makes a national programme's
    // facility (国家区域医疗中心, 国家医学中心), though every word of the modifier is generic
    const national = options.quotedNames === true && !everyday && modifier.startsWith('国家') && !modifier.startsWith('国家级');
    // 一体化 before a platform, system or network makes it the one integrated platform of its government (一体化智能化
    // 公共数据平台, 一体化数字资源系统) or the one network of the country (全国一体化算力网), though its other words are
    // generic
    const unified = options.quotedNames === true && (head.kind === 'PLATFORM' || head.kind === 'NETWORK') && UNIFIED.test(modifier);
    // in a chain a head before the last may say which (安全生产治本攻坚三年行动: 治本); one that is only another
    // head, a count or generic words does not (发展示范区建设, 发展三年行动计划)
    // jieba may join the modifier to the first head of a chain (国企改革 + 三年行动: 甘肃 2026): the word's part before
    // the head says which, as a word of its own would; not a pilot's (自贸试验区 + 制度创新: the zone's, no name)
    const joinedHead = first !== last && first.data.kind !== 'PILOT' && words.some((w) => w.start >= start && w.start <= first.start - 2 && w.end === first.end && !heads.generic.has(w.text));
    if (!national && !unified && !joinedHead && !specific(modifier, words, start, heads.generic) && !chainSays(words, first.start, last.start, heads) && !launched(text, words, start, modifier, head)) continue;
    // a direction of the country that opens the name says where it ranks, and with nothing specific after it the
    // phrase names nothing (加快形成西部人才中心, 平安中国建设西部先行区): the direction stays a region mention
    const direction = DIRECTION.exec(modifier);
    if (direction && !specific(modifier.slice(direction[0].length), words, start + direction[0].length, heads.generic)) continue;
    // an everyday head (建设, 活动) names something only with a quote, a digit or a place — and more than the
    // place alone: 平安重庆建设, not 成渝地区双城经济圈建设 (building the region)
    // with `quotedNames`, a name quoted whole is a proper name too (“赣鄱氢走廊”, “两岸青山·千里林带”), unless it
    // opens with a count of a kind (“十小项目”) or follows a count of the things it classifies (100所“徐特立项目”学校)
    const quotedWhole =
      options.quotedNames === true && text[start - 1] === '“' && text[last.end] === '”' && !COUNT_OPENING.test(modifier) && !COUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start - 1));
    // a head a place alone names takes a proper noun jieba knows for one too (甘泉/ns堡经济技术开发区, 祥云/ns经开区: a
    // township or a county the gazetteer reads only as a local form)
    const placeNamed = last.data.namedByPlace && (isPlace(modifier) || words.some((w) => w.start >= start && w.end <= first.start && w.text.length > 1 && PROPER_NOUN_TAGS.has(w.tag)));
    if (everyday && !unified && !quotedWhole && !PROPER.test(modifier) && !placeNamed && !(isPlace(modifier) && !isPlace(modifier, true))) continue;
    // building a place itself is no programme (an everyday head of works: 建设): an area (郑州都市圈建设, 营口片区建设)
    // or a place and then only generic words (江苏现代化建设); a place named by a word of its own is a programme's
    // brand (平安重庆建设, 美丽北京建设, 创新浙江建设)
    if (everyday && last.data.endsWorks && !quotedWhole && !PROPER.test(modifier) && buildsPlace(modifier, words, start, isPlace, heads)) continue;
    // the works test reads the heads of a chain too: …交流工程 + 建设 is works on the 工程
    if (head.endsWorks && isWorks(text.slice(start, last.end))) continue;
    // the whole phrase is a place: 重庆自贸试验区 is an area of the gazetteer, not a pilot
    if (isPlace(text.slice(start, last.end), true)) continue;
    // inside an open quote the name runs to the closing quote: “平安中国建设示范市” is not 平安中国建设
    if (insideOpenQuote(text, start, last.end)) continue;
    out.push({ start, end: last.end, head, modifier });
  }
  return out;
}

// the end of an area's name: 都市圈, 经济区 (region-area-heads.txt) and the parts of a zone (片区)
const AREA_END = /(?:都市圈|城市群|经济圈|经济带|经济区|片区|新区|大湾区)$/;

/** Whether a modifier names only a place: an area, or a place followed by generic words only. */
function buildsPlace(modifier: string, words: readonly Word[], from: number, isPlace: (s: string, whole?: boolean) => boolean, heads: HeadSet): boolean {
  if (AREA_END.test(modifier)) return true;
  const n = openingPlace(modifier, isPlace, 1);
  return n > 0 && !specific(modifier.slice(n), words, from + n, heads.generic);
}

/**
 * The length of the longest place of the gazetteer (two to eight characters) that opens `s` and leaves at least
 * `rest` characters after it, or 0: 江苏 in 江苏现代化, 遵义 in 遵义国家物流枢纽.
 */
export function openingPlace(s: string, isPlace: (s: string, whole?: boolean) => boolean, rest: number): number {
  for (let n = Math.min(s.length - rest, 8); n >= 2; n--) if (isPlace(s.slice(0, n), true)) return n;
  return 0;
}

// words of pace before a programme's verb, the clause's
const PACE = new Set(['加快', '加速', '加大', '持续', '深入', '全面']);
// the verbs that launch a programme: what they launch is named by its words, generic as they are
const LAUNCH_VERBS = new Map([['PROGRAM', new Set(['实施', '开展', '启动'])], ['SYSTEM', new Set(['建立', '健全', '完善'])]]);
const LAUNCHED_KINDS = new Set(LAUNCH_VERBS.keys());

/**
 * Whether a programme is launched by name: a launch verb right before it, or before the list it stands in after
 * another of its kind (开展提振消费专项行动、消费环境优化行动), a programme head that is no everyday word, and a
 * modifier of two words or more (实施产业创新工程, 开展入境消费拓展行动; not 实施专项行动).
 */
function launched(text: string, words: readonly Word[], start: number, modifier: string, head: NamedHead): boolean {
  if (!LAUNCHED_KINDS.has(head.kind) || head.needsProperNoun || modifier.length < 4) return false;
  if (words.filter((w) => w.start >= start && w.end <= start + modifier.length).length < 2) return false;
  const verbs = (LAUNCH_VERBS.get(head.kind) ?? LAUNCH_VERBS.get('PROGRAM'))!;
  let at = start;
  // back over the items before it in its list, each closed by the same head (…专项行动、)
  while (text[at - 1] === '、' && text.endsWith(head.head, at - 1)) {
    const item = /[^，。；：、,;:]*$/.exec(text.slice(0, at - 1))!;
    at = at - 1 - item[0].length;
  }
  // the verb opens the list or stands inside its first item (开展提振消费专项行动、…)
  return words.some((w) => verbs.has(w.text) && (w.end === at || (w.start >= at && w.end < start)));
}

/** Whether the heads of a chain before its last, [from, to), hold a word of their own (治本 of 治本攻坚). */
function chainSays(words: readonly Word[], from: number, to: number, heads: HeadSet): boolean {
  const own = words.filter((w) => w.start >= from && w.end <= to && !heads.generic.has(w.text) && !heads.byHead.has(w.text) && w.tag !== 'm' && w.tag !== 't');
  return own.reduce((n, w) => n + w.text.length, 0) >= 2;
}

/** Whether [start, end) sits inside a quote that opened before it and goes on past its end (“…建设示范市”). */
function insideOpenQuote(text: string, start: number, end: number): boolean {
  // (lastIndexOf reads a negative position as 0: a name that opens the text with its own quote is inside none)
  const open = start > 0 ? text.lastIndexOf('“', start - 1) : -1;
  if (open < 0 || text.lastIndexOf('”', start - 1) > open) return false;
  const close = text.indexOf('”', end);
  return close > end && close - open <= MAX_QUOTE_RUN && !/[，。；、:：,;]/.test(text.slice(end, close));
}

// the longest quoted name the check above treats as one name
const MAX_QUOTE_RUN = 40;

/**
 * The short items of a 、-list right before a named phrase that share its head: 观音桥、解放碑—朝天门商圈 → 观音桥;
 * 大湾、盘南煤电项目 → 大湾. Each item is bounded like a name (lead verbs, punctuation) and at most `maxItem` long;
 * the walk stops at the first item that is not a short plain name; items that end in a head of their own or hold
 * only generic words are passed over. Returns [start, end) spans, nearest first.
 */
// the end of a zone's name: 高新区, 经开区, 新区, 片区, 示范区 …
const ZONE_END = /(?:高新区|开发区|经开区|新区|片区|示范区|保税区|试验区|合作区)$/;

export function sharedHeadItems(ctx: PassageContext, heads: HeadSet, phraseStart: number, maxItem = 6): [number, number][] {
  const text = ctx.text;
  const words = wordsOf(ctx);
  const out: [number, number][] = [];
  for (let k = phraseStart; text[k - 1] === '、'; ) {
    const end = k - 1;
    const start = nameStart(text, words, end, { maxLength: maxItem, stops: heads.stops, compounds: heads.compounds });
    const item = text.slice(start, end);
    if ((item.match(/\p{Script=Han}/gu) ?? []).length < 2 || !/^[\p{Script=Han}A-Za-z0-9·—]+$/u.test(item) || COUNTED.test(item)) break;
    // the item must be whole: a list separator or the clause start right before it
    if (start > 0 && !/[、，,；;:：\s“”]/.test(text[start - 1]) && !heads.stops.has(text.slice(Math.max(0, start - 2), start))) {
      const w = words.find((x) => x.end === start);
      if (!w || !(heads.stops.has(w.text) || STOP_TAGS_OUTSIDE.has(w.tag))) break;
    }
    k = start;
    // an item that ends in a head of its own is a thing of its own kind, and one of generic words only a kind of
    // thing (零碳园区、低碳园区: neither shares 园区 nor names one park): skipped, the walk goes on
    // (a zone is of a kind of its own too: 石嘴山高新区、吴忠金积工业园 is a zone and a park, 宁夏 2026)
    if ([...heads.byHead.keys()].some((h) => item.endsWith(h)) || ZONE_END.test(item) || !specific(item, words, start, heads.generic)) continue;
    out.push([start, end]);
  }
  return out;
}

// the parts of speech that may stand right before a list's first item (a verb or a particle opens the list)
const STOP_TAGS_OUTSIDE = new Set(['v', 'vn', 'c', 'p', 'u', 'uj', 'd']);
