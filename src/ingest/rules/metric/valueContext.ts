import type { MetricLexicon } from './metricLexicon';
import type { MetricValue } from './parseMetricValue';

/** How a value sits in its sentence; the rules use this to leave a value to the rule that owns it. */
export interface ValueContext {
  /** 同比增长4.6%: MetricChangeRule's */
  afterGrowth: boolean;
  /** 分别增长5.2%、8.7% or the 2nd+ value of such a list: MetricRespectivelyRule's */
  inRespectively: boolean;
  /** 5万元以下集体经济组织, 90%以上脱贫户: a bound describing a noun, not a measured value */
  threshold: boolean;
  /** the unit is a classifier (个, 家, 项 …), with or without 万/亿 */
  countUnit: boolean;
  /** length of the linker (达到, 为, 提升至 …) right before the value, 0 if none */
  linkerLength: number;
}

/** Classifies the value `v` of the normalised text `text`. Example: `…完成投资2411亿元、同比增长17.3%` at 17.3%. */
export function valueContext(text: string, v: MetricValue, ml: MetricLexicon): ValueContext {
  const before = text.slice(Math.max(0, v.start - 16), v.start);
  const growth = ml.growthBefore.exec(before);
  const linkerLength = (ml.linkerBefore.exec(before)?.[0] ?? '').length;
  const predicate = before.slice(0, before.length - (growth ? growth[0].length : linkerLength));
  // A value after `、` that follows another value is the tail of a list opened by 分别 earlier in the clause.
  const clause = text.slice(Math.max(0, v.start - 40), v.start);
  const listTail = /分别[^,;:。]*\d[^,;:。]*、$/.test(clause);
  const bare = v.unit.replace(/^(万亿|亿|万)(?=.)/, '');
  return {
    afterGrowth: growth !== null,
    inRespectively: predicate.endsWith('分别') || listTail,
    threshold: /^(以下|以上)$/.test(v.qualifier.slice(-2)) && /^[\u4e00-\u9fff]/.test(text.slice(v.end)),
    countUnit: ml.countUnits.has(bare) && (bare === v.unit || ml.units.has(bare)),
    linkerLength,
  };
}
