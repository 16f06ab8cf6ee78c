import { MetricKind } from '../../records/labels';
import type { EntityRule } from '../Rule';
import { findSubject } from './findSubject';
import { fundedPurpose } from './fundedPurpose';
import { metricRule } from './metricRule';
import { producedOutput } from './producedOutput';
import { opensUnpairedList } from './unpairedList';
import { verbObject } from './verbObject';

/**
 * Matches an amount written after its indicator: `subject (linker) (约) number unit (以上)` with a unit of
 * units.txt other than % and 个百分点. The kind is COUNT when the unit is a classifier (metric-count-units.txt:
 * 个, 家, 项 …), else LEVEL (亿元, 万户, 万人, 公里 …). Rejects values inside quotes/titles/asides, after a growth
 * word (MetricChangeRule's), in a 分别 list, thresholds (5万元以下集体经济组织), and `N个+noun` counts that
 * MetricCountRule reads the other way round. Both values of a from–to pair take the subject before 从/由, and the
 * end's mention starts at its verb (从1832户 | 增加到3382户). Example (seed line 5): `市级重点建设项目完成投资2411亿元` → LEVEL 2411 亿元.
 */
export const MetricAmountRule: EntityRule = metricRule('metric.amount', function* ({ ml, text, mask, values }) {
  for (const { v, vc } of values()) {
    if (v.unit === '%' || v.unit === '个百分点' || v.unit === '成') continue;
    if (vc.afterGrowth || vc.inRespectively || vc.threshold) continue;
    // `405处已查明…`, `144个智能工厂`: a classifier followed by words counts what follows (MetricCountRule) —
    // unless the value starts a from–to pair (由上年729万人增加到…), where the words are the verb
    // A run of times (质量工作考核连续10次获评…) keeps its topic: what follows is what was done each time
    if (vc.countUnit && vc.pairStart < 0 && /^[\u4e00-\u9fff“]/.test(text.slice(v.end, v.end + 1)) && !(v.unit === '次' && text.endsWith('连续', v.start))) continue;
    // 从4.16万亿元增加到5.67万亿元: the subject ends before 从, not before 增加到.
    const predicateStart = vc.pairStart >= 0 ? vc.pairStart : v.start - vc.linkerLength;
    const found = findSubject(text, predicateStart, ml, mask);
    if (!found) continue;
    // 改造老旧供热、燃气、排水管网800公里、600公里、300公里 (2026 天津市): the first value is not the last item's
    if (opensUnpairedList(text, found.start, v.end, ml)) continue;
    // 建设改造4075公里城市地下管网: a bare verb before the number leaves the thing measured to the noun after it
    const subject =
      verbObject(found.subject || text.slice(found.start, predicateStart), text, v.end, ml) ??
      fundedPurpose(text.slice(found.start, predicateStart), text, v.end, ml) ??
      producedOutput(found.subject, v.unit, ml) ??
      found.subject;
    // 新增装机约100万千瓦: an amount added in the period is a change of the stock, not the stock; so is one whose
    // verb follows the stock (2026 浙江 各项贷款新增1.91万亿元), which the subject no longer holds
    const phrase = text.slice(found.start, predicateStart);
    const addedBy = (w: string) => (subject.startsWith(w) && subject.length > w.length) || (phrase.endsWith(w) && !subject.endsWith(w));
    // …and a net increase of a stock of things is its change too (净增经营主体242.8万户), a count added is not (新增…7616家)
    const added =
      vc.pairStart < 0 &&
      (vc.countUnit ? ml.netIncreasePrefixes.some((w) => addedBy(w) || phrase.includes(w)) : ml.increasePrefixes.some(addedBy));
    yield {
      start: vc.pairVerbStart >= 0 ? vc.pairVerbStart : found.start,
      end: v.end,
      subject,
      kind: added ? MetricKind.CHANGE : vc.countUnit ? MetricKind.COUNT : MetricKind.LEVEL,
      ...(added ? { direction: 'up' as const } : {}),
      value: v,
      predicateStart: found.subject ? predicateStart : found.start,
      undated: vc.undatedBaseline,
    };
  }
});
