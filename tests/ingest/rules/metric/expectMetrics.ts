import type { PropertyValue, ReportMeta } from '../../../../src/ingest/records/types';
import { refinersOf, rulesOf } from '../../../../src/ingest/rules';
import { passageContext, runPassage } from '../../harness';

/** One expected metric candidate: exact span and the fields that matter for the row. */
export interface ExpectedMetric {
  rule: string;
  text: string;
  start: number;
  end: number;
  fields: Record<string, PropertyValue>;
}

/**
 * Runs all metric rules and refiners over `text` (one passage of the seed report, or of `report`, starting at
 * `start`) and checks the metrics found, in order, against `expected`: same count, exact spans, the listed fields.
 * All rules run, not one, because which rule owns a value is part of what a metric test pins. On failure the
 * message lists what fired where.
 */
export function expectMetrics(
  text: string,
  expected: ExpectedMetric[],
  report: Partial<ReportMeta> = {},
  start = 0,
): void {
  const found = runPassage(rulesOf('metric'), refinersOf('metric'), passageContext(text, { meta: report, start })).filter((c) => c.kind === 'metric');
  const shown = found.map((c) => `${c.rule} ${c.start}-${c.end} '${c.text}' ${JSON.stringify(c.fields)}`).join('\n');
  expect({ count: found.length, shown }).toEqual({ count: expected.length, shown });
  expected.forEach((e, i) => {
    expect(found[i]).toMatchObject({ kind: 'metric', rule: e.rule, text: e.text, start: e.start, end: e.end, fields: e.fields });
    expect(found[i].name).toBe(e.fields.subject);
  });
}
