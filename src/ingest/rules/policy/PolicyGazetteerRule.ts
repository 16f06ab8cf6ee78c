import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { wordBoundsOf, wordsOf } from '../wordsOf';
import { policyLexicon } from './policyLexicon';
import { entityRule } from '../defineRule';
import { PolicyKind } from './PolicyKind';

// a two-character name is a policy only in quotes: “两新” is one, 两新组织 (new social organisations) is not
const MIN_BARE = 3;
const CLAUSE_END = /^(?:$|[，。；、,;:：!?）)])/;
// jieba's tags of a common noun (not a verbal noun: 新型城镇化建设, 乡村振兴发展 still name the strategy)
const NOUN_TAGS = new Set(['n', 'ng']);
// a tally of the places or clusters a designation went to: (总数)达到/增至 + a count
const TALLY_AFTER = /^(?:总数|数量)?(?:达到|达|增至|增加到|增加至|突破)[\d一二三四五六七八九十两]+[个家]/;
// the building of a name flagged `built`, right after it or after the unit built (示范村, 片区)
const BUILT_AFTER = /^\p{Script=Han}{0,3}?建设/u;

/**
 * Matches named national policies the reports cite bare, from policy-names.txt: 扫黑除恶, “一带一路”, 以旧换新,
 * 河长制, and their short forms (中央生态环保督察 for 中央生态环境保护督察, named by the full name). Quotes around the name
 * or a part of it are part of the mention (残疾人“两项补贴”). A bare name must start and end on word boundaries
 * (jieba), and a two-character one needs its quotes (两新组织 is no policy); a name inside a longer policy is
 * dropped by the policy overlap refiner.
 * Example (湖南 2026): 常态化开展扫黑除恶斗争 → 扫黑除恶, PROGRAM.
 */
export const PolicyGazetteerRule = entityRule('policy.gazetteer', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const { starts, ends } = wordBoundsOf(ctx);
  const out: Candidate[] = [];
  const { pattern, kinds, canonical, alone, unqualified, qualifiers, built } = policyLexicon(ctx.lexicon).gazetteer;
  const words = wordsOf(ctx);
  for (const hit of [...text.matchAll(pattern)].map((h) => ({ start: h.index, end: h.index + h[0].length, pattern: h[0] })).concat(partlyQuoted(text, pattern))) {
    const m = { ...hit, data: kinds.get(hit.pattern)! };
    const quoted = text[m.start - 1] === '“' && text[m.end] === '”';
    const [i, j] = quoted ? [m.start - 1, m.end + 1] : [m.start, m.end];
    // inside a longer quote the quote is the name (“人工智能+医疗”, “一老一小幸福院”, “有求必应、无事不扰”)
    if (!quoted && text.lastIndexOf('“', m.start - 1) > text.lastIndexOf('”', m.start - 1)) continue;
    // bare, the name must be whole words: 扫黑除恶 in 扫黑除恶斗争, not 两新 in 两新组织
    if (!quoted && (m.pattern.length < MIN_BARE || !starts.has(m.start) || !ends.has(m.end))) continue;
    // a name flagged `alone` is the policy only where it ends the clause (推进碳达峰。), not before a noun (碳达峰目标)
    if (!quoted && alone.has(m.pattern) && !CLAUSE_END.test(text.slice(j, j + 1))) continue;
    // a name flagged `unqualified` is the policy unless a noun right after it makes it a qualifier (国家乡村振兴示范县,
    // 新型城镇化试点): then the noun's phrase is another thing's name; after a quoted name a verbal noun qualifies too
    // (建设“双碳”综合管理平台: 综合/vn)
    // (or a word of policy-name-qualifiers.txt: 基本养老保险参保率, the enrolment a figure measures)
    const next = words.find((w) => w.start === j);
    const after = next?.tag ?? '';
    if (unqualified.has(m.pattern) && (NOUN_TAGS.has(after) || (quoted && after === 'vn') || qualifiers.includes(next?.text ?? ''))) continue;
    // a name flagged `built` is the policy only as a thing built, and the building is its name (推进宜居宜业和美乡村
    // 建设, 启动宜居宜业和美乡村示范村建设); the goal alone (建设宜居宜业和美乡村) is not
    if (built.has(m.pattern)) {
      const b = BUILT_AFTER.exec(text.slice(j, j + 5));
      if (!b) continue;
      out.push(spanCandidate(ctx, 'policy', rule, i, j + b[0].length, { name: text.slice(i, j + b[0].length), fields: { kind: m.data as string } }));
      continue;
    }
    // 项目 after a bare name makes it the projects carried out under it (保交楼项目累计销号76个), no mention of the policy
    if (!quoted && text.startsWith('项目', j)) continue;
    // a designation whose tally follows is that figure's subject (国家先进制造业集群达到6个, 总数达8个), no mention of it
    if (m.data === PolicyKind.PILOT && TALLY_AFTER.test(text.slice(j, j + 12))) continue;
    out.push(spanCandidate(ctx, 'policy', rule, i, j, { name: canonical.get(m.pattern)!, fields: { kind: m.data as string } }));
  }
  return out;
});

/**
 * The names written with a quoted part (残疾人“两项补贴”): matched with the quotes taken out, each span running over
 * them in the text, the closing quote included.
 */
function partlyQuoted(text: string, pattern: RegExp): { start: number; end: number; pattern: string }[] {
  if (!text.includes('“')) return [];
  // where each character of the text without quotes stands in the text
  const at: number[] = [];
  let bare = '';
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '“' || text[k] === '”') continue;
    at.push(k);
    bare += text[k];
  }
  const out: { start: number; end: number; pattern: string }[] = [];
  for (const h of bare.matchAll(pattern)) {
    const start = at[h.index];
    let end = at[h.index + h[0].length - 1] + 1;
    if (!text.slice(start, end).includes('“')) continue;
    if (text[end] === '”') end++;
    out.push({ start, end, pattern: h[0] });
  }
  return out;
}
