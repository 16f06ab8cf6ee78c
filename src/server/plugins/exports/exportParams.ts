import { GraphQLError } from 'graphql';
import { LINK_HOPS, listArgs, MAX_ID_LENGTH } from '../../../api';
import { MetricKind } from '../../../ingest';
import type { MetricWhere } from '../../../store';
import { ExportParamError } from './ExportParamError';

/** Query-string values as Express 5's simple parser hands them over: repeated keys become arrays. */
export type QueryValues = Record<string, unknown>;

const METRIC_TEXT = ['subjectContains', 'subjectEquals', 'period', 'regionId', 'reportId'] as const;
const METRIC_NUMBER = ['valueGt', 'valueGte', 'valueLt', 'valueLte'] as const;
const METRIC_LIST = ['unit', 'kind'] as const;
const METRIC_KINDS: readonly string[] = Object.values(MetricKind);
const COMMON = ['bom'];

function single(q: QueryValues, name: string): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new ExportParamError(name, `"${name}" must be given once.`);
  return v;
}

/** `unit=%&unit=亿元` or `unit=%,亿元`. */
function list(q: QueryValues, name: string): string[] | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  const raw = Array.isArray(v) ? v : [v];
  if (!raw.every((x) => typeof x === 'string')) throw new ExportParamError(name, `"${name}" must be text.`);
  return (raw as string[]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
}

function rejectUnknown(q: QueryValues, known: readonly string[]): void {
  const unknown = Object.keys(q).find((k) => !known.includes(k) && !COMMON.includes(k));
  if (unknown !== undefined) throw new ExportParamError(unknown, `Unknown parameter "${unknown}"; use ${known.join(', ')} or bom.`);
}

/** `?bom=1` (or true/yes) prefixes a UTF-8 byte order mark so Excel reads the file as UTF-8. */
export function wantsBom(q: QueryValues): boolean {
  const v = single(q, 'bom');
  if (v === undefined) return false;
  if (['1', 'true', 'yes'].includes(v)) return true;
  if (['0', 'false', 'no', ''].includes(v)) return false;
  throw new ExportParamError('bom', `"bom" must be 1 or 0, not ${JSON.stringify(v)}.`);
}

/**
 * Maps `/export/metrics.csv` query parameters onto the metrics API's filter (the MetricWhere names) and
 * validates them with the same `listArgs('Metric', …)` the GraphQL field uses, so both accept the same input.
 * Example: `?subjectContains=工业&unit=%&valueGt=5` → `{ subjectContains: '工业', unit: ['%'], valueGt: 5 }`.
 */
export function metricExportQuery(q: QueryValues): MetricWhere {
  rejectUnknown(q, [...METRIC_TEXT, ...METRIC_NUMBER, ...METRIC_LIST]);
  const where: Record<string, unknown> = {};
  for (const name of METRIC_TEXT) where[name] = single(q, name);
  for (const name of METRIC_NUMBER) {
    const v = single(q, name);
    if (v === undefined) continue;
    const n = v.trim() === '' ? NaN : Number(v);
    if (!Number.isFinite(n)) throw new ExportParamError(name, `"${name}" must be a number, not ${JSON.stringify(v)}.`);
    where[name] = n;
  }
  for (const name of METRIC_LIST) where[name] = list(q, name);
  const badKind = (where.kind as string[] | undefined)?.find((k) => !METRIC_KINDS.includes(k));
  if (badKind !== undefined) throw new ExportParamError('kind', `"kind" ${JSON.stringify(badKind)} is not one of ${METRIC_KINDS.join(', ')}.`);
  try {
    return listArgs('Metric', where, [], 'query').where;
  } catch (error) {
    if (error instanceof GraphQLError) {
      const field = String(error.extensions.field ?? 'query').replace(/^query\./, '');
      throw new ExportParamError(field, error.message.replace(/"query\./, '"'));
    }
    throw error;
  }
}

/** Filters of `/export/policy-region-links.csv`. */
export interface LinkExportQuery {
  policyId: string | null;
  regionId: string | null;
  /** as `Query.policyRegionLinks(maxHops)`: LINK_HOPS */
  maxHops: number;
}

/** Validates `policyId`, `regionId` and `maxHops` (bounded as `Query.policyRegionLinks`: LINK_HOPS). */
export function linkExportQuery(q: QueryValues): LinkExportQuery {
  rejectUnknown(q, ['policyId', 'regionId', 'maxHops']);
  const id = (name: string) => {
    const v = single(q, name)?.trim();
    if (v === undefined || v === '') return null;
    if (v.length > MAX_ID_LENGTH) throw new ExportParamError(name, `"${name}" is longer than ${MAX_ID_LENGTH} characters.`);
    return v;
  };
  const hopsText = single(q, 'maxHops');
  const maxHops = hopsText === undefined ? LINK_HOPS.default : Number(hopsText);
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > LINK_HOPS.max) {
    throw new ExportParamError('maxHops', `"maxHops" must be an integer from 1 to ${LINK_HOPS.max}, not ${JSON.stringify(hopsText)}.`);
  }
  return { policyId: id('policyId'), regionId: id('regionId'), maxHops };
}
