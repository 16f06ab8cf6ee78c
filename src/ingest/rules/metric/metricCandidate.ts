import { MetricKind } from '../../records/labels';
import type { PropertyValue } from '../../records/types';
import type { Candidate, CandidateWork, PassageContext } from '../Rule';
import { findMetricPeriod } from './findMetricPeriod';
import type { MetricLexicon } from './metricLexicon';
import { MAGNITUDES, type MetricValue } from './parseMetricValue';

/** What a metric rule knows about one mention; offsets are into the normalised passage text. */
export interface MetricParts {
  rule: string;
  /** the mention: subject (or predicate, when the subject is carried) through the value */
  start: number;
  end: number;
  /** '' when the clause has none of its own: MetricSubjectCarryRefiner fills it or drops the candidate */
  subject: string;
  kind: MetricKind;
  value: MetricValue;
  /** where the predicate (同比增长, 完成年度计划的, 达) starts: a carried subject must end right before it */
  predicateStart: number;
  direction?: 'up' | 'down' | null;
  /** the base of a share: 完成年度计划的54.7% → 年度计划 */
  base?: string;
  /** a 分别 list with no subjects of its own (MetricRespectivelyRule): MetricSubjectCarryRefiner fills them */
  group?: CandidateWork['group'];
  /** where to look the period up from, when not at the value: the later start values of a from–to list share the
   * date written before the first one (分别从2020年的645元/月、4318元/年提高到…) */
  periodAt?: number;
  /** the start of a from–to pair with no date of its own (从4.16万亿元增加到…): an earlier state, period unknown */
  undated?: boolean;
  /** a figure written without a number (实现翻番): it lends its subject to the figure after it, and is no metric */
  lendsOnly?: boolean;
}


/** A count of a stock (参保人数, 保有量: metric-stock-heads.txt) is a level, unless a flow verb makes it the new ones
 * (2026 浙江 新增长护险参保人数1561万人). */
function stock(p: MetricParts, ml: MetricLexicon): boolean {
  return p.kind === MetricKind.COUNT && ml.stockHeads.some((h) => p.subject.endsWith(h)) && !ml.flowPrefixes.some((w) => p.subject.startsWith(w));
}

// a count per so many people or households is a density, a level (每千人口托位数从0.5个增至4.8个: 山西 2026; 每万人口高价值
// 发明专利拥有量)
const PER_CAPITA = /^每[十百千万]*(?:人口|人|户|名)/;

// a unit written two ways normalises to one, so a series compares the figures (22亿方 and 9.5亿立方米 of gas)
const SAME_UNIT: Readonly<Record<string, string>> = { 方: '立方米' };

/**
 * Builds the `metric` candidate: name = subject, text/start/end = the original span, fields = subject, value,
 * valueMax, unit (as written), kind, period, direction, valueText, approx, qualifier, and for amounts
 * valueNormalized + unitBase (2411亿元 → 241100000000 元). `_`-prefixed fields are for the metric refiners only.
 */
export function metricCandidate(ctx: PassageContext, ml: MetricLexicon, mask: Uint8Array, p: MetricParts): Candidate {
  const v = p.value;
  const found = findMetricPeriod(ctx, p.periodAt ?? v.start, ml, mask);
  // the period around an undated start is its end's: the start itself is dated nowhere
  const { period, explicit, written } = p.undated ? { period: null, explicit: false, written: false } : found;
  const fields: Record<string, PropertyValue> = {
    subject: p.subject,
    value: v.value,
    unit: v.unit,
    kind: stock(p, ml) || (p.kind === MetricKind.COUNT && PER_CAPITA.test(p.subject)) ? MetricKind.LEVEL : p.kind,
    period,
    valueText: v.valueText,
    approx: v.qualifier !== '',
  };
  if (v.valueMax !== null) fields.valueMax = v.valueMax;
  if (v.qualifier) fields.qualifier = v.qualifier;
  if (p.direction) fields.direction = p.direction;
  if (p.base) fields.base = p.base;
  // a bare magnitude normalises to what it counts (30万 参保孕产妇 → 300000 人), its unit staying as written
  const unit = v.unit + (v.counted ?? '');
  const magnitude = MAGNITUDES.find(([prefix]) => unit.startsWith(prefix) && ml.units.has(unit.slice(prefix.length)));
  if (unit !== '%' && unit !== '个百分点') {
    const factor = magnitude ? magnitude[1] : 1;
    fields.valueNormalized = Number((v.value * factor).toPrecision(12));
    const base = magnitude ? unit.slice(magnitude[0].length) : unit;
    fields.unitBase = SAME_UNIT[base] ?? base;
  }
  const work: CandidateWork = {
    valueStart: v.numberStart,
    valueEnd: v.end,
    predicateStart: p.predicateStart,
    periodExplicit: explicit,
    periodWritten: written,
    // 连跨5万亿元、6万亿元两个台阶: 5万亿元 was passed on the way; it lends its subject to 6万亿元 and is then dropped
    // (MetricSubjectCarryRefiner). A figure with no number (lendsOnly: 实现翻番) is read the same way.
    step: p.lendsOnly === true || ml.milestoneStepAfter.test(ctx.text.slice(v.end)),
    ...(p.group ? { group: p.group } : {}),
    ...(p.undated ? { baseline: true } : {}),
  };
  const base = ctx.passage.start;
  return {
    kind: 'metric',
    rule: p.rule,
    text: ctx.passage.text.slice(p.start, p.end),
    start: base + p.start,
    end: base + p.end,
    name: p.subject,
    fields,
    work,
  };
}
