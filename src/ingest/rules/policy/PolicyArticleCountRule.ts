import { perLexicon } from '../../lexicon/perLexicon';
import { nameStart } from '../../text/nameStart';
import { insideTitle, titleSpans } from '../../text/titleSpans';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { PolicyKind } from './PolicyKind';

// a quoted count of articles, its instrument noun inside the quote or right after it: “26条”, “13条政策”, “双20条”政策
const ARTICLES = /“(双?[\d一二三四五六七八九十]+条(?:政策措施|政策|措施|举措)?)”(政策措施|政策|措施|举措)?/gu;
// the longest topic before the quote, in characters (支持科技型外向型企业高质量发展: 15)
const MAX_TOPIC = 16;
const MIN_TOPIC = 2;
const CLAUSE_END = /[,;:。!?，；：]/;

const lexicon = perLexicon((lex) => ({
  stops: new Set(lex.words('name-stops')),
  compounds: lex.words('name-stop-compounds'),
  openers: lex.words('policy-purpose-openers'),
}));

/**
 * Matches a package of measures named by its topic and its quoted count of articles, as reports cite their own and
 * the nation's packages: 制定实施民营经济高质量发展“26条” → 民营经济高质量发展“26条”; 出台支持中南部县城发展“19条”;
 * 落实国家促进民间投资“13条政策”; 推出稳经济“30条”. The topic is read back like a name (text/nameStart.ts: to a lead
 * verb of name-stops.txt or punctuation), with the purpose verb that opens it (policy-purpose-openers.txt), and is
 * no last item of a list the quote sums up (加强要素投入、加强考核督查“三条措施”); a quote with no topic before it (推出“30条”) is PolicySloganRule's, and
 * nothing inside a 《》 title is read. MEASURES.
 * Example (宁夏 2026): 出台支持中南部县城发展“19条”，县域经济、城区经济稳步发展 → 支持中南部县城发展“19条”.
 */
export const PolicyArticleCountRule = entityRule('policy.articleCount', 'policy', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('条')) return [];
  const words = wordsOf(ctx);
  const titles = titleSpans(text);
  const out: Candidate[] = [];
  for (const m of text.matchAll(ARTICLES)) {
    const end = m.index + m[0].length;
    if (insideTitle(titles, m.index, end)) continue;
    const { stops, compounds, openers } = lexicon(ctx.lexicon);
    const topic = nameStart(text, words, m.index, { maxLength: MAX_TOPIC, stops, compounds });
    if (m.index - topic < MIN_TOPIC) continue;
    // the purpose the package serves opens its name (支持中南部县城发展“19条”), as PolicyIssuedRule reads it
    const opener = openers.find((w) => text.endsWith(w, topic));
    const start = opener ? topic - opener.length : topic;
    // the last item of a list the quote sums up is no topic (加强组织领导、加强要素投入、加强考核督查“三条措施”)
    if (text.slice(0, start).split(CLAUSE_END).pop()!.includes('、')) continue;
    out.push(spanCandidate(ctx, 'policy', rule, start, end, { name: text.slice(start, end), fields: { kind: PolicyKind.MEASURES } }));
  }
  return out;
});
