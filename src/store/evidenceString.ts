import type { Provenance } from '../ingest';

/**
 * A span of evidence as relationships (`evidence`) and curated nodes (`curatedEvidence`) keep it: one string per
 * span, `reportId|passageId|start|end|rule`, and `|derived` after a derived fact's span (what it was derived
 * from), so that a report's share can be filtered out by prefix.
 * Example: `chongqing-2023-h1-plan-execution-report|p12|340|344|relation.supports`.
 */
export function evidenceString(p: Provenance): string {
  return [p.reportId, p.passageId, p.start, p.end, p.rule, ...(p.derived ? ['derived'] : [])].join('|');
}

/** Reads an evidence string back; null when it is not one (`passageId` null when the span had no passage). */
export function parseEvidence(
  evidence: string,
): { reportId: string; passageId: string | null; start: number; end: number; rule: string; derived: boolean } | null {
  const parts = evidence.split('|');
  if (parts.length < 5) return null;
  const [reportId, passageId, start, end, rule, flag] = parts;
  return { reportId, passageId: passageId || null, start: Number(start), end: Number(end), rule, derived: flag === 'derived' };
}
