import type { MetricLexicon } from './metricLexicon';
import { nounAfter } from './nounAfter';

/**
 * What may end the object: the end of its clause. Not 、: in 完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造
 * (2026 内蒙古) the nouns share a verb at the end of the list, and 火电机组 alone is not what was done.
 */
const OBJECT_END = /^[,;。]/;

/**
 * The subject of an amount whose clause before it is only a verb (metric-object-verbs.txt) and whose object
 * follows the unit: the verb and that object, or null when `before` is no bare verb or no whole noun phrase runs
 * from `end` to the end of the clause. 2026 新疆 `建设改造4075公里城市地下管网,` → 建设改造城市地下管网; 2026 天津
 * `建设8万亩高标准农田。` → 建设高标准农田. A noun that stops at anything else (a word of
 * metric-count-stop-words.txt such as 和, a digit, 、) is not taken: the clause goes on to say something else.
 */
export function verbObject(before: string, text: string, end: number, ml: MetricLexicon): string | null {
  if (!ml.objectVerbs.includes(before)) return null;
  const noun = nounAfter(text, end, ml);
  return noun && OBJECT_END.test(text.slice(end + noun.length)) ? before + noun : null;
}
