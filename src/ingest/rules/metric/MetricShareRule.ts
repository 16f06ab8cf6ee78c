import { MetricKind } from '../../records/labels';
import type { EntityRule } from '../Rule';
import { findSubject } from './findSubject';
import type { MetricLexicon } from './metricLexicon';
import { metricRule } from './metricRule';
import type { MetricValue } from './parseMetricValue';
import { nounAfter } from './nounAfter';

/**
 * Matches a percentage that is a share, rate or completion, not a change: `完成年度计划的54.7%` (base 年度计划,
 * subject carried from the clause before), `试点任务实施率达到90.7%`, `新建绿色建筑占比超88%`, `10%—20%的价格扣除
 * 优惠` (subject after 的). Share verbs come from metric-share-words.txt. Rejects percentages after a growth
 * word (MetricChangeRule's), in a 分别 list and inside quotes/titles/asides. A bound percentage before a whole noun
 * (覆盖90%以上脱贫户, 75%以上的财力用于民生) is the share of those things; other thresholds are not read.
 * Example (seed line 5): `…2411亿元、同比增长17.3%,完成年度计划的54.7%` → SHARE 54.7 %, base 年度计划.
 */
export const MetricShareRule: EntityRule = metricRule('metric.share', function* ({ ml, text, mask, values }) {
  for (const { v, vc } of values()) {
    // 占全国9成: tenths are a share as much as percents are (annotation guide units: 成)
    if (v.unit !== '%' && v.unit !== '成') continue;
    if (vc.afterGrowth || vc.inRespectively) continue;
    // `覆盖90%以上脱贫户`, `60%以上的县级特困供养机构`: a bound percentage before a noun is the share of those things
    // (seed gold line 37); the noun must follow whole, and a subject of its own stand before it unless 的 links them
    const bounded = vc.threshold ? boundedShare(text, v, ml, mask) : null;
    if (vc.threshold && !bounded) continue;
    if (bounded) {
      yield { ...bounded, kind: MetricKind.SHARE, value: v };
      continue;
    }
    const share = ml.shareBefore.exec(text.slice(Math.max(0, v.start - 24), v.start));
    let predicateStart = share
      ? v.start - share[0].length
      : vc.pairStart >= 0 ? vc.pairStart : v.start - vc.linkerLength;
    let start: number;
    let end = v.end;
    let subject: string;
    const after = text[v.end] === '的' ? nounAfter(text, v.end + 1, ml) : '';
    if (!share && after) {
      // `10%—20%的价格扣除优惠`: the percentage qualifies the noun after it.
      subject = after;
      start = predicateStart = v.start;
      end = v.end + 1 + after.length;
    } else {
      const found = findSubject(text, predicateStart, ml, mask);
      if (!found) continue;
      subject = found.subject;
      start = vc.pairVerbStart >= 0 ? vc.pairVerbStart : found.start;
      if (!found.subject) predicateStart = found.start;
    }
    yield { start, end, subject, kind: MetricKind.SHARE, value: v, predicateStart, base: share ? share[1] : undefined, undated: vc.undatedBaseline };
  }
});

/** The share a bounded percentage before a noun states (see above), or null. */
function boundedShare(text: string, v: MetricValue, ml: MetricLexicon, mask: Uint8Array) {
  const linked = text[v.end] === '的';
  const noun = nounAfter(text, v.end + (linked ? 1 : 0), ml);
  if (!noun || !/^[,;。]/.test(text.slice(v.end + (linked ? 1 : 0) + noun.length))) return null;
  const end = v.end + (linked ? 1 : 0) + noun.length;
  if (linked) return { start: v.start, end, subject: noun, predicateStart: v.start };
  const found = findSubject(text, v.start, ml, mask);
  if (!found?.subject || text[found.start - 1] === '、') return null;
  return { start: found.start, end, subject: found.subject + noun, predicateStart: v.start };
}
