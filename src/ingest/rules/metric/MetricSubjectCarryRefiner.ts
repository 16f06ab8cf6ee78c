import { MetricKind } from '../../records/labels';
import type { Candidate } from '../Rule';
import { cleanSubject } from './cleanSubject';
import { metricLexicon, type MetricLexicon } from './metricLexicon';
import { nounAfter } from './nounAfter';
import { siblingHead } from './siblingHead';
import { refiner } from '../defineRule';
import { wordsOf } from '../wordsOf';

/** Between a metric and the next one that shares its subject, only list separators may stand. */
const ADJACENT = /^[、,\s]*$/;
/**
 * …or one more predicate of the same subject, with no figure, between separators: a ranking (地区生产总值达到5.53万亿元、
 * 稳居全国前十强、增长4.8%) keeps the topic when it opens with a verb (a noun there is a subject of its own).
 */
const SAME_TOPIC = /^[、,，]([^\d。!?;；！？%、,，]{2,14})[、,，]$/;
/** A value that totals what came before it. */
const RUNNING_TOTAL = /^(?:累计|总计|合计|共计)/;
/** A total takes its qualifier from anywhere earlier in its sentence, not across a sentence or a `;` item. */
const SAME_SENTENCE = /^[^。!?;]*$/;

/**
 * Gives subject-less metrics the subject of the metric before them in the same clause, and drops those it cannot
 * fill (precision first): `市级重点建设项目完成投资2411亿元、同比增长17.3%,完成年度计划的54.7%` → all three measure
 * 市级重点建设项目完成投资. Generic subjects (metric-generic-subjects.txt: 完成率, 占比 …) get that subject as a
 * prefix (新增科技型企业完成率). Totals (metric-total-subjects.txt: 总里程, 总投资 …) get the thing they total from the
 * last metric of their sentence, or else from the noun that opens the clause before them when a verb ends it
 * (吉化乙烯项目投产,总产能达190万吨 → 吉化乙烯项目总产能); see totalSubject. A step of a milestone list (连跨5万亿元、
 * 6万亿元两个台阶) lends its subject to the next value and is dropped. A 分别 list without subjects (`,同比分别增长8.5%、9.3%`) takes those of the n
 * metrics just before it in the sentence, in order. Runs after MetricOverlapRefiner, on candidates sorted by start.
 */
export const MetricSubjectCarryRefiner = refiner('metric.subjectCarry', (ctx, candidates) => {
  const ml = metricLexicon(ctx.lexicon);
  const text = ctx.text;
  const out: Candidate[] = [];
  const metrics: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'metric' || c.work?.predicateStart === undefined) {
      out.push(c);
      continue;
    }
    const prev = metrics[metrics.length - 1];
    const ps = c.work.predicateStart;
    // A count names its noun after its value, so a running total after it (7项制度创新成果、累计达到161项) counts that
    // noun; a bare value after it may count another one (50个热带气旋、67次区域暴雨) and is not given it.
    const adjacent =
      prev !== undefined &&
      (ADJACENT.test(text.slice(prev.work!.valueEnd!, ps)) ||
        (RUNNING_TOTAL.test(text.slice(ps)) && ADJACENT.test(text.slice(prev.end - ctx.passage.start, ps))));
    let subject: string | null = c.name;
    if (c.work.group) {
      subject = groupSubject(c, metrics, text);
    } else if (!c.name) {
      const from = prev === undefined ? 0 : prev.work!.valueEnd!;
      const predicate = prev === undefined ? null : SAME_TOPIC.exec(text.slice(from, ps));
      const verbLed = predicate !== null && wordsOf(ctx).some((w) => w.start === from + 1 && w.tag.startsWith('v'));
      subject = adjacent || verbLed ? prev.name : milestoneTopic(text, ps, ml);
    } else if (text[c.work.valueEnd!] === '的' && totalOf(c.name, text, c.work.valueEnd! + 1, ml)) {
      subject = totalOf(c.name, text, c.work.valueEnd! + 1, ml);
    } else if (ml.totalSubjects.has(c.name) && text[c.work.valueEnd!] !== '的') {
      // 总投资410亿元的巨化硅氟新材料项目: what the total is of follows 的, so nothing is carried to it.
      const cs = c.start - ctx.passage.start;
      const qualifier =
        prev !== undefined && SAME_SENTENCE.test(text.slice(prev.work!.valueEnd!, cs))
          ? prev.name
          : clauseNoun(text, cs, ml);
      subject = qualifier ? totalSubject(qualifier, c.name, ml.totalSubjects.get(c.name) === true, ml) : c.name;
    } else if (
      prev !== undefined &&
      siblingHead(prev.name, c.name, ml) !== c.name &&
      ADJACENT.test(text.slice(prev.work!.valueEnd!, c.start - ctx.passage.start))
    ) {
      // 自治区国资委监管企业营收增长5.9%、利润增长5.5%: a bare head beside its sibling shares its qualifier
      subject = siblingHead(prev.name, c.name, ml);
    } else if (
      prev !== undefined &&
      (ml.genericSubjects.has(c.name) || shareOfWhole(c)) &&
      ADJACENT.test(text.slice(prev.work!.valueEnd!, c.start - ctx.passage.start))
    ) {
      // 占比由31%提升至54%: the start (now a metric) already took the generic word; the end takes its subject whole
      subject = prev.name.endsWith(c.name) ? prev.name : prev.name + c.name;
    }
    if (!subject) continue;
    const filled = subject === c.name ? c : { ...c, name: subject, fields: { ...c.fields, subject } };
    metrics.push(filled);
    if (filled.work?.step !== true) out.push(filled);
  }
  return out;
}, 'metric');

