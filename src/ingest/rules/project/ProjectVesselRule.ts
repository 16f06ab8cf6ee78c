import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

// one quoted “…号” name (号 inside or right after the quote), or a run of them
const ITEM = '“[^“”《》]{1,12}”号?';
const MAX_DESCRIPTOR = 10;

const heads = perLexicon((lex) => {
  const rows = lex.words('project-vessel-heads').map((line) => line.split('|').map((s) => s.trim()));
  const kinds = new Map(rows.map(([head, kind]) => [head, kind]));
  // the run, an optional 等 closing it, a short descriptor (国际多式联运), the head
  const pattern = new RegExp(
    `((?:${ITEM})(?:[、和]?${ITEM})*)(等)?([\\p{Script=Han}A-Za-z0-9]{0,${MAX_DESCRIPTOR}}?)(${alternation([...kinds.keys()]).source})`,
    'gu',
  );
  return { pattern, kinds };
});

/**
 * Matches named trains and ships: quoted names with 号 before a head of project-vessel-heads.txt. 成功开行“郑和号”
 * “昆明陆港号”等国际多式联运班列 → two RAILWAY services, each mention its quote, each name the quote and what follows
 * (“郑和号”国际多式联运班列); a single name without 等 takes the head into its mention (“梦想”号大洋钻探船). A quote
 * without 号 (“天府”…班列) is a brand, not a named service, and is left alone.
 * Example (云南 2026): the sentence above → “郑和号”, “昆明陆港号”.
 */
export const ProjectVesselRule = entityRule('project.vessel', 'project', (ctx, rule) => {
  const text = ctx.text;
  const lex = projectLexicon(ctx.lexicon);
  const { pattern, kinds } = heads(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    // the run's 号 names nearest the head: “中欧班列快线”和“天山号”集结中转运输班列 → “天山号”
    const all = [...m[1].matchAll(new RegExp(ITEM, 'gu'))];
    let first = all.length;
    while (first > 0 && all[first - 1][0].includes('号')) first--;
    const items = all.slice(first);
    if (items.length === 0) continue;
    const rest = m[3] + m[4];
    const end = m.index + m[0].length;
    const st = projectStatus(text, m.index, end, lex);
    const fields = { kind: kinds.get(m[4]) ?? 'OTHER', status: st?.status ?? null, statusText: st?.statusText ?? null, section: null };
    const shared = all.length > 1 || m[2] !== undefined;
    for (const q of items) {
      const i = m.index + q.index;
      const j = shared ? i + q[0].length : end;
      out.push(spanCandidate(ctx, 'project', rule, i, j, { name: q[0] + rest, fields }));
    }
  }
  return out;
});
