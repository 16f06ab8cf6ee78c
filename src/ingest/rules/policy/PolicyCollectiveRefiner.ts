import { refiner } from '../defineRule';
import type { Candidate } from '../Rule';

// a collective name: a count, 大 or 项, and the shared head (三大行动, “十大工程”, 五项改革)
const COLLECTIVE = /^“?[两二三四五六七八九十\d]+[大项个]\p{Script=Han}{1,4}”?$/u;

/**
 * Drops the collective name of a counted list whose items were read: in 实施工业千亿投资、优服务提信心激发民间投资
 * 活力、重点产业招商聚能突破“三大行动” the three programmes are PolicyCountedListRule's, and “三大行动” names them
 * together, not a fourth programme (the annotation guide counts the items). A collective name without its items
 * (打表推进“十项行动”) is the only name the text gives and stays.
 * Example (青海 2026): the sentence above → the three items, no 三大行动.
 */
export const PolicyCollectiveRefiner = refiner('policy.collective', (ctx, candidates) => {
  const items = candidates.filter((c) => c.rule === 'policy.countedList');
  if (items.length === 0) return candidates;
  const base = ctx.passage.start;
  const collective = (c: Candidate): boolean => {
    if (c.kind !== 'policy' || c.rule === 'policy.countedList' || !COLLECTIVE.test(c.text)) return false;
    // the last item ends right before the name, or before its opening quote
    const at = ctx.text[c.start - base - 1] === '“' ? c.start - 1 : c.start;
    return items.some((i) => i.end === at);
  };
  return candidates.filter((c) => !collective(c));
}, 'policy');
