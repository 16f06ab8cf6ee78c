import { perLexicon } from '../../lexicon/perLexicon';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { nameStart } from '../../text/nameStart';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { ProjectKind } from './ProjectKind';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';

/** 等, an optional count, then a short phrase: the kind the listed items are (等6个新型储能项目, 等产业合作示范园区) */
const KIND_AFTER = /^等(?![地市县区省国])(?:[\d一二三四五六七八九十两]+[个座条项家处])?([\p{Script=Han}A-Za-z]{0,12}?)(项目|示范园区|园区|电站|工程)/u;
const MAX_ITEM = 12;
const nameStops = perLexicon((lex) => new Set(lex.words('name-stops')));
// the parts of speech that may open a list right before its first item (a verb: 推进沪通铁路二期上海段、…)
const LEAD_TAGS = new Set(['v', 'vn', 'c']);
// what an item is made of: a name, with a dot or a bracketed part (合江·江津(珞璜))
const ITEM = /^[\p{Script=Han}A-Za-z0-9·—()]+$/u;

/**
 * Projects listed before 等 + the kind of project they are: 永川松溉等6个新型储能项目 → 永川松溉, 合江·江津(珞璜)等
 * 产业合作示范园区 → 合江·江津(珞璜), 渝北燃机、奉节菜籽坝抽水蓄能电站等9个项目 → both. Each item is a project
 * named by its short form (the mention is the item), so a place inside it is no place mention of its own.
 * An item must hold a place of the gazetteer (医疗、制造、科学等应用中试基地 lists sectors, not projects), no digits,
 * and a list separator, punctuation or a lead verb before it; an item with a project suffix of its own is left to
 * ProjectSuffixRule (河东机场改造 → 河东机场).
 * Rejects places summed up (海东、海西等地零碳园区: 等地) and half a route (合浦至湛江: 湛江 is no item).
 * Example (seed line 53): 永川松溉等6个新型储能项目预计8月初投产 → 永川松溉, kind OTHER, status from the clause.
 */
export const ProjectListedRule = entityRule('project.listed', 'project', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('等')) return [];
  const lex = projectLexicon(ctx.lexicon);
  const index = RegionIndex.of(ctx.lexicon);
  const words = wordsOf(ctx);
  const stops = nameStops(ctx.lexicon);
  const out: Candidate[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    const kind = KIND_AFTER.exec(text.slice(at, at + 24));
    if (!kind) continue;
    const items: [number, number][] = [];
    for (let end = at; ; ) {
      const start = nameStart(text, words, end, { maxLength: MAX_ITEM, stops });
      const item = text.slice(start, end);
      if (item.length < 2 || !ITEM.test(item) || /\d/.test(item)) break;
      if (index.gazetteer.find(item).length === 0) break;
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
    for (const [s, e] of items) {
      const st = projectStatus(text, s, e, lex);
      out.push(spanCandidate(ctx, 'project', rule, s, e, {
        name: text.slice(s, e),
        fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null },
      }));
    }
  }
  return out;
});
