import { escapeRegExp } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { nameStart } from '../../text/nameStart';
import { PROPER_NOUN_TAGS } from '../../text/properNounTags';
import { NATIONAL_DESIGNATION } from '../common/namedHeads';
import { listItems } from '../policy/listItems';
import type { Candidate, PassageContext } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';
import type { Lexicon } from '../../lexicon/Lexicon';
import { agencyLexicon } from '../agency/agencyLexicon';
import { projectLexicon, type ProjectLexicon } from './projectLexicon';
import { builtStatusAfter, projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';
import type { ProjectStatus } from '../../records/labels';

// --- the short-form reading: items holding a place, named as written (永川松溉等6个新型储能项目) ---

/** 等, an optional count, then a short phrase: the kind the listed items are (等6个新型储能项目, 等产业合作示范园区) */
const KIND_AFTER = /^等(?![地市县区省国])(?:[\d一二三四五六七八九十两]+[个座条项家处])?([\p{Script=Han}A-Za-z]{0,12}?)(项目|示范园区|园区|电站|工程|基地)/u;
// a national designation after the count: each place holds one, named by the place and the designation (宝鸡、延安等4个
// 国家骨干冷链物流基地 → 宝鸡国家骨干冷链物流基地: 陕西 2026); a base of no designation is a kind the places host
// (昌吉、伊犁河谷等玉米制种基地)
const MAX_ITEM = 12;
// the parts of speech that may open a list right before its first item (a verb: 推进沪通铁路二期上海段、…)
const LEAD_TAGS = new Set(['v', 'vn', 'c']);
// what an item is made of: a name, with a dot or a bracketed part (合江·江津(珞璜))
const ITEM = /^[\p{Script=Han}A-Za-z0-9·—()]+$/u;

// --- the proper-name reading: items completed by the kind after 等 (大湾、盘南等煤电项目 → 大湾煤电项目) ---

// a Latin name, a digit or an ordinal marks a proper name (T3B, 12英寸产线, 二期, 第四使馆区)
const PROPER_CHARS = /[A-Za-z0-9]|[一二三四五六七八九十]期|^第[一二三四五六七八九十]+/;
// a phase of works (二期, 三期工程) marks an item as a project by itself
const PHASE = /[一二三四五六七八九十\d]期/;
// the shortest item a list of projects names without a proper noun of its own
const MIN_LISTED_NAME = 4;
// …and the shortest the list names when the works are said to be started, built or run (煤改电)
const MIN_BUILT_NAME = 3;
// the shortest product after a firm's name that makes the item its project (中石化催化剂: 催化剂)
const MIN_FIRM_PRODUCT = 2;
// a count inside an item counts projects of a kind (准东3个煤制气): no one project's name
const COUNTED = /[\d一二三四五六七八九十两]+个/;
// an area's end names a place, not a project (雅鲁藏布江流域, 渝西地区)
const AREA_END = /(?:流域|地区|沿线|片区)$/;
// an item led by a count word counts things (一批基础设施领域REITs)
const COUNT_LED = /^[一两几数][批个项座]/;
// common nouns after the closing noun make it a modifier (项目建设 is fine: 建设 is a stop; 项目资金 is not)
const COMMON_NOUN = new Set(['n', 'ng', 'nz', 'vn', 'an']);

/** The length of a status word that opens `item` and leaves a name of two characters or more, else 0. */
function leadOf(item: string, lex: ProjectLexicon): number {
  return lex.statusWords.find((x) => item.startsWith(x.word) && item.length - x.word.length >= 2)?.word.length ?? 0;
}

// 等, what the items are (at most a few characters, perhaps after a voltage or capacity: 等500千伏输变电工程), and the
// noun that makes them projects: 项目, 工程, a
// facility word of project-suffixes.txt (数据中心, 水电站), or a soft head of project-named-heads.txt whose items are
// always sites (南京东路、陆家嘴等重点商圈, 南苑、北中轴等大尺度郊野公园); items before 平台 or 基地 are often bodies or places
// a count of the projects the list names some of, in tens of thousands too (长江存储三期等1.22万个亿元以上新建续建项目:
// 湖北 2026)
const LIST_COUNT = String.raw`\d+(?:\.\d+)?[万亿]?[多余]?[个座条项家处]`;
const LISTED_SOFT_KINDS = new Set(['DISTRICT', 'ECOLOGY']);
const siteHeads = (lex: Lexicon) =>
  lex.words('project-named-heads').map((l) => l.split('|').map((x) => x.trim())).filter((f) => LISTED_SOFT_KINDS.has(f[1]) && f[2] !== 'proper').map((f) => f[0]);
const lists = perLexicon((lex) => ({
  sites: new Set(siteHeads(lex)),
  listed: new RegExp(
    `^等(?:${LIST_COUNT})?((?:\\d+(?:千伏|万千瓦|兆瓦))?[\\p{Script=Han}]{0,8}?)(${['项目', '工程', ...lex.words('project-suffixes').map((l) => l.split('|')[0].trim()), ...siteHeads(lex)]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})`,
    'u',
  ),
  qualifiers: [...lex.words('project-listed-qualifiers')].sort((a, b) => b.length - a.length),
  stops: new Set(lex.words('name-stops')),
  generic: new Set(lex.words('name-generic-words')),
}));

interface Reading {
  ctx: PassageContext;
  rule: string;
  text: string;
  words: readonly Word[];
  lex: ProjectLexicon;
  index: RegionIndex;
  stops: ReadonlySet<string>;
}

/**
 * Whether the item at [s, e) is a proper name: a Latin name, a digit or an ordinal, a word jieba tags as a proper
 * noun, a place of the gazetteer or a known organisation. With `strictTags` a tagged word must be of two characters
 * or more and not generic: jieba tags single characters and common words as names too (跨/v 江/nr, 城市/ns).
 */
function properItem(r: Reading, [s, e]: [number, number], strictTags = false): boolean {
  const item = r.text.slice(s, e);
  const { generic } = lists(r.ctx.lexicon);
  return (
    PROPER_CHARS.test(item) ||
    r.words.some((w) => w.start >= s && w.end <= e && PROPER_NOUN_TAGS.has(w.tag) && (!strictTags || (w.text.length > 1 && !generic.has(w.text)))) ||
    r.index.gazetteer.find(item).length > 0 ||
    agencyLexicon(r.ctx.lexicon).names.search(item).length > 0
  );
}

/** Whether the item at [s, e) is a name of four characters or more holding a word that is neither generic nor a stop. */
function namedItem(r: Reading, [s, e]: [number, number]): boolean {
  const { generic, stops } = lists(r.ctx.lexicon);
  return e - s >= MIN_LISTED_NAME && r.words.some((w) => w.start >= s && w.end <= e && w.text.length > 1 && !generic.has(w.text) && !stops.has(w.text));
}

/** Whether the item at [s, e) holds no stop and is not generic words alone (方/厅/水/院 is a name; 重点/产业 is not). */
function ownWords(r: Reading, [s, e]: [number, number]): boolean {
  const { generic, stops } = lists(r.ctx.lexicon);
  const inside = r.words.filter((w) => w.start >= s && w.end <= e);
  return !inside.some((w) => stops.has(w.text)) && inside.some((w) => !generic.has(w.text));
}

/** The short-form reading of the list closed at `at` (its 等): the items that hold a place, each named as written. */
function shortForms(r: Reading, at: number): Candidate[] {
  const { text, words, lex, index, stops } = r;
  const kind = KIND_AFTER.exec(text.slice(at, at + 24));
  if (!kind) return [];
  const counted = /^等[\d一二三四五六七八九十两]+[个座条项家处]/.test(kind[0]);
  const items: [number, number][] = [];
  for (let end = at; ; ) {
    const start = nameStart(text, words, end, { maxLength: MAX_ITEM, stops });
    const item = text.slice(start, end);
    if (item.length < 2 || !ITEM.test(item) || /\d/.test(item)) break;
    // before a count of projects, a known firm and what follows it name the firm's project there too (华电榆树等5个…项目:
    // 吉林 2026); with no count the proper-name reading has the list (新华三图灵小镇等一批重点工程)
    const firmLed = counted && agencyLexicon(r.ctx.lexicon).names.search(item).some((x) => x.start === 0 && item.length - x.end >= MIN_FIRM_PRODUCT);
    if (index.gazetteer.find(item).length === 0 && !firmLed) break;
    // an item with a suffix of its own is ProjectSuffixRule's (河东机场改造: 河东机场), the walk goes on
    if (lex.suffixes.search(item).length > 0) {
      if (text[start - 1] !== '、') break;
      end = start - 1;
      continue;
    }
    // the item must be whole: a separator, punctuation or a lead word right before it (合浦至湛江: 湛江 is half a route)
    const before = words.find((w) => w.end === start);
    if (start > 0 && !/[、，,；;:：\s“”。]/.test(text[start - 1]) && !(before && (stops.has(before.text) || LEAD_TAGS.has(before.tag)))) break;
    items.push([start, end]);
    if (text[start - 1] !== '、') break;
    end = start - 1;
  }
  const designated = NATIONAL_DESIGNATION.test(kind[1]);
  if (kind[2] === '基地' && !designated) return [];
  // a list closed by 项目 or 工程 names projects, whatever head a policy reading sees in an item (贵阳环高扩容工程等14条
  // 高速公路项目: 贵州 2026), though not over a body that opens the item: a firm or a university there is the
  // project's owner, no mention of its own (华电榆树, 北京大学口腔医院三亚医院)
  const projects = kind[2] === '项目' || kind[2] === '工程';
  const bodies = agencyLexicon(r.ctx.lexicon);
  const bodyLed = (s: number, e: number) =>
    bodies.names.search(text.slice(s, e)).some((x) => x.start === 0) || bodies.suffixes.search(text.slice(s, e)).some((x) => x.end < e - s);
  return items.map(([s, e]) => {
    const st = projectStatus(text, s, e, lex);
    return spanCandidate(r.ctx, 'project', r.rule, s, e, {
      name: designated ? text.slice(s, e) + kind[1] + kind[2] : text.slice(s, e),
      fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null },
      ...(projects && !bodyLed(s, e) ? { work: { listedProject: true } } : {}),
    });
  });
}

