import type { Candidate } from '../Rule';
import { agencyLexicon, namesConference, type AgencySuffix } from './agencyLexicon';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import type { PassageContext } from '../Rule';
import { wordsOf } from '../wordsOf';
import { insideTitle, titleSpans } from '../../text/titleSpans';
import { RegionIndex } from '../../lexicon/RegionIndex';

const CJK = /[\u4e00-\u9fa5]/;
const MAX_HEAD = 14;
// 六届市委全面深化改革委员会: the session number is not part of the body's name
const ORDINAL = /^[一二三四五六七八九十\d]+届/;
const LEVEL = /^(?:市|省|自治区)/;
const LIST_JOINER = /^[、和及]$/;
const INSTITUTE = '所';
// jieba's tags of places and organisations (not persons: it tags 高水平 nr)
const PROPER_TAGS = new Set(['ns', 'nt']);
const CLAUSE_OPENING = /[，。；：、,;:!?！？\s（(“]/;

/**
 * Where a brand right before a suffix starts: one proper-noun word of two characters or more that ends at the
 * suffix and opens its clause, or follows a verb, within the head walked back to `from`; else 0.
 */
function properBrand(ctx: PassageContext, at: number, from: number): number {
  const words = wordsOf(ctx);
  const w = words.find((x) => x.end === at);
  if (!w || w.start < from || w.text.length < 2 || !PROPER_TAGS.has(w.tag)) return 0;
  const before = words.find((x) => x.end === w.start);
  const opens = w.start === 0 || CLAUSE_OPENING.test(ctx.text[w.start - 1]);
  return opens || (before !== undefined && before.tag === 'v') ? w.start : 0;
}

/**
 * Matches an agency named by a suffix from agency-suffixes.txt (…委员会, …局, …部, …集团, …基金) whose head starts
 * with a level or region word from agency-head-prefixes.txt (市地产集团, 重庆产业投资母基金) or with a place of the
 * gazetteer followed by more of the name (郑州大学, 敦煌研究院, 白银集团). A leading 市/省 is
 * resolved against the report's region (市地产集团 → 重庆市地产集团).
 * The next item of a 、/和-list of bodies under the same suffix needs no such start: 中国地科院物化探所和勘探技术所 (天津
 * 2026), two institutes.
 * Rejects heads without such a start (干部, 全部, 内部, 城市更新基金, 中资商业银行), heads interrupted by digits
 * (71家中资商业银行), suffixes that continue into a longer word (部门, 局面, 委托, 银行业, 基金会) or follow a
 * direction (西部), and anything inside a 《》 title.
 * Example (seed line 28): 成立总规模2000亿元的重庆产业投资母基金 → 重庆产业投资母基金, FUND.
 */
export const AgencySuffixRule = entityRule('agency.suffix', 'agency', (ctx, rule) => {
  const lex = agencyLexicon(ctx.lexicon);
  const text = ctx.text;
  const index = RegionIndex.of(ctx.lexicon);
  const out: Candidate[] = [];
  // a title names a document; 《重庆市地方银行保险机构…方案》 mentions no acting bank
  const titles = titleSpans(text);
  for (const m of lex.suffixes.search(text, { strategy: 'leftmost-longest' })) {
    const suffix = m.data as AgencySuffix;
    if (m.end < text.length && suffix.notBefore.includes(text[m.end])) continue;
    if (m.start > 0 && suffix.notAfter.includes(text[m.start - 1])) continue;
    if (insideTitle(titles, m.start, m.end)) continue;
    let i = m.start;
    while (i > 0 && m.start - i < MAX_HEAD && CJK.test(text[i - 1])) i--;
    let head = text.slice(i, m.start);
    // the name starts after the last stop word (召开…, …的)
    for (let p = head.length - 1; p >= 0; p--) {
      const stop = lex.headStops.find((s) => head.startsWith(s, p));
      if (stop) {
        i += p + stop.length;
        head = head.slice(p + stop.length);
        break;
      }
    }
    const ordinal = ORDINAL.exec(head)?.[0].length ?? 0;
    i += ordinal;
    head = head.slice(ordinal);
    // a level or province word, or any place of the gazetteer, opens the name: 郑州大学, 敦煌研究院, 库尔勒银行
    const placeLed = () => index.gazetteer.find(head).some((r) => r.start === 0);
    // the next item of a list of bodies under one suffix shares the first one's standing (中国地科院物化探所和勘探技术所)
    const prev = out[out.length - 1];
    const listed = prev !== undefined && prev.end - ctx.passage.start === i - 1 && LIST_JOINER.test(text[i - 1]) && prev.text.endsWith(m.pattern);
    if (head.length < 2 || !(lex.prefixes.some((p) => head.startsWith(p)) || placeLed() || listed)) {
      // a proper noun the segmenter knows, right before the suffix and opening its clause or after a verb, is the
      // brand: 金川集团 (甘肃 2026), 完成中原银行吸收合并 (河南 2026); not before 所, which ends too many words
      // (聚焦天津所长、所需)
      const brand = m.pattern === INSTITUTE ? 0 : properBrand(ctx, m.start, i);
      if (!brand) continue;
      i = brand;
      head = text.slice(i, m.start);
    }
    // an institute under a body the gazetteer knows is that body's mention (中国科学院工业人工智能研究所正式成立 →
    // 中国科学院, as the hand-judged corpus sample has it): the short institute suffix reads only bodies it does not
    if (m.pattern === INSTITUTE && lex.names.search(head).some((n) => n.start === 0)) continue;
    if (namesConference(ctx.text, m.end)) continue;
    const region = ctx.report.region;
    const level = LEVEL.exec(head)?.[0];
    const name =
      level && region && region.endsWith(level) ? region + head.slice(level.length) + m.pattern : head + m.pattern;
    out.push(spanCandidate(ctx, 'agency', rule, i, m.end, {
      name,
      fields: { kind: suffix.kind },
    }));
  }
  return out;
});
