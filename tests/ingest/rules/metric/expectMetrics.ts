import type { ReportMeta } from '../../../../src/ingest/records/types';
import type { PropertyValue } from '../../../../src/ingest/records/types';
import { metricTestContext } from './metricTestContext';
import { runMetricRules } from './runMetricRules';

/** One expected metric candidate: exact span and the fields that matter for the row. */
export interface ExpectedMetric {
  rule: string;
  text: string;
  start: number;
  end: number;
  fields: Record<string, PropertyValue>;
}

/**
 * Runs all metric rules and refiners over `text` (one passage starting at `start`) and checks the metrics found,
 * in order, against `expected`: same count, exact spans, the listed fields. On failure the message lists what
 * fired where, as the shared harness will.
 */
export function expectMetrics(
  text: string,
  expected: ExpectedMetric[],
  report: Partial<ReportMeta> = {},
  start = 0,
): void {
  const found = runMetricRules(metricTestContext(text, report, start)).filter((c) => c.kind === 'metric');
  const shown = found.map((c) => `${c.rule} ${c.start}-${c.end} '${c.text}' ${JSON.stringify(c.fields)}`).join('\n');
  expect({ count: found.length, shown }).toEqual({ count: expected.length, shown });
  expected.forEach((e, i) => {
    expect(found[i]).toMatchObject({ kind: 'metric', rule: e.rule, text: e.text, start: e.start, end: e.end, fields: e.fields });
    expect(found[i].name).toBe(e.fields.subject);
  });
}
