import type { MetricLexicon } from './metricLexicon';

// what may stand before a count that opens its clause: punctuation or the passage start
const CLAUSE_OPEN = /^[，。；：！？,;:]?$/;
// what ends the clause: punctuation, or a list of what the places did (接通高铁、所有盟市互通高速)
const CLAUSE_END = /[，。；：！？,;:（(、]/;
// a clause this long says more than what each place did
const MAX_PREDICATE = 20;
// the shortest statement about each place: 隐性债务清零 is one, 提升 alone is none
const MIN_PREDICATE = 4;

/**
 * The subject of a count of places that opens its clause and says something of each of them, topic first:
 * `36个市县隐性债务提前清零` (甘肃 2026) counts 隐性债务提前清零的市县, `7个设区市断面水环境质量进入全国前十` (广西
 * 2026) 断面水环境质量进入全国前十的设区市 — not 市县隐性债务, which no one counts. The place is a kind of
 * metric-place-kinds.txt right after the classifier (`nounStart`); the statement runs to the clause's end and holds no
 * digit (a figure keeps its own subject). Returns null otherwise, and the count keeps the noun it read.
 */
export function placeTopicSubject(text: string, ml: MetricLexicon, valueStart: number, nounStart: number): string | null {
  if (!CLAUSE_OPEN.test(text[valueStart - 1] ?? '')) return null;
  const place = ml.placeKinds.find((k) => text.startsWith(k, nounStart));
  if (!place) return null;
  let end = nounStart + place.length;
  while (end < text.length && !CLAUSE_END.test(text[end])) end++;
  const statement = text.slice(nounStart + place.length, end);
  if (statement.length < MIN_PREDICATE || statement.length > MAX_PREDICATE || /[\d０-９]/.test(statement)) return null;
  return `${statement}的${place}`;
}