/**
 * The topic of a milestone clause right before `at`: 2026 安徽 `地区生产总值连跨两个万亿元台阶,年均增长5.7%` →
 * 地区生产总值; 2026 湖北 `地区生产总值迈上6万亿元台阶,达到62661亿元`. What passed the milestone is what the figures
 * after it measure, whether or not the milestone is a figure of its own (两个万亿元台阶 counts steps, no metric). Only
 * a clause that ends in a milestone noun (metric-milestone-nouns.txt) and a separator right before `at`, its topic
 * the words before its first qualifier verb (迈上, 跨越, 突破: metric-approx-before.txt); null otherwise.
 */
function milestoneTopic(text: string, at: number, ml: MetricLexicon): string | null {
  if (text[at - 1] !== ',' && text[at - 1] !== '、') return null;
  const noun = ml.milestoneNouns.find((w) => text.endsWith(w, at - 1));
  if (!noun) return null;
  const end = at - 1 - noun.length;
  let start = end;
  while (start > 0 && !/[,;:。!?\n]/.test(text[start - 1])) start--;
  const clause = text.slice(start, end);
  const verbs = ml.approxBeforeWords.map((w) => clause.indexOf(w)).filter((i) => i >= 2);
  if (verbs.length === 0) return null;
  const topic = cleanSubject(clause.slice(0, Math.min(...verbs)), ml).text;
  return topic.length >= 2 && !/\d/.test(topic) ? topic : null;
}

/**
 * A total written before the thing it totals: `(verb)总规模2000亿元的重庆产业投资母基金,` (seed line 28) → 重庆产业投资母基金总规模;
 * 2026 广东 `组建总规模1000亿元的省战略性新兴产业投资引导基金,` → 省战略性新兴产业投资引导基金总规模. Only a whole noun phrase up
 * to the end of its clause is taken (as verbObject does); null otherwise (总投资410亿元的巨化硅氟新材料项目刷新…纪录).
 */
function totalOf(name: string, text: string, at: number, ml: MetricLexicon): string | null {
  const total = [...ml.totalSubjects.keys()].find((t) => t.startsWith('总') && name.endsWith(t));
  if (!total) return null;
  const noun = nounAfter(text, at, ml);
  return noun && /^[,;。]/.test(text.slice(at + noun.length)) ? noun + total : null;
}

/**
 * A share whose subject is only the whole it is of (占全国9成, 占全国23.6%: 2026 广东, 黑龙江): it is the share of the
 * thing the metric before it measures, so it takes that subject as a prefix, as a generic subject does.
 */
function shareOfWhole(c: Candidate): boolean {
  return c.fields.kind === MetricKind.SHARE && c.name.startsWith('占') && c.name.length <= 8;
}

/**
 * The subject of a total of `qualifier`. A stock total drops the flow verb of the qualifier (新增, 建设) and merges a
 * repeated noun: 新增高速公路通车里程 + 总里程 → 高速公路通车总里程, 建设高标准农田 + 建成面积 → 高标准农田建成面积,
 * 新增上市公司 + 总量 → 上市公司总量; other totals are joined whole: 引进“三类500强”项目 + 总投资.
 */
function totalSubject(qualifier: string, total: string, stock: boolean, ml: MetricLexicon): string {
  // 川渝共建重大项目累计完成投资8823.6亿元,上半年完成投资1853.4亿元: a total after the same total is no part of it
  if (qualifier.endsWith(total)) return total;
  if (!stock) return qualifier + total;
  const flow = ml.flowPrefixes.find((w) => qualifier.startsWith(w) && qualifier.length > w.length);
  const q = flow ? qualifier.slice(flow.length) : qualifier;
  // A one-character tail is no repeated noun: 粮食产量 + 总量 is not 粮食产总量.
  const tail = total.startsWith('总') ? total.slice(1) : '';
  return tail.length >= 2 && q.endsWith(tail) && q.length > tail.length ? q.slice(0, q.length - tail.length) + total : q + total;
}

/**
 * The noun opening the clause right before `at` in the same sentence, when a verb of metric-count-stop-words.txt
 * ends it (吉化乙烯项目投产, → 吉化乙烯项目); '' otherwise, as after 市场经营主体增量提质, where nothing marks the noun's end.
 */
function clauseNoun(text: string, at: number, ml: MetricLexicon): string {
  if (text[at - 1] !== ',') return '';
  let start = at - 1;
  while (start > 0 && !/[,;:。!?、\n]/.test(text[start - 1])) start--;
  const noun = nounAfter(text, start, ml);
  const end = start + noun.length;
  if (!noun || !ml.countStopWords.some((w) => text.startsWith(w, end))) return '';
  const clean = cleanSubject(noun, ml).text;
  return clean.length >= 2 ? clean : '';
}

/** The i-th of the n metrics before the group, all in the group's sentence; null if there are not n of them. */
function groupSubject(c: Candidate, metrics: Candidate[], text: string): string | null {
  const { at: group, index: i, size: n } = c.work!.group!;
  const before = metrics.filter((m) => m.work?.group?.at !== group && m.work!.valueEnd! <= group);
  const chosen = before.slice(-n);
  if (chosen.length !== n) return null;
  if (text.slice(chosen[0].work!.valueStart!, group).includes('。')) return null;
  return chosen[i].name || null;
}
