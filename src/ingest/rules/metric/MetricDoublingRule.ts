import { MetricKind } from '../../records/labels';
import type { EntityRule } from '../Rule';
import { findSubject } from './findSubject';
import { metricRule } from './metricRule';

/** 翻一番 (doubles), 翻两番 (quadruples), 翻番, with a base year written before it (比2020年翻一番). */
const DOUBLING = /(?:(比|较)(\d{4}年(?:底|末)?|“[^”]{2,8}”(?:时期|末期|末)?))?(?:实现|均实现)?翻([一两1-2]?)番/g;

/**
 * A doubling is a figure of its own: `高新技术企业数3年翻一番`, `地区生产总值比2020年翻一番` →
 * CHANGE, value 1 番 (two for 翻两番), unit 番 as written, the base year when stated; the subject is the clause before,
 * as for any change (findSubject, so a clause holding another figure gives none). MetricTargetRefiner makes it a
 * target under 力争 or in a plan. A bare 翻番 writes no number and is no metric: it only lends its subject to the
 * figure after it (高新技术企业数量实现翻番、达1.8万家 → 高新技术企业数量, 1.8万家).
 * Rejected: a doubling inside a quoted name or a title (protected mask), one with no subject before it, and one
 * after a list (A、B均实现翻一番), whose subject would be the last item alone.
 * Example (2026 内蒙古自治区): `自治区本级科技专项资金翻一番` → 自治区本级科技专项资金, 1 番.
 */
export const MetricDoublingRule: EntityRule = metricRule('metric.doubling', function* ({ ml, text, mask }) {
  for (const m of text.matchAll(DOUBLING)) {
    const [whole, , baseYear, times = ''] = m;
    if (mask[m.index]) continue;
    const found = findSubject(text, m.index, ml, mask);
    // 工业总产值、利润均实现翻一番: the subject would be the list's last item only (precision first)
    if (!found || !found.subject || text[found.start - 1] === '、') continue;
    const valueAt = m.index + whole.length - 2 - times.length;
    const value = times === '两' || times === '2' ? 2 : 1;
    yield {
      start: found.start,
      end: m.index + whole.length,
      subject: found.subject,
      kind: MetricKind.CHANGE,
      value: { start: valueAt, numberStart: valueAt, end: m.index + whole.length, value, valueMax: null, unit: '番', valueText: whole.slice(whole.indexOf('翻')), qualifier: '' },
      predicateStart: m.index,
      direction: 'up',
      ...(baseYear ? { base: baseYear } : {}),
      // a bare 翻番 writes no number (the guide's metrics are numbers; annotators leave it unmarked, 4 of 4 over the
      // development samples): it only lends its subject to the figure after it (高新技术企业数量实现翻番、达1.8万家)
      ...(times === '' ? { lendsOnly: true } : {}),
    };
  }
});
