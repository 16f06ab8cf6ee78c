import type { Candidate } from '../Rule';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

// 引 a river, 济 the place it relieves (one or two characters each), then its phase and works word if written
const TRANSFER = /引[\p{Script=Han}]{1,2}?济[\p{Script=Han}]{1,2}?(?=[及和、，。；]|工程|二期|三期|一期|等|$)((?:[一二三四五]期)?(?:工程)?)/gu;
/** whether a phrase holds a water transfer's name (引绰济辽工程): works on a project, no programme (PolicyNamedRule) */
export const holdsWaterTransfer = (phrase: string): boolean => /引[\p{Script=Han}]{1,2}济[\p{Script=Han}]/u.test(phrase);

/**
 * Water carried from a river to a region that lacks it, named 引X济Y: 引绰济辽工程实现全线通水 (内蒙古 2026),
 * 引江济淮工程通水通航 (安徽 2026), 引汉济渭二期 (陕西 2026), 加快引黄济宁、引通济柴工程 (青海 2026). A WATER project
 * named with its phase and works word (工程 when the text gives none). 引客入赣 and 引金入黔 (bringing visitors and
 * capital in: campaigns) are no transfers: only 济 names one.
 */
export const ProjectWaterTransferRule = entityRule('project.waterTransfer', 'project', (ctx, rule) => {
  const text = ctx.text;
  const lex = projectLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(TRANSFER)) {
    const end = m.index + m[0].length;
    const st = projectStatus(text, m.index, end, lex);
    const name = m[0].endsWith('工程') ? m[0] : `${m[0]}工程`;
    out.push(spanCandidate(ctx, 'project', rule, m.index, end, {
      name,
      fields: { kind: ProjectKind.WATER, status: st?.status ?? null, statusText: st?.statusText ?? null },
    }));
  }
  return out;
});
