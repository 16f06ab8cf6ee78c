import { normalize } from '../text/normalize';
import type { SubjectRules } from './Indicator';

/** The two look-up keys of a subject (or of a catalogue variant): both sides are reduced the same way. */
export interface SubjectKeys {
  /** normalised, region scope, period and filler words and growth-rate words stripped */
  exact: string;
  /** `exact` without one trailing measure word (总额, 总值, 规模, 人次 …); equal to `exact` when it has none */
  core: string;
}

/** Quote marks and whitespace say nothing about the indicator (“新三样”出口 = 新三样出口). */
const NOISE = /[\s“”‘’"'「」]/g;
/** A key shorter than this is no indicator name (a stripped 年 or 总量 leaves a fragment). */
const MIN_KEY = 2;

/**
 * Reduces a subject to its look-up keys with the word lists of indicator-matching.json: half-width forms, no
 * whitespace or quotes; then, repeatedly, a region scope or province name (全省, 浙江省, 浙江) and a period or
 * filler word (年, 全年, 完成, 实现) from the start and a filler (实现, 接连) or growth-rate word (增速, 增长率) from
 * the end, as long as two characters remain. Examples: (2026 安徽省) `全省地区生产总值增速` → exact `地区生产总值`;
 * (2026 新疆) `年接待游客` → `接待游客`; (2026 吉林省) `接待游客人次` → exact `接待游客人次`, core `接待游客`.
 */
export function subjectKeys(subject: string, rules: SubjectRules): SubjectKeys {
  let s = normalize(subject).replace(NOISE, '');
  for (let changed = true; changed; ) {
    changed = false;
    const lead = [...rules.regionPrefixes, ...rules.leadingWords].find((w) => s.startsWith(w) && s.length - w.length >= MIN_KEY);
    if (lead) {
      s = s.slice(lead.length);
      changed = true;
      continue;
    }
    const trail = [...rules.trailingWords, ...rules.growthSuffixes].find((w) => s.endsWith(w) && s.length - w.length >= MIN_KEY);
    if (trail) {
      s = s.slice(0, -trail.length);
      changed = true;
    }
  }
  const measure = rules.measureSuffixes.find((w) => s.endsWith(w) && s.length - w.length >= MIN_KEY);
  return { exact: s, core: measure ? s.slice(0, -measure.length) : s };
}