/** The proper-name reading of the list closed at `at`: a whole list of proper names, each completed by the kind. */
function properNames(r: Reading, at: number): Candidate[] {
  const { ctx, text, words, lex, index } = r;
  const { listed, qualifiers, stops, sites, generic } = lists(ctx.lexicon);
  const m = listed.exec(text.slice(at));
  if (!m) return [];
  const end = at + m[0].length;
  // the noun must end a word, or a word that runs on into a stop (工程建设/l: the works' building)
  if (!words.some((w) => w.end === end || (w.start < end && w.end > end && stops.has(text.slice(end, w.end))))) return [];
  const next = words.find((w) => w.start === end);
  if (next && COMMON_NOUN.has(next.tag) && !stops.has(next.text)) return [];
  let kind = m[1];
  // a qualifier must be a word of its own: 新 of 新一代 is part of the kind (国电湖东、同热三期等新一代煤电试点项目)
  const qualifierAt = (k: string) => qualifiers.find((x) => k.startsWith(x) && (x === k || words.some((w) => w.end === at + 1 + (m[1].length - k.length) + x.length)));
  for (let q = qualifierAt(kind); q; q = qualifierAt(kind)) kind = kind.slice(q.length);
  // 等地 lists places (宝鸡、杨凌等地…), and a verb in the kind starts a new clause (…等地建设特色型综合保税区)
  if (kind.startsWith('地') || [...stops].some((w) => w.length > 1 && kind.includes(w))) return [];
  const items = listItems(text, words, at, stops);
  if (!items || items.length === 0) return [];
  // a status word before the first item opens the list (建成投产大湾煤电项目 → 大湾)
  for (let lead = leadOf(text.slice(...items[0]), lex); lead; lead = leadOf(text.slice(...items[0]), lex)) items[0] = [items[0][0] + lead, items[0][1]];
  const agencies = agencyLexicon(ctx.lexicon).names;
  // …and so does a verb jieba reads as one after an adverb (全力保障雅下水电和川藏铁路等重大工程 → 雅下水电); at the
  // sentence's start it opens a firm's name (。延长石油150亿方/年天然气产能倍增工程)
  const verb = words.find((w) => w.start === items[0][0] && w.tag === 'v' && w.text.length >= 2 && items[0][1] - w.end >= 2);
  if (verb && /\p{Script=Han}/u.test(text[verb.start - 1] ?? '')) items[0] = [verb.end, items[0][1]];
  const proper = (x: [number, number]) => properItem(r, x);
  // the items of a site head are sites, and a landmark jieba knows as one common noun is a name too (解放碑—朝天门、
  // 观音桥等重点商圈: 观音桥/n); a word of its own, not a generic one (城市、郊野等公园 list kinds)
  const landmark = ([s, e]: [number, number]) =>
    sites.has(m[2]) && words.some((w) => w.start === s && w.end === e && (w.tag === 'n' || w.tag === 'nz') && !generic.has(w.text));
  // an item with a project suffix or a phase of its own is a project by itself (新阜高速, 恒力重工二期): the list is
  // one of projects, and its other items need only be names of four characters or more, not of generic words alone
  // (鼎际得高端新材料: a firm's name jieba does not know)
  const works = ([s, e]: [number, number]) => lex.suffixes.search(text.slice(s, e)).some((x) => x.end === e - s) || PHASE.test(text.slice(s, e));
  const named = ([s, e]: [number, number]) => namedItem(r, [s, e]) && !words.some((w) => w.start === s && w.end === e);
  // a known firm that opens an item and what it makes after it (中石化催化剂, 中海油新材料) is a firm's project too,
  // when the list closes on 项目 or 工程
  const firmLed = ([s, e]: [number, number]) =>
    (m[2] === '项目' || m[2] === '工程') && agencies.search(text.slice(s, e)).some((x) => x.start === 0 && e - s - x.end >= MIN_FIRM_PRODUCT);
  const ofProjects = items.some(works) || items.some(firmLed);
  // works said to be started, built or running (等…项目建成投产, 等一批重点民生工程建成投用) are named by their items, proper
  // or not (高性能玻纤智能制造等项目投产, 方厅水院等标志性项目建成投运, 抗震安居、住房保障、煤改电、天然气利民等一批重点民生
  // 工程建成投用: 山西, 浙江, 新疆 2026): items of three characters or more, most of four or more, not of generic words
  // alone; a list of fields stays one (交通、水利等重大项目开工建设, 新材料、新能源等新兴产业项目建成投产)
  const built =
    (m[2] === '项目' || m[2] === '工程') &&
    builtStatusAfter(text, end, lex) !== null &&
    items.filter(([s, e]) => e - s >= MIN_LISTED_NAME).length * 2 > items.length;
  const builtItem = ([s, e]: [number, number]) => built && e - s >= MIN_BUILT_NAME && ownWords(r, [s, e]);
  // an item that names a project by itself, whatever is said of the list
  const nameOfItsOwn = (x: [number, number]) => proper(x) || landmark(x) || works(x) || (ofProjects && named(x));
  // one item of common words makes the list one of kinds or fields
  if (!items.every((x) => nameOfItsOwn(x) || builtItem(x))) return [];
  // one item alone before 等 is a project only when it is a proper name and the list says no more than that it is
  // a project: 推动吉林梅花60万吨赖氨酸等项目, 新华三图灵小镇等一批重点工程 (not 深远海风电等重大项目, a kind of projects;
  // not 雅鲁藏布江流域等关键区域生态修复工程, a place where works of a kind are done; not 打造一批…REITs等示范性项目, a count)
  const projects = m[2] === '项目' || m[2] === '工程';
  const single = items.length === 1;
  const hostsWorks = (x: string) => index.gazetteer.find(x).some((p) => p.start === 0) || AREA_END.test(x);
  if (single && !(projects && (kind === '' || !hostsWorks(text.slice(...items[0]))) && (proper(items[0]) || works(items[0]) || builtItem(items[0])) && !COUNT_LED.test(text.slice(...items[0])))) return [];
  const st = projectStatus(text, items[0][0], end, lex);
  const out: Candidate[] = [];
  for (const [s, e] of items) {
    const item = text.slice(s, e);
    // a place before a bare 项目 is no name, and a place before a facility word hosts it (昌吉、伊犁河谷等玉米制种基地)
    if ((!kind || !['项目', '工程'].includes(m[2])) && index.gazetteer.lookup(item).length > 0) continue;
    // an item with a suffix of its own is the suffix rule's (沪通铁路二期上海段, 河东机场改造)
    if (lex.suffixes.search(item).length > 0 || COUNTED.test(item)) continue;
    // …and so is one that ends in the list's own site head (柳林公园、新梅江公园等13座城市公园: ProjectNamedRule's)
    if (m[2] !== '项目' && m[2] !== '工程' && item.endsWith(m[2])) continue;
    // an item that ends in the noun is whole already (雅下水电工程等国家重大项目), and works named only by being built are
    // named as written (科德智能制造中心, not …高科技项目)
    const asWritten = /(?:工程|项目)$/.test(item) || !nameOfItsOwn([s, e]);
    const name = asWritten ? item : item + kind + (kind || (m[2] !== '项目' && m[2] !== '工程') ? m[2] : '');
    out.push(spanCandidate(ctx, 'project', r.rule, s, e, {
      name,
      fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null },
      // the item names an organisation's or a place's project: an agency read on the same span stays
      ...(name !== item || projects ? { work: { ...(name !== item ? { sharedHead: true } : {}), ...(projects ? { listedProject: true } : {}) } } : {}),
    }));
  }
  return out;
}

