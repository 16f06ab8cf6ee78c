import type { Candidate, PassageContext } from '../Rule';
import { clauseAt } from '../../text/clauseAt';

/** Absolute [start, end) of the clause holding the absolute offset `at`. */
export function clauseBounds(ctx: PassageContext, at: number): [number, number] {
  const [s, e] = clauseAt(ctx.text, at - ctx.passage.start);
  return [ctx.passage.start + s, ctx.passage.start + e];
}

/** The normalised passage text between two absolute offsets. */
export function between(ctx: PassageContext, from: number, to: number): string {
  return ctx.text.slice(from - ctx.passage.start, to - ctx.passage.start);
}

/** what joins two listed agencies or subjects: `国家发展改革委、科技部`, `A和B` */
export const LIST_JOINER = /^[、和及与]$/;

/** The evidence span covering two candidates. */
export function spanOf(a: Candidate, b: Candidate): { start: number; end: number } {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
