import { headSet, namedPhrases, openingPlace, placeTest, sharedHeadItems } from '../common/namedHeads';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { namesOne } from './namesOne';
import { LIST_CONJUNCTION, SECTION } from './ProjectSuffixRule';
import { ProjectKind } from './ProjectKind';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';
import { PROPER_NOUN_TAGS } from '../../text/properNounTags';
import { stripFootnoteMarks } from '../../text/footnoteMarks';
import { policyLexicon } from '../policy/policyLexicon';

const heads = headSet('project-named-heads', new Set(Object.values(ProjectKind)));
// a role a place plays (project-place-roles.txt): 重要 (…重要生态屏障, also before the name: 全国重要的新能源装备制造
// 基地), a sub-centre of its province or region (遵义省域副中心), a rank among regions (全国区域性现代制造业基地). Not
// 具有全国影响力的 or 全球: annotators take those centres and bases as built (具有全国影响力的科技创新中心, seed line 16)
const ROLE_BEFORE = /重要的$/;
const AFTER_LIST_COUNT = /等[\d一二三四五六七八九十两]+[个家所座处]$/;
// a count with 大 opening the name counts facilities of a kind (十大国家级科技创新平台 青海 2026, 五大基地 山西 2026),
// where a one-character word after it may be a name's (五大道公园 天津 2026); quoted, it is a programme's name
// (“六大产业基地” 贵州 2026)
const COUNTED_KIND = /^[\d一二三四五六七八九十两]+大(?:$|\p{Script=Han}{2})/u;
// a count after a name, past a bracketed kind (自治区级科技创新平台（基地）10家以上: 西藏 2026)
const COUNT_AFTER = /^(?:[（(][^（()）]{1,6}[)）])?[\d.]+万?(?:个|家|座|处|所|条|项)/;
// what makes a modifier a proper name by itself, beside a place, a proper noun or a Latin name (namesOne.ts): a quote
// or a digit (“蒙科聚”, 12345)
const PROPER_CHARS = /[“”\d]/;

// a modifier that is one short quoted label, perhaps after a verb and before 重大/重点 (严格控制“两高”, “十五五”重大)
const QUOTED_LABEL = /^[^“”]{0,4}“([^“”]{1,4})”(?:重大|重点)?$/;

// a bracketed place after the name, or a part of it (片区): the branch a national institution has there
const BRANCH = /^[(（](\p{Script=Han}{2,4}?)(?:片区)?[)）]/u;

/**
 * Whether a 项目 modifier (at `from` in the passage) is only a short label sorting projects into a kind (“两高”,
 * “久建未完”), not a name.
 */
function projectsOfAKind(modifier: string, from: number, words: readonly Word[], isPlace: (s: string) => boolean): boolean {
  const m = QUOTED_LABEL.exec(modifier);
  if (!m || isPlace(m[1])) return false;
  const lead = modifier.indexOf('“');
  // what may stand before the label is the clause's verb (严格控制, 巩固), never a name (沙颍河/ns“通港达园”项目)
  return !isPlace(modifier.slice(0, lead)) && !words.some((w) => w.start >= from && w.end <= from + lead && PROPER_NOUN_TAGS.has(w.tag));
}

/** What follows the place that opens `phrase` (遵义 in 遵义国家物流枢纽), or null when no place opens it. */
function afterPlace(phrase: string, isPlace: (s: string, whole?: boolean) => boolean): string | null {
  const n = openingPlace(phrase, isPlace, 2);
  // a count after the places counts the facilities they hold (青岛、济南、淄博4大机器人产业基地): the head alone is shared
  return n > 0 && !/^[\d一二三四五六七八九十两]/.test(phrase.slice(n)) ? phrase.slice(n) : null;
}

const BATCH = /一批/;
const CLAUSE_BREAK = /[，。；：,;:]/;

/** Where the clause holding `p` starts. */
function clauseStart(text: string, p: number): number {
  let i = p;
  while (i > 0 && !CLAUSE_BREAK.test(text[i - 1])) i--;
  return i;
}

// a word that says what sort a thing is: …性 (共性, 综合性, 公益性), …型 (企业型, 开放型) and the bound 型 (链接/型)
const DESCRIPTOR = /^(?:\p{Script=Han}+性|\p{Script=Han}{2,}型|型)$/u;

