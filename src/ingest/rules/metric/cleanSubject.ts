import { ITEM_NUMBER } from '../../text/itemNumber';
import type { MetricLexicon } from './metricLexicon';

/** A subject after cleaning, with its offset inside the raw text it came from. */
export interface CleanSubject {
  text: string;
  offset: number;
}

/**
 * A list item's numbering (一是, 十三是: 2026 山西省 `四是招募“西部计划”志愿者3000名`; 2.: 2026 内蒙古 `2.实现城镇新增就业
 * 18万人以上`) is a pattern, not a word list.
 */
const ENUMERATOR = new RegExp(`^(?:[一二三四五六七八九十]+是|${ITEM_NUMBER.source.slice(1)})`);

/**
 * Strips connectors, scope, intent and period words from both ends of a raw subject, repeatedly (word lists
 * metric-subject-prefixes / metric-subject-suffixes, periods from metric-periods.json), so the subject names the
 * indicator only. Example (seed line 61): `力争基础设施投资全年` → `基础设施投资`; (line 8) `上半年新设立各类市场主体` →
 * `新设立各类市场主体`; (2026 山西省) `四是招募“西部计划”志愿者` → `招募“西部计划”志愿者`.
 */
export function cleanSubject(raw: string, ml: MetricLexicon): CleanSubject {
  let start = 0;
  let end = raw.length;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const rest = raw.slice(start, end);
    const period = ml.periodAtStart.exec(rest) ?? ENUMERATOR.exec(rest);
    const word = period ? period[0] : ml.subjectPrefixes.find((w) => rest.startsWith(w));
    if (word) {
      start += word.length;
      changed = true;
      continue;
    }
    const suffix = ml.subjectSuffixes.find((w) => rest.endsWith(w));
    if (suffix) {
      end -= suffix.length;
      changed = true;
    }
  }
  // Separators left at either end by the cut (`、`, `:`) belong to no subject.
  while (start < end && /[\s,;:、。]/.test(raw[start])) start++;
  while (end > start && /[\s,;:、。的]/.test(raw[end - 1])) end--;
  return { text: raw.slice(start, end), offset: start };
}
