import { RegionIndex } from '../../lexicon/RegionIndex';
import { insideTitle, titleSpans } from '../../text/titleSpans';
import type { Candidate } from '../Rule';
import { entityRule } from '../defineRule';
import { spanCandidate } from '../spanCandidate';
import { wordsOf } from '../wordsOf';
import { PolicyKind } from './PolicyKind';
import { policyLexicon } from './policyLexicon';

// an era in quotes and the plan noun right after it: “十四五”规划, “十五五”规划纲要, “十五五”规划建议
const ERA_PLAN = /“([^“”]{3})”规划(纲要|建议)?/g;
// the words that say whose plan it is when they stand right before the quote: the report's own place, or the nation
const OWN_SCOPE = new Set(['省', '自治区', '市', '全省', '全区', '全市', '本省', '本市']);
const NATIONAL_SCOPE = new Set(['国家', '全国']);
// the draft marker an outline submitted for review carries (“十五五”规划纲要（草案）: 甘肃, 广西 2026)
const DRAFT = /^(?:[(（]草案[)）]|草案)/;

/**
 * The outline's full title, as the reports' 《》 titles give it and titles are stored (half-width brackets):
 * 甘肃省 + 十五五 → 甘肃省国民经济和社会发展第十五个五年规划纲要; the nation's carries 中华人民共和国.
 */
function outlineTitle(owner: string, era: string, draft: boolean): string {
  const place = owner === '国家' ? '中华人民共和国' : owner;
  return `${place}国民经济和社会发展第${era.slice(0, -1)}个五年规划纲要${draft ? '(草案)' : ''}`;
}

/**
 * The five-year plan of an era, named by the era in quotes and 规划: 2025年是“十四五”规划收官之年 (北京 2026),
 * 是自治区“十五五”规划开局之年 (新疆 2026), 市委“十五五”规划建议 (北京 2026). A report speaks of its own place's plan, so
 * the name carries the report's place (北京市“十四五”规划) unless a place or 国家 stands right before the quote
 * (国家“十四五”规划); 规划纲要 is the outline (PLAN), named by its full title (甘肃省“十五五”规划纲要（草案） →
 * 甘肃省国民经济和社会发展第十五个五年规划纲要(草案), the name the report's 《》 title gives it), 规划建议 the Party
 * committee's proposal for it (OPINION).
 * Rejects the plan named by a 《》 title right after it (省委“十五五”规划《建议》: the title is the document), an era
 * inside a title, and a special plan of the era (“十五五”专项规划: no 规划 right after the quote).
 */
export const PolicyEraPlanRule = entityRule('policy.eraPlan', 'policy', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('”规划')) return [];
  const eras = policyLexicon(ctx.lexicon).eraSlogans;
  const titles = titleSpans(text);
  const words = wordsOf(ctx);
  const index = RegionIndex.of(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(ERA_PLAN)) {
    const end = m.index + m[0].length;
    if (!eras.has(m[1]) || text[end] === '《' || insideTitle(titles, m.index, end)) continue;
    let start = m.index;
    let owner = ctx.report.region;
    const before = words.find((w) => w.end === m.index);
    if (before && (OWN_SCOPE.has(before.text) || NATIONAL_SCOPE.has(before.text))) {
      start = before.start;
      owner = NATIONAL_SCOPE.has(before.text) ? '国家' : owner;
    } else {
      const hit = index.placeBefore(text, m.index);
      if (hit) {
        start = hit.start;
        owner = hit.reading.entry.name;
      }
    }
    const noun = m[2] ?? '';
    // the outline is a document with a full title of its own (the one the report's 《》 gives it), and a draft marker
    // after it is part of its name
    const outline = noun === '纲要' && owner !== null;
    const draft = outline ? DRAFT.exec(text.slice(end))?.[0] ?? '' : '';
    out.push(spanCandidate(ctx, 'policy', rule, start, end + draft.length, {
      name: outline && owner !== null ? outlineTitle(owner, m[1], draft !== '') : `${owner ?? ''}“${m[1]}”规划${noun}`,
      fields: { kind: noun === '建议' ? PolicyKind.OPINION : PolicyKind.PLAN, title: `“${m[1]}”规划${noun}`, yearRange: null, count: null, draft: draft !== '' },
    }));
  }
  return out;
});
