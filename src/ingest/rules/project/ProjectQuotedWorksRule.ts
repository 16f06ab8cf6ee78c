import type { Candidate } from '../Rule';
import { ProjectKind } from './ProjectKind';
import { projectLexicon } from './projectLexicon';
import { measuredWorksAt, projectStatus, quotedWorksAt } from './projectStatus';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { insideTitle, titleSpans } from '../../text/titleSpans';
import { headSet, namedPhrases, placeTest } from '../common/namedHeads';

const PHASE_BEFORE = /[一二三四五六七八九十\d]期$/;
const worksHeads = headSet('project-works-heads', new Set(Object.values(ProjectKind)));

// a quoted name of works: “大电网建设+微电网改造”工程, or bare quotes whose building is measured in land
// (“两岸青山·千里林带”建设38.3万亩); the quote holds no nested quote or title
// (a phase may stand before 工程: “三北”六期工程); an ordinal corridor of a quoted programme is one line of it, works
// whatever follows (“疆电外送”第三通道, “西气东输”第四通道: 新疆 2026)
const QUOTED_WORKS = /“[^“”《》]{2,30}”(?:([一二三四五六七八九十\d]期)?工程|(第[一二三四五六七八九十]{1,2}通道))?/g;

/**
 * Matches quoted works that the sentence says were started, built or put into service right after their name:
 * `“…”工程` followed by a STARTED, COMPLETED or IN_OPERATION word of project-status-words.json, by 建设 (under
 * construction: 推进“三北”工程建设10万亩) or by a phase (“三北”工程六期; before 工程 whatever follows: “三北”六期工程), and quoted works whose building is
 * measured in land or length right after (完成“两岸青山·千里林带”建设38.3万亩: measuredWorksAt), and an ordinal
 * corridor of a quoted programme whatever follows (“疆电外送”第三通道), its status the clause's.
 * Unquoted works closed by a head of project-works-heads.txt (工程) are read the same way, their name bounded as
 * ProjectNamedRule bounds it: 陇电入浙工程开工建设 → 陇电入浙工程, STARTED; a phase before the head makes works
 * whatever follows (淮河入海水道二期工程).
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
    // a phase before 工程 makes works whatever follows, as it does unquoted (推进“三北”六期工程建设)
    const st = m[2] ? projectStatus(text, i, j, lex) : m[0].endsWith('工程') ? (quotedWorksAt(text, j, lex) ?? (m[1] ? projectStatus(text, i, j, lex) : undefined)) : undefined;
    if (st === undefined && !m[2] && !measuredWorksAt(text, j)) continue;
    out.push(spanCandidate(ctx, 'project', rule, i, j, {
      name: m[0],
      fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null, section: null },
    }));
  }
  // unquoted works named before their status (陇电入浙工程开工建设), bounded as named projects are
  for (const p of namedPhrases(ctx, worksHeads(ctx.lexicon), placeTest(ctx.lexicon))) {
    if (out.some((c) => c.start - ctx.passage.start < p.end && p.start < c.end - ctx.passage.start)) continue;
    const name = text.slice(p.start, p.end);
    // a phase before the head is a phase of works whatever follows (淮河入海水道二期工程)
    const after = quotedWorksAt(text, p.end, lex);
    const st = after !== undefined ? after : PHASE_BEFORE.test(p.modifier) ? projectStatus(text, p.start, p.end, lex) : undefined;
    if (st === undefined) continue;
    // a category of works (重点流域防洪工程, 重大标志性工程) names no one project
    if (lex.genericHeads.some((g) => name.startsWith(g))) continue;
    out.push(spanCandidate(ctx, 'project', rule, p.start, p.end, {
      name,
      fields: { kind: ProjectKind.OTHER, status: st?.status ?? null, statusText: st?.statusText ?? null, section: null },
    }));
  }
  return out;
});
