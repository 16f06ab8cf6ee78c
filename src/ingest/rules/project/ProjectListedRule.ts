import { escapeRegExp } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { listItems } from '../policy/listItems';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { agencyLexicon } from '../agency/agencyLexicon';
import { projectLexicon, type ProjectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';

// 等, what the items are (at most a few characters), and the noun that makes them projects: 项目, 工程, or a
// facility word of project-suffixes.txt (数据中心, 水电站); the soft heads (平台, 基地) are a host's as often as a name's
// jieba's tags of proper names (places, persons, organisations); not nz or j, which it gives common terms too
// (双千兆/nz, 通信/j, 煤电/j)
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nt']);
// a Latin name or a digit marks a proper name (T3B, 12英寸产线, 二期)
const PROPER_CHARS = /[A-Za-z0-9]|[一二三四五六七八九十]期/;
// a count inside an item counts projects of a kind (准东3个煤制气): no one project's name
const COUNTED = /[\d一二三四五六七八九十两]+个/;
// common nouns after the closing noun make it a modifier (项目建设 is fine: 建设 is a stop; 项目资金 is not)
const COMMON_NOUN = new Set(['n', 'ng', 'nz', 'vn', 'an']);

/** The length of a status word that opens `item` and leaves a name of two characters or more, else 0. */
function leadOf(item: string, lex: ProjectLexicon): number {
  return lex.statusWords.find((x) => item.startsWith(x.word) && item.length - x.word.length >= 2)?.word.length ?? 0;
}

const lists = perLexicon((lex) => ({
  listed: new RegExp(
    `等([\\p{Script=Han}]{0,8}?)(${['项目', '工程', ...lex.words('project-suffixes').map((l) => l.split('|')[0].trim())]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})`,
    'gu',
  ),
  qualifiers: [...lex.words('project-listed-qualifiers')].sort((a, b) => b.length - a.length),
  stops: new Set(lex.words('name-stops')),
}));

/**
 * Matches the items of a list closed by 等 and 项目/工程 (or a facility noun: 数据中心, 电站) that name one project
 * each: 大湾、盘南等煤电项目 → 大湾煤电项目, 盘南煤电项目; 最高法、海关总署等数据中心 → 最高法数据中心, 海关总署数据中心;
 * 第四使馆区、雁栖湖国际会都等重点项目 → the items as written. The list must be whole (policy/listItems.ts), and every
 * item a proper name: a place, an organisation or another proper noun by its part of speech, a Latin name or a
 * digit. What stands between 等 and the noun, less the qualifiers of project-listed-qualifiers.txt (重点, 一批),
 * completes each item's name.
 * Rejects lists of fields or kinds (重点产业、新型基础设施等高质量项目; 化工新材料、专用化学品等项目; 火箭、卫星制造、
 * 航天配套等重大项目), a bare place with nothing to complete it (济南、青岛等项目 are the places' projects, unnamed),
 * and a noun that only modifies the next one (…等项目资金).
 * Example (贵州 2026): 建成投产大湾、盘南等煤电项目 → 大湾煤电项目, 盘南煤电项目, COMPLETED.
 */
export const ProjectListedRule = entityRule('project.listed', 'project', (ctx, rule) => {
  const text = ctx.text;
  const words = wordsOf(ctx);
  const { listed, qualifiers, stops } = lists(ctx.lexicon);
  const index = RegionIndex.of(ctx.lexicon);
  const lex = projectLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(listed)) {
    const end = m.index + m[0].length;
    if (!words.some((w) => w.end === end)) continue;
    const next = words.find((w) => w.start === end);
    if (next && COMMON_NOUN.has(next.tag) && !stops.has(next.text)) continue;
    let kind = m[1];
    for (let q = qualifiers.find((x) => kind.startsWith(x)); q; q = qualifiers.find((x) => kind.startsWith(x))) kind = kind.slice(q.length);
    // 等地 lists places (宝鸡、杨凌等地…), and a verb in the kind starts a new clause (…等地建设特色型综合保税区)
    if (kind.startsWith('地') || [...stops].some((w) => w.length > 1 && kind.includes(w))) continue;
    const items = listItems(text, words, m.index, stops);
    if (!items || items.length < 2) continue;
    // a status word before the first item opens the list (建成投产大湾煤电项目 → 大湾)
    for (let lead = leadOf(text.slice(...items[0]), lex); lead; lead = leadOf(text.slice(...items[0]), lex)) items[0] = [items[0][0] + lead, items[0][1]];
    const agencies = agencyLexicon(ctx.lexicon).names;
    const proper = ([s, e]: [number, number]) =>
      PROPER_CHARS.test(text.slice(s, e)) ||
      words.some((w) => w.start >= s && w.end <= e && PROPER_TAGS.has(w.tag)) ||
      index.gazetteer.find(text.slice(s, e)).length > 0 ||
      agencies.search(text.slice(s, e)).length > 0;
    // one item of common words makes the list one of kinds or fields
    if (!items.every(proper)) continue;
    const st = projectStatus(text, items[0][0], end, lex);
    for (const [s, e] of items) {
      const item = text.slice(s, e);
      // a place before a bare 项目 is no name, and a place before a facility word hosts it (昌吉、伊犁河谷等玉米制种基地)
      if ((!kind || !['项目', '工程'].includes(m[2])) && index.gazetteer.lookup(item).length > 0) continue;
      // an item with a suffix of its own is the suffix rule's (沪通铁路二期上海段, 河东机场改造)
      if (lex.suffixes.search(item).length > 0 || COUNTED.test(item)) continue;
      const name = item + kind + (kind || (m[2] !== '项目' && m[2] !== '工程') ? m[2] : '');
      out.push(spanCandidate(ctx, 'project', rule, s, e, {
        name,
        fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null },
        // the item names an organisation's or a place's project: an agency read on the same span stays
        ...(name !== item ? { work: { sharedHead: true } } : {}),
      }));
    }
  }
  return out;
});
