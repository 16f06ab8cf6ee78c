import type { Candidate, PassageContext, Refiner } from '../Rule';
import { metricLexicon } from './metricLexicon';

/** Between a metric and the next one that shares its subject, only list separators may stand. */
const ADJACENT = /^[、,\s]*$/;

/**
 * Gives subject-less metrics the subject of the metric before them in the same clause, and drops those it cannot
 * fill (precision first): `市级重点建设项目完成投资2411亿元、同比增长17.3%,完成年度计划的54.7%` → all three measure
 * 市级重点建设项目完成投资. Generic subjects (metric-generic-subjects.txt: 完成率, 占比 …) get that subject as a
 * prefix (新增科技型企业完成率). A 分别 list without subjects (`,同比分别增长8.5%、9.3%`) takes those of the n
 * metrics just before it in the sentence, in order. Runs after MetricOverlapRefiner, on candidates sorted by start.
 */
export const MetricSubjectCarryRefiner: Refiner = {
  name: 'metric.subjectCarry',
  refine(ctx: PassageContext, candidates: Candidate[]): Candidate[] {
    const ml = metricLexicon(ctx.lexicon);
    const text = ctx.text;
    const out: Candidate[] = [];
    const metrics: Candidate[] = [];
    for (const c of candidates) {
      if (c.kind !== 'metric' || typeof c.fields._ps !== 'number') {
        out.push(c);
        continue;
      }
      const prev = metrics[metrics.length - 1];
      const ps = c.fields._ps;
      const adjacent = prev !== undefined && ADJACENT.test(text.slice(prev.fields._ve as number, ps));
      let subject: string | null = c.name;
      if (typeof c.fields._group === 'number') {
        subject = groupSubject(c, metrics, text);
      } else if (!c.name) {
        subject = adjacent ? prev.name : null;
      } else if (
        prev !== undefined &&
        ml.genericSubjects.has(c.name) &&
        ADJACENT.test(text.slice(prev.fields._ve as number, c.start - ctx.passage.start))
      ) {
        subject = prev.name + c.name;
      }
      if (!subject) continue;
      const filled = subject === c.name ? c : { ...c, name: subject, fields: { ...c.fields, subject } };
      metrics.push(filled);
      out.push(filled);
    }
    return out;
  },
};

/** The i-th of the n metrics before the group, all in the group's sentence; null if there are not n of them. */
function groupSubject(c: Candidate, metrics: Candidate[], text: string): string | null {
  const group = c.fields._group as number;
  const i = c.fields._gi as number;
  const n = c.fields._gn as number;
  const before = metrics.filter((m) => m.fields._group !== group && (m.fields._ve as number) <= group);
  const chosen = before.slice(-n);
  if (chosen.length !== n) return null;
  if (text.slice(chosen[0].fields._vs as number, group).includes('。')) return null;
  return chosen[i].name || null;
}
