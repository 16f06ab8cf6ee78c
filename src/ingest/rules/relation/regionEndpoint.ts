import type { RegionEntry } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';

/**
 * A region endpoint that is not a standalone mention of its own: a parent from the gazetteer (PartOfRule), a
 * place inside a project name (LocatedInRule), the report's own region (MeasuresRule). Its span is the evidence
 * that implies it (the child's mention, the project name), so every source still points into the text.
 */
export function regionEndpoint(entry: RegionEntry, evidence: { text: string; start: number; end: number }, rule: string): Candidate {
  return {
    kind: 'region',
    rule,
    text: evidence.text,
    start: evidence.start,
    end: evidence.end,
    name: entry.name,
    fields: { level: entry.level, parent: entry.parent, code: entry.code },
  };
}
