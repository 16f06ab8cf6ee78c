import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';

/** A national road's number (G109, G9812), not inside a longer code. */
export const NATIONAL_ROAD = /(?<![A-Za-z0-9])G\d{2,4}(?!\d)/;
// the number, 线 after it, and the section the works are on (线乌拉斯台至奇台, 乐东至三亚段, 加卡至邦达机场段)
const ROAD = /(?<![A-Za-z0-9])G(\d{2,4})(?!\d)(?:线?(\p{Script=Han}{1,8}至\p{Script=Han}{1,8}段)|线(\p{Script=Han}{1,8}至\p{Script=Han}{1,8})(?=[、，,。；;等和])|(\p{Script=Han}{2,3}段)|线)?/gu;
// what may follow the road alone: the end of a list item or clause, or works on it (提质改造, 改扩建, 建设, 通车)
const ROAD_END = /^(?:$|[、，,。；;）)和及等]|提质|改造|改扩建|扩建|建设|通车|贯通|升级)/;

/**
 * Matches national roads by their number, where the text speaks of works on them: G109、G219、G318、G695提质改造,
 * G214加卡至邦达机场段建设 (西藏 2026), G331通车 (吉林 2026), G679线乌拉斯台至奇台 (新疆 2026). The section joins the
 * mention and lives in `fields.section`, so a road's sections gather on one node (G214).
 * Rejects a number that names something else after it (G60科创走廊, G334文旅大通道: a corridor, a tourist route) and
 * one inside a longer code. A number before 高速 is ProjectSuffixRule's (G98环岛高速).
 */
export const ProjectNationalRoadRule = entityRule('project.nationalRoad', 'project', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('G')) return [];
  const lex = projectLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(ROAD)) {
    const end = m.index + m[0].length;
    const section = m[2] ?? m[3] ?? m[4] ?? null;
    // a section says the number is a road; a bare number must be followed by the end of an item or by works on it
    if (!section && !ROAD_END.test(text.slice(end, end + 3))) continue;
    const st = projectStatus(text, m.index, end, lex);
    out.push(spanCandidate(ctx, 'project', rule, m.index, end, {
      name: `G${m[1]}`,
      fields: { kind: ProjectKind.HIGHWAY, status: st?.status ?? null, statusText: st?.statusText ?? null, section },
    }));
  }
  return out;
});