/** Whether a word of [from, to) of the passage is a descriptor of a sort (DESCRIPTOR). */
function describesAKind(from: number, to: number, words: readonly Word[]): boolean {
  return words.some((w) => w.start >= from && w.end <= to && DESCRIPTOR.test(w.text));
}

/** Whether `modifier` (at `from` in the passage) names one thing: a quote, digit or Latin name, a place, a proper noun. */
function properRest(modifier: string, from: number, words: readonly Word[], isPlace: (s: string) => boolean): boolean {
  if (modifier.length < 2) return false;
  return PROPER_CHARS.test(modifier) || namesOne(modifier, from, words, isPlace);
}

/**
 * Matches named projects closed by a soft head of project-named-heads.txt — platforms, centres, bases, parks and
 * zones, business districts, named networks and ecological works (一体化智能化公共数据平台, 国家区域医疗中心,
 * 永川综合保税区, 观音桥商圈, “米”字型高速铁路网, 六盘山国家公园) — with the name bounded as PolicyNamedRule bounds
 * it (rules/common/namedHeads.ts), and expands a 、-list of short items that share the head (观音桥、解放碑—朝天门
 * 商圈 → two districts). Status from the clause, as for suffix projects.
 * A name quoted whole is proper whatever its head (“赣鄱氢走廊”, “两岸青山·千里林带”建设), unless it counts things
 * of a kind (“十小项目”, 100所“徐特立项目”学校); 国家 before a head that is a kind of facility of its own names a
 * national programme's facility (国家区域医疗中心, 国家医学中心), though its words are generic, and 一体化 before a
 * platform or system names the one integrated platform of its government (一体化智能化公共数据平台, 一体化数字资源系统).
 * Rejects phrases a count follows (市级软件公共服务平台5个: facilities of a kind), generic modifiers (服务平台, 公共服务中心 alone), everyday heads (中心, 系统, 项目) without a quote, digit,
 * Latin name or place, counted things (3个产业园), phrases that are a place of the gazetteer, and the kind after a
 * list's 等 (医疗、制造、科学等应用中试基地: several bases, not one) or after items that end in a verb (高效养殖、精深加工
 * 基地: kinds).
 * Example (seed line 39): 建成一体化智能化公共数据平台 → 一体化智能化公共数据平台, PLATFORM.
 */
