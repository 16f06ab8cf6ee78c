import { nameStart } from '../../text/nameStart';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';
import { nameStops } from '../nameStops';
import { projectLexicon } from './projectLexicon';
import { builtStatusAt } from './projectStatus';
import { ProjectKind } from './ProjectKind';

// a phase of works, with the works word it may take: 二期, 三期工程, 一期项目
const PHASE = /[一二三四五六七八九十]期(?:工程|项目)?/g;
// the longest name before its phase, in characters
const MAX_NAME = 14;
// a count or an ordinal before the phase counts rounds or things (第二期, 3个一期): no works' name
const COUNT_END = /[\d个批第]$/;
// being built right after the phase: 二期建设, 二期加快建设
const BUILDING = /^(?:加快)?建设/;

/**
 * A phase of works named before the text says it was started, built or put into service: 崖州湾国家实验室二期开工,
 * 金山海上风电一期建成 (海南, 上海 2026), 陵水黎安国际教育创新试验区二期加快建设 (海南 2026). The phase makes the
 * name works (a programme has rounds, not phases), and the status word right after it (builtStatusAt, or 建设) makes
 * it one the text reports on. The name runs left from the
 * phase as names do (text/nameStart.ts), at least two Han characters and not a generic head of project-generic-heads
 * (重点项目二期), and holding no project suffix (益阳电厂三期, 罗泾港区改造二期: ProjectSuffixRule's).
 * Rejects a phase with no status word right after it (二期规划, 一期工程的经验) and counted rounds (第二期).
 */
export const ProjectPhaseRule = entityRule('project.phase', 'project', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('期')) return [];
  const lex = projectLexicon(ctx.lexicon);
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  for (const m of text.matchAll(PHASE)) {
    const end = m.index + m[0].length;
    const building = BUILDING.exec(text.slice(end, end + 4));
    const st = builtStatusAt(text, end, lex) ?? (building ? { status: 'UNDER_CONSTRUCTION' as const, statusText: building[0] } : null);
    if (!st) continue;
    const start = nameStart(text, words, m.index, { maxLength: MAX_NAME, stops: nameStops(ctx.lexicon) });
    const head = text.slice(start, m.index);
    if ((head.match(/\p{Script=Han}/gu) ?? []).length < 2 || COUNT_END.test(head)) continue;
    if (lex.genericHeads.some((g) => head.startsWith(g)) || lex.headStops.includes(head)) continue;
    // a project suffix inside is the suffix rule's name, which bounds it better (罗泾港区改造二期, …探测设施项目一期)
    if (lex.suffixes.search(head).length > 0 || /(?:项目|工程)$/.test(head)) continue;
    out.push(spanCandidate(ctx, 'project', rule, start, end, {
      name: text.slice(start, end),
      fields: { kind: ProjectKind.OTHER, status: st.status, statusText: st.statusText, section: null },
    }));
  }
  return out;
});
