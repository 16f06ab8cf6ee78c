import { refinersOf, rulesOf } from '../../../src/ingest/rules';
import type { Candidate, CandidateKind, Refiner } from '../../../src/ingest/rules/Rule';
import { passageContext, runPassage } from '../harness';

/** What an overlap-refiner row pins of a surviving candidate: which rule's reading won, where, under what name. */
export interface Kept {
  rule: string;
  text: string;
  start: number;
  name: string;
  /** compared as a subset when given */
  fields?: Record<string, unknown>;
}

export interface OverlapRow {
  fragment: string;
  expected: Kept[];
}

/**
 * The table test of one same-kind overlap refiner, run through its family's pipeline (every rule of `kind`, then the
 * kind's refiners): each fragment is one passage of the seed report at offset 0. A `collapses` row must yield
 * exactly its `expected` candidates, and the same pipeline without `refiner` must yield more of them (the row
 * exercises the refiner); a `keeps` row must yield exactly `expected` with or without the refiner (nothing that
 * merely touches or sits apart is dropped).
 */
export function overlapTable(kind: CandidateKind, refiner: Refiner, table: { collapses: readonly OverlapRow[]; keeps: readonly OverlapRow[] }): void {
  const all = refinersOf(kind);
  const run = (fragment: string, refiners: readonly Refiner[]): Candidate[] =>
    runPassage(rulesOf(kind), refiners, passageContext(fragment)).filter((c) => c.kind === kind);
  const shape = (found: Candidate[], expected: readonly Kept[]) =>
    found.map((c, i) => ({
      rule: c.rule,
      text: c.text,
      start: c.start,
      name: c.name,
      ...(expected[i]?.fields ? { fields: Object.fromEntries(Object.keys(expected[i].fields!).map((k) => [k, c.fields[k]])) } : {}),
    }));

  it.each(table.collapses)('collapses $fragment', ({ fragment, expected }) => {
    expect(shape(run(fragment, all), expected)).toEqual(expected);
    expect(run(fragment, all.filter((r) => r !== refiner)).length).toBeGreaterThan(expected.length);
  });

  it.each(table.keeps)('keeps every candidate of $fragment', ({ fragment, expected }) => {
    expect(shape(run(fragment, all), expected)).toEqual(expected);
    expect(shape(run(fragment, all.filter((r) => r !== refiner)), expected)).toEqual(expected);
  });
}