// --- the status reading: a list closed by 等 and what is done to its items (榆神西南热电、西气东输三线陕西段等投运) ---

// the statuses of works being built or run; a plan (规划) or an approval (获批) closes lists of anything
const BUILD_STATUSES = new Set<ProjectStatus>(['STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_OPERATION']);
// what may end the status: the clause (…等建设。), or a second verb of project-list-status-followers.txt (投产增效,
// 建成开放); an object after it opens a clause whose subjects the items are (支持科研院所、高校等建设创新创业生态)
const CLAUSE_END_AT = /^[，。；：,;:）)]|^$/;
const followers = perLexicon((lex) => [...lex.words('project-list-status-followers')].sort((a, b) => b.length - a.length));

// a clause's list runs back to punctuation; its items are plain names, each at most MAX_STATUS_ITEM characters
const CLAUSE_START = /[，。；：,;:！？（(]/;
const STATUS_ITEM = /^[\p{Script=Han}A-Za-z0-9·—“”]+$/u;
const MAX_STATUS_ITEM = 24;
// a unit of a plant (宁德核电6号机组) or a section of a route named by its place (西气东输三线陕西段) is works
const UNIT_OR_SECTION = /\d+号机组$|[\p{Script=Han}]段$/u;

/** The items of the 、-list that ends at `at`, from its clause's start less the lead verbs before the first item. */
function clauseItems(r: Reading, at: number): [number, number][] | null {
  const { text, words, stops } = r;
  let start = at;
  while (start > 0 && !CLAUSE_START.test(text[start - 1]) && at - start < MAX_STATUS_ITEM * 12) start--;
  // the first item starts after the last lead verb before it (持续推进A、B等建设 → A; not 和 of 新和成南港新材料)
  const itemEnd = (from: number) => {
    const sep = text.indexOf('、', from);
    return sep >= 0 && sep < at ? sep : at;
  };
  const firstEnd = itemEnd(start);
  for (const w of words) if (w.start >= start && w.end < firstEnd && stops.has(w.text) && /^[vp]/.test(w.tag)) start = w.end;
  const items: [number, number][] = [];
  for (let s = start; s < at; ) {
    const e = itemEnd(s);
    if (e - s < 2 || e - s > MAX_STATUS_ITEM || !STATUS_ITEM.test(text.slice(s, e))) return null;
    items.push([s, e]);
    s = e + 1;
  }
  return items;
}

/** The status reading of the list closed at `at`: a list of works named as written, told by what is done to them. */
function statusClosed(r: Reading, at: number): Candidate[] {
  const { ctx, text, lex, index } = r;
  const status = lex.statusWords.find((w) => text.startsWith(w.word, at + 1));
  if (!status || !BUILD_STATUSES.has(status.status)) return [];
  const after = text.slice(at + 1 + status.word.length);
  if (!CLAUSE_END_AT.test(after) && !followers(ctx.lexicon).some((w) => after.startsWith(w))) return [];
  const items = clauseItems(r, at);
  if (!items || items.length < 2) return [];
  const item = ([s, e]: [number, number]) => text.slice(s, e);
  const proper = (x: [number, number]) => properItem(r, x, true);
  // what makes the list one of works: an item with a project suffix, a facility or an institution's head, a phase, a
  // unit or a section of its own (玉湖冷链交易中心, 宁夏盲人按摩医院, 高排港一期, 宁德核电6号机组, 西气东输三线陕西段)
  const works = (x: [number, number]) =>
    lex.suffixes.search(item(x)).some((m) => m.end === item(x).length) ||
    [...lex.facilityEnds, ...lex.institutionEnds].some((h) => item(x).endsWith(h) && item(x).length > h.length + 1) ||
    PHASE.test(item(x)) ||
    UNIT_OR_SECTION.test(item(x));
  const named = (x: [number, number]) => namedItem(r, x);
  // one item plainly works, every item a name, and half of them proper at least: a list of kinds (城市间高铁、城际
  // 铁路、高快速路、跨江跨海通道等建设) names no project, however many of its kinds end in a suffix
  if (!items.some(works) || !items.every(named) || items.filter(proper).length * 2 < items.length) return [];
  const st = projectStatus(text, items[0][0], at, lex);
  const out: Candidate[] = [];
  for (const x of items) {
    const name = item(x);
    // an item with a suffix of its own is ProjectSuffixRule's, a place alone hosts works
    if (lex.suffixes.search(name).length > 0 || COUNTED.test(name) || index.gazetteer.lookup(name).length > 0) continue;
    out.push(spanCandidate(ctx, 'project', r.rule, x[0], x[1], {
      name,
      fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null },
      work: { listedProject: true },
    }));
  }
  return out;
}

