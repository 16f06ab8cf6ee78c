import type { Candidate } from '../Rule';
import { ProjectKind } from './ProjectKind';
import { projectLexicon } from './projectLexicon';
import { builtStatusAt, measuredWorksAt } from './projectStatus';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { insideTitle, titleSpans } from '../../text/titleSpans';

// a quoted name of works: “大电网建设+微电网改造”工程, or bare quotes whose building is measured in land
// (“两岸青山·千里林带”建设38.3万亩); the quote holds no nested quote or title
const QUOTED_WORKS = /“[^“”《》]{2,30}”(?:工程)?/g;

/**
 * Matches quoted works that the sentence says were started, built or put into service right after their name:
 * `“…”工程` followed by a STARTED, COMPLETED or IN_OPERATION word of project-status-words.json, and quoted works
 * whose building is measured in land or length right after (完成“两岸青山·千里林带”建设38.3万亩, 推进“三北”工程
 * 建设10万亩: measuredWorksAt).
 * Rejects a quoted 工程 with no such word right after it (实施“东数西算”工程, 推进“百千万”工程 stay programmes for
 * PolicyQuotedRule, which in turn leaves these works alone) and anything inside a 《》 title.
 * Example (青海 2026): `玉树3县5乡“大电网建设+微电网改造”工程建成投运` → “大电网建设+微电网改造”工程, COMPLETED.
 */
export const ProjectQuotedWorksRule = entityRule('project.quotedWorks', 'project', (ctx, rule) => {
  const lex = projectLexicon(ctx.lexicon);
  const text = ctx.text;
  const titles = titleSpans(text);
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED_WORKS)) {
    const i = m.index;
    const j = i + m[0].length;
    if (insideTitle(titles, i, j)) continue;
    // bare quotes only with their building measured (一批“…”: programmes are never counted in 亩)
    const st = m[0].endsWith('工程') ? builtStatusAt(text, j, lex) : null;
    const measured = measuredWorksAt(text, j);
    if (!st && !measured) continue;
    out.push(spanCandidate(ctx, 'project', rule, i, j, {
      name: m[0],
      fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null, section: null },
    }));
  }
  return out;
});
