import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize';
import type { Candidate } from '../rules/Rule';

/**
 * The stable id of the node a candidate names — same input, same id, every run:
 * `region:<canonical name>`, `agency:<name>`, `project:<name>`, `policy:<title without 《》, quotes and spaces,
 * half-width>`, and for metrics `metric:<reportId>:<sha1(subject|value|unit|kind|period), 16 hex>` — the span is not
 * part of it, so a figure stated twice (2411亿元 in the summary and in section 六) is one node with two sources.
 */
export function nodeId(c: Pick<Candidate, 'kind' | 'name' | 'fields'>, reportId: string): string {
  switch (c.kind) {
    case 'policy':
      return `policy:${normalize(c.name).replace(/[《》〈〉“”"'\s]/g, '')}`;
    case 'metric': {
      const f = c.fields;
      const key = [f.subject ?? c.name, f.value, f.unit, f.kind, f.period].map((v) => (v === undefined || v === null ? '' : String(v))).join('|');
      return `metric:${reportId}:${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
    }
    default:
      return `${c.kind}:${c.name}`;
  }
}
