import type { Candidate } from '../Rule';
import { AgencyKind } from './AgencyKind';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

// the note a plan puts after a task, naming who leads it: （牵头单位：农牧厅、林草局、人社厅）
const LEAD_UNITS = /(?:牵头|责任|主责)单位[：:]([^）)\n。；]+)/gu;
const ITEM = /^[\p{Script=Han}]{2,12}$/u;
// a department or a commission of the report's own government, by its short name
const DEPARTMENT = /(?:厅|局|办)$/;
const COMMISSION = /委$/;

/**
 * The bodies a plan names as leading a task, in the note after it: （牵头单位：农牧厅、林草局、人社厅） (内蒙古 2026,
 * whose livelihood projects each carry one), also 责任单位 and 主责单位. Each item of the 、-list is one agency; a
 * department or commission by its short name (人社厅, 卫健委) is the report's own government's, named with its place
 * (内蒙古自治区人社厅), other bodies (红十字会, 残联) as written. Items that are no short plain name end the list.
 */
export const AgencyLeadUnitRule = entityRule('agency.leadUnit', 'agency', (ctx, rule) => {
  const out: Candidate[] = [];
  const region = ctx.report.region;
  for (const m of ctx.text.matchAll(LEAD_UNITS)) {
    let at = m.index + m[0].length - m[1].length;
    for (const item of m[1].split('、')) {
      if (!ITEM.test(item)) break;
      const own = DEPARTMENT.test(item) || COMMISSION.test(item);
      const kind = COMMISSION.test(item) ? AgencyKind.COMMISSION : DEPARTMENT.test(item) ? AgencyKind.MINISTRY : AgencyKind.OTHER;
      out.push(spanCandidate(ctx, 'agency', rule, at, at + item.length, { name: own && region ? `${region}${item}` : item, fields: { kind } }));
      at += item.length + 1;
    }
  }
  return out;
});
