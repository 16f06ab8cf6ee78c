import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { featureName, naturalFeatures } from '../region/naturalFeatures';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';

const works = perLexicon((lex) => [...lex.words('project-river-works')].sort((a, b) => b.length - a.length));

// a river or lake by its last character (小清河, 滹沱河)
const WATER_END = /[河江湖]$/;
// a canal, whatever jieba calls it (大运河/nz, 京杭运河)
const CANAL = /运河$/;
// the reach worked on, between the river and the works: （天津段）, 池州段, 内蒙古段, and its main stream (干流)
const REACH = /^(?:[（(][^（）()]{1,8}段[）)]|\p{Script=Han}{2,4}段)?(?:干流)?/u;
const WORKS_WORD = '工程';

/**
 * Works on a named river, lake or canal (project-river-works.txt): 辽河干流堤防全线达标 (辽宁 2026), 小清河复航实现
 * “河海直达” (山东 2026), 加快大运河（天津段）综合治理 (天津 2026), 开工长江池州段河道治理 (安徽 2026). The water is a
 * major one of region-natural-features.txt's `=` lines (长江, 辽河, 太湖), a name jieba knows of three characters or
 * more closed by 河, 江 or 湖, or a canal; a reach may stand between (（天津段）, 池州段, 干流). A WATER project, named
 * as written with the 工程 that follows; the river inside is the project's, no place of its own (OverlapRefiner).
 * Rejects water no name marks (河道治理 alone, 内河航道整治) and a works word that does not follow the water.
 */
export const ProjectRiverWorksRule = entityRule('project.riverWorks', 'project', (ctx, rule) => {
  const text = ctx.text;
  const list = works(ctx.lexicon);
  if (!list.some((w) => text.includes(w))) return [];
  const f = naturalFeatures(ctx.lexicon);
  const lex = projectLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const w of wordsOf(ctx)) {
    const water = f.named.has(w.text) || CANAL.test(w.text) || (featureName(w) && WATER_END.test(w.text) && !f.stops.has(w.text));
    if (!water) continue;
    const at = w.end + (REACH.exec(text.slice(w.end))?.[0].length ?? 0);
    const word = list.find((x) => text.startsWith(x, at));
    if (!word) continue;
    let end = at + word.length;
    if (text.startsWith(WORKS_WORD, end)) end += WORKS_WORD.length;
    const st = projectStatus(text, w.start, end, lex);
    out.push(spanCandidate(ctx, 'project', rule, w.start, end, {
      name: text.slice(w.start, end),
      fields: { kind: ProjectKind.WATER, status: st?.status ?? null, statusText: st?.statusText ?? null },
    }));
  }
  return out;
});
