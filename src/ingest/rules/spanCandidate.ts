import type { PropertyValue } from '../records/types';
import type { Candidate, CandidateKind, CandidateWork, PassageContext } from './Rule';
import { stripFootnoteMarks } from '../text/footnoteMarks';

/**
 * A candidate for the span [i, j) of the passage's normalised text: the one place that turns passage-relative
 * offsets into report offsets and takes the mention's text from the original (normalisation is length-preserving,
 * so the same offsets hold in both).
 * Example: `spanCandidate(ctx, 'project', 'project.suffix', 3, 7, { name: '渝昆高铁', fields: {} })`.
 */
export function spanCandidate(
  ctx: PassageContext,
  kind: CandidateKind,
  rule: string,
  i: number,
  j: number,
  entity: { name: string; fields: Record<string, PropertyValue>; work?: CandidateWork },
): Candidate {
  return {
    kind,
    rule,
    text: ctx.passage.text.slice(i, j),
    start: ctx.passage.start + i,
    end: ctx.passage.start + j,
    // a report's footnote marks (［22］) number its notes and are no part of a name
    name: stripFootnoteMarks(entity.name),
    fields: entity.fields,
    ...(entity.work ? { work: entity.work } : {}),
  };
}