/**
 * Projects listed before 等 + the kind of project they are, read two ways per list:
 * - Short forms holding a place, named as written: 永川松溉等6个新型储能项目 → 永川松溉, 合江·江津(珞璜)等产业合作
 *   示范园区 → 合江·江津(珞璜), 渝北燃机、奉节菜籽坝抽水蓄能电站等9个项目 → both; a place inside such an item is no
 *   place mention of its own. An item must hold a place of the gazetteer (医疗、制造、科学等应用中试基地 lists
 *   sectors), no digits, and a list separator, punctuation or a lead verb before it. Rejects places summed up
 *   (海东、海西等地零碳园区) and half a route (合浦至湛江: 湛江 is no item).
 * - Otherwise a whole list (policy/listItems.ts) whose every item is a proper name (a place, an organisation or
 *   another proper noun by its part of speech, a Latin name or a digit), closed by 项目/工程 or a facility word of
 *   project-suffixes.txt: what stands between 等 and the noun, less the qualifiers of project-listed-qualifiers.txt
 *   (重点, 一批), completes each item's name: 大湾、盘南等煤电项目 → 大湾煤电项目, 盘南煤电项目; 最高法、海关总署等
 *   数据中心 → 最高法数据中心, 海关总署数据中心. Rejects lists of fields or kinds (重点产业、新型基础设施等高质量项目),
 *   a bare place with nothing to complete it (济南、青岛等项目) and a noun that only modifies the next (…等项目资金).
 * - Failing both, a list closed by 等 and a build status with no kind between (…等投运, 等建成开放): one of works
 *   when an item plainly is (a suffix, a facility head, a phase, a plant's unit or a route's section) and half its
 *   items are proper names: 榆神西南热电、西气东输三线陕西段等投运 → both, named as written.
 * Every way an item with a project suffix of its own is left to ProjectSuffixRule (河东机场改造 → 河东机场).
 * Example (seed line 53): 永川松溉等6个新型储能项目预计8月初投产 → 永川松溉, kind OTHER, status from the clause.
 */
export const ProjectListedRule = entityRule('project.listed', 'project', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('等')) return [];
  const r: Reading = {
    ctx,
    rule,
    text,
    words: wordsOf(ctx),
    lex: projectLexicon(ctx.lexicon),
    index: RegionIndex.of(ctx.lexicon),
    stops: lists(ctx.lexicon).stops,
  };
  const out: Candidate[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    // the short-form walk stops at an item without a place; the proper-name reading then names the whole list
    // (碳化硅三期、阳泉铝产业链一体化等项目: 碳化硅三期 is an item too)
    const short = shortForms(r, at);
    const proper = properNames(r, at);
    const best = proper.length > short.length ? proper : short.length > 0 ? short : proper;
    out.push(...(best.length > 0 ? best : statusClosed(r, at)));
  }
  return out;
});
