import type { MetricLexicon } from './metricLexicon';
import { nounAfter } from './nounAfter';
import { bareUnit, type MetricValue } from './parseMetricValue';

/** How a value sits in its sentence; the rules use this to leave a value to the rule that owns it. */
export interface ValueContext {
  /** 同比增长4.6%: MetricChangeRule's */
  afterGrowth: boolean;
  /** 分别增长5.2%、8.7% or the 2nd+ value of such a list: MetricRespectivelyRule's */
  inRespectively: boolean;
  /**
   * 5万元以下集体经济组织, 90%以上脱贫户, 经济总量超500亿元的县域: a bound describing a noun, not a measured value
   */
  threshold: boolean;
  /** the unit is a classifier (个, 家, 项 …), with or without 万/亿 */
  countUnit: boolean;
  /** length of the linker (达到, 为, 提升至 …) right before the value, 0 if none */
  linkerLength: number;
  /**
   * where the 从/由 of a from–to pair starts, when the value is its start (从上半年5.5%, 从4.16万亿元) or its end
   * (从4.16万亿元增加到5.67万亿元): the subject ends there and the predicate starts there; -1 otherwise
   */
  pairStart: number;
  /**
   * where the mention of the end of a from–to pair starts, its start being a metric of its own (从上半年5.5%
   * 降到5.3% → `降到5.3%`), so the two mentions do not overlap; -1 otherwise (the mention starts at the subject)
   */
  pairVerbStart: number;
  /** the start of a from–to pair with no period of its own (从4.16万亿元): an earlier state, dated nowhere */
  undatedBaseline: boolean;
  /** the value describes the noun after it (30万吨级进港航道, 0—6岁儿童): it measures nothing */
  descriptor: boolean;
}

/** Classifies the value `v` of the normalised text `text`. Example: `…完成投资2411亿元、同比增长17.3%` at 17.3%. */
export function valueContext(text: string, v: MetricValue, ml: MetricLexicon): ValueContext {
  const before = text.slice(Math.max(0, v.start - 16), v.start);
  const found = ml.growthBefore.exec(before);
  const bare = bareUnit(v.unit);
  const countUnit = ml.countUnits.has(bare) && (bare === v.unit || ml.units.has(bare));
  const after = text.slice(v.end);
  // 改造提升24个高速公路服务区 (广东 2026): a count with its noun after a growth word counts the things acted on; a
  // change in steps of a scale (提升2个等级) stays a change
  const actedOn = countUnit && !ml.stepNouns.some((w) => after.startsWith(w)) && nounAfter(text, v.end, ml) !== '';
  const growth = found && !actedOn && (v.unit === '%' || v.unit === '个百分点' || !ml.percentOnlyGrowth.has(found[2])) ? found : null;
  const linkerLength = (ml.linkerBefore.exec(before)?.[0] ?? '').length;
  const predicate = before.slice(0, before.length - (growth ? growth[0].length : linkerLength));
  // A value after `、` that follows another value is the tail of a list opened by 分别 earlier in the clause.
  const clause = text.slice(Math.max(0, v.start - 40), v.start);
  const listTail = /分别[^,;:。]*\d[^,;:。]*、$/.test(clause);
  const near = text.slice(Math.max(0, v.start - 40), v.start);
  const baseline = ml.baselineBefore.exec(near);
  const pair = baseline ? null : ml.pairBefore.exec(near);
  const from = baseline ?? pair;
  // 由家庭人均纯收入低于7000元提高至8000元: the bound 低于 is read with the value; the start is a threshold of its own
  // (the seed gold counts it), whose subject, like the end's, is what stands before 由
  const nearNumber = text.slice(Math.max(0, v.numberStart - 40), v.numberStart);
  const bounded = /^(低于|高于)$/.test(text.slice(v.start, v.numberStart)) ? ml.baselineBefore.exec(nearNumber) : null;
  return {
    afterGrowth: growth !== null,
    // 分别年均增长: 年均 may stand between 分别 and the growth word
    inRespectively: /分别(?:年均)?$/.test(predicate) || listTail,
    threshold:
      (/^(以下|以上)$/.test(v.qualifier.slice(-2)) && /^[\u4e00-\u9fff]/.test(text.slice(v.end))) ||
      // 超500亿元的县域增至12个: a bound before the number and 的 after it make the value part of a noun phrase.
      // Not a percentage: 超80%的省科技攻坚项目由企业承担 is a share of those projects (MetricShareRule).
      (v.numberStart > v.start && v.unit !== '%' && /^的[\u4e00-\u9fff]/.test(text.slice(v.end))),
    countUnit,
    linkerLength,
    pairStart:
      from ? v.start - near.length + from.index
      : bounded ? v.numberStart - nearNumber.length + bounded.index
      : -1,
    pairVerbStart: pair?.indices?.[2] ? v.start - near.length + pair.indices[2][1] : -1,
    undatedBaseline: baseline !== null && baseline[1] === undefined,
    // the start of a from–to pair measures, whatever its unit (人均预期寿命从80.2岁提升至82.5岁)
    descriptor:
      ml.gradeWords.some((w) => after.startsWith(w)) || (ml.descriptorUnits.has(bare) && /^[\u4e00-\u9fff]/.test(after) && baseline === null),
  };
}
