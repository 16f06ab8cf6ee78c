import type { Candidate, EntityRule, Refiner } from '../../src/ingest/rules/Rule';
import { passageContext, runPassage } from './harness';

/** A candidate as a table row states it: everything but the kind and rule, which the table's rule fixes. */
export type Found = Omit<Candidate, 'kind' | 'rule'>;

/** One row of a `matches` table: a real fragment (cite its source in a comment) and exactly what it yields. */
export interface TableRow {
  fragment: string;
  expected: Found[];
}

/**
 * The table test of one entity rule (chrono's positive and negative cases): each fragment is one passage of the
 * seed report at offset 0, run through `rule` and then `refiners`; every `matches` row must yield exactly its
 * `expected` candidates (text, span, name, all fields) and every `nonMatches` fragment nothing. Call it inside
 * the rule's `describe`; `verb` starts each row's title ("finds 国务院").
 */
export function ruleTable(
  rule: EntityRule,
  refiners: readonly Refiner[],
  table: { matches: readonly TableRow[]; nonMatches: readonly string[]; verb: string },
): void {
  const extract = (fragment: string): Found[] =>
    runPassage([rule], refiners, passageContext(fragment)).map(({ kind: _k, rule: _r, ...c }) => c);

  it.each(table.matches)(`${table.verb} $expected.0.name`, ({ fragment, expected }) => {
    expect(extract(fragment)).toEqual(expected);
  });

  it.each(table.nonMatches)('ignores %s', (fragment) => {
    expect(extract(fragment)).toEqual([]);
  });
}