export const ProjectNamedRule = entityRule('project.named', 'project', (ctx, rule) => {
  const text = ctx.text;
  const lex = projectLexicon(ctx.lexicon);
  const isPlace = placeTest(ctx.lexicon);
  const out: Candidate[] = [];
  const hs = heads(ctx.lexicon);
  for (const named of namedPhrases(ctx, hs, isPlace, undefined, { quotedNames: true, doneTo: true })) {
    // right after a list's 等 the phrase is the kind its items are (医疗、制造、科学等应用中试基地), not one project
    // (a count may stand between: 宝鸡、延安等4个国家骨干冷链物流基地)
    if (text[named.start - 1] === '等' || AFTER_LIST_COUNT.test(text.slice(Math.max(0, named.start - 6), named.start))) continue;
    // 重要 says the role a place plays (筑牢长江上游重要生态屏障, 国家重要能源原材料基地), a positioning, not a project;
    // so does 副中心 (加快建设遵义省域副中心, 加快汕头、湛江省域副中心城市建设: no 汕头中心 either)
    const phrase = text.slice(named.start, named.end);
    if (lex.placeRoles.some((r) => phrase.includes(r)) || ROLE_BEFORE.test(text.slice(Math.max(0, named.start - 4), named.start))) continue;
    // …and so does the role a conjunct before it states (建设国家重要能源和战略资源基地: 内蒙古 2026, the roles share 基地)
    if (LIST_CONJUNCTION.test(text[named.start - 1] ?? '') && lex.placeRoles.some((r) => text.slice(clauseStart(text, named.start), named.start).includes(r))) continue;
    // a national policy in quotes before 项目 names the projects carried out under it, a kind (加快“两重”项目建设): the
    // policy is the mention (policy-names.txt)
    if (named.head.head === '项目' && policyLexicon(ctx.lexicon).gazetteer.kinds.has(named.modifier.replace(/^“(.*)”$/, '$1'))) continue;
    // a short quoted label before 项目, with at most a lead or a generic word around it, sorts projects into a kind
    // (“两高”项目, “久建未完”项目, “四个十大”项目, “十五五”重大项目), unless it names a place (“考古中国”项目)
    const words = wordsOf(ctx);
    if (named.head.head === '项目' && projectsOfAKind(stripFootnoteMarks(text.slice(named.start, named.end - named.head.head.length)), named.start, words, isPlace)) continue;
    // a descriptor (共性, 标志性, 友好型) with nothing proper beside it sorts facilities into a kind: 布局一批…共性技术平台,
    // 跨区域标志性文旅体平台, 入境消费友好型商圈
    if (describesAKind(named.start, named.end - named.head.head.length, words) && !properRest(text.slice(named.start, named.end - named.head.head.length), named.start, words, isPlace)) continue;
    if (text[named.start - 1] !== '“' && COUNTED_KIND.test(text.slice(named.start, named.end - named.head.head.length))) continue;
    // a count right after it counts facilities of a kind (市级软件公共服务平台5个, 产业帮扶基地5.6万个)
    if (COUNT_AFTER.test(text.slice(named.end, named.end + 16))) continue;
    // 中心 before 城市 is a city's role (提升徐州区域中心城市能级), no centre built
    if (named.head.head === '中心' && text.startsWith('城市', named.end)) continue;
    // a verb of project-head-stops.txt that the walk took in opens the clause, not the name (提升柳林公园 → 柳林公园,
    // 优化12345热线 → 12345热线); with nothing but the head left there is no name (布局平台)
    const lead = lex.headStops.find((w) => text.startsWith(w, named.start) && words.some((x) => x.start === named.start && x.end === named.start + w.length));
    // …and what is left must name one thing by itself: a quote, digit, Latin name, place or proper noun (柳林/nr), not
    // a kind (提升对外开放平台, 培育文化科技领域国家级创新平台)
    if (lead && !properRest(text.slice(named.start + lead.length, named.end - named.head.head.length), named.start + lead.length, words, isPlace)) continue;

    // a section joins the name, as for suffix projects: 长江国家文化公园贵州段; so does the province or part a national
    // institution's branch is in (高校区域技术转移转化中心（福建）, 武夷山国家公园（江西片区）)
    const branch = BRANCH.exec(text.slice(named.end));
    const section = SECTION.exec(text.slice(named.end))?.[0] ?? (branch && isPlace(branch[1]) ? branch[0] : '');
    const p = { ...named, start: named.start + (lead?.length ?? 0), end: named.end + section.length };
    const st = projectStatus(text, p.start, p.end, lex);
    const fields = { kind: p.head.kind, status: st?.status ?? null, statusText: st?.statusText ?? null };
    const headText = text.slice(named.end - p.head.head.length, named.end);
    // a national designation shares its head with no item before it: each item would carry 国家 too (国家现代流通
    // 战略支点城市、国家物流枢纽: a city's role, then a hub)
    const items = text.startsWith('国家', p.start) ? [] : sharedHeadItems(ctx, hs, p.start);
    // an item that ends in a verb says how, not which: the list sorts facilities into kinds (政府市场融合、线上线下一体
    // 就业公共服务平台; 高效养殖、精深加工基地)
    if (items.some(([b, e]) => words.find((w) => w.end === e && w.start >= b)?.tag.startsWith('v'))) continue;
    // a batch (一批) of them, in the clause before the list, is facilities of kinds (布局一批概念验证、共性技术、产品中试、
    // 孵化转让平台; 建设一批面向东盟的服务贸易园区)
    if (BATCH.test(text.slice(clauseStart(text, items[0]?.[0] ?? p.start), items[0]?.[0] ?? p.start))) continue;
    out.push(spanCandidate(ctx, 'project', rule, p.start, p.end, { name: text.slice(p.start, p.end), fields }));
    // places listed before a place's facility share all of it but the place: 贵阳、遵义国家物流枢纽 → 贵阳国家物流枢纽
    const shared = items.every(([b, e]) => isPlace(text.slice(b, e), true)) ? afterPlace(text.slice(p.start, named.end), isPlace) : null;
    for (const [b, e] of items) {
      out.push(spanCandidate(ctx, 'project', rule, b, e, { name: text.slice(b, e) + (shared ?? headText), fields }));
    }
  }
  return out;
});
