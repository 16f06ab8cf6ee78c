import { z } from 'zod';
import type { ListLabel, ListParams } from '../../store';
import { badInput } from '../errors';

const text = z.string().trim().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const id = z.string().min(1, 'must not be empty').max(300, 'is longer than 300 characters');
const list = z.array(z.string()).max(50, 'has more than 50 entries');
const num = z.number().finite();

const common = {
  nameContains: text.nullish(),
  nameEquals: text.nullish(),
  regionId: id.nullish(),
  reportId: id.nullish(),
};

const whereSchemas = {
  Policy: z.object({ ...common, kind: list.nullish() }).strict(),
  Agency: z.object({ ...common, kind: list.nullish() }).strict(),
  Region: z.object({ nameContains: common.nameContains, nameEquals: common.nameEquals, reportId: common.reportId, level: list.nullish(), withinRegionId: id.nullish() }).strict(),
  Project: z.object({ ...common, kind: list.nullish(), status: list.nullish() }).strict(),
  Metric: z
    .object({
      subjectContains: text.nullish(),
      subjectEquals: text.nullish(),
      unit: list.nullish(),
      kind: list.nullish(),
      period: text.nullish(),
      valueGt: num.nullish(),
      valueGte: num.nullish(),
      valueLt: num.nullish(),
      valueLte: num.nullish(),
      regionId: id.nullish(),
      reportId: id.nullish(),
    })
    .strict(),
} as const;

const orderSchema = z
  .array(z.object({ field: z.enum(['NAME', 'VALUE']), direction: z.enum(['ASC', 'DESC']).default('ASC') }))
  .max(2, 'accepts at most two sort keys');

/** Turns zod's first issue into a BAD_USER_INPUT error naming the argument path. */
function parse<T>(schema: z.ZodType<T>, value: unknown, argName: string): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [argName, ...issue.path.map(String)].join('.');
  throw badInput(`"${field}" ${issue.message}.`, field);
}

export interface ListQuery {
  /** region id the list is scoped to, or null */
  scope: string | null;
  params: ListParams;
}

const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

/**
 * Validates a list field's `where` and `orderBy` and maps them to the parameters of the label's Cypher list
 * file (every parameter present, null when unset).
 */
export function listQuery(label: ListLabel, where: unknown, orderBy: unknown, argName = 'where'): ListQuery {
  const w = parse(whereSchemas[label] as z.ZodType<Record<string, unknown>>, where, argName);
  const orders = parse(orderSchema, orderBy ?? [], 'orderBy');
  if (label !== 'Metric' && orders.some((o) => o.field === 'VALUE')) throw badInput('"orderBy.field" VALUE applies to metrics only.', 'orderBy.field');
  const sorts = orders.map((o) => `${o.field}_${o.direction}`);
  const base = { nameContains: orNull(w.nameContains), nameEquals: orNull(w.nameEquals), reportId: orNull(w.reportId), sort1: sorts[0] ?? null };
  switch (label) {
    case 'Policy':
    case 'Agency':
      return { scope: orNull(w.regionId as string), params: { ...base, kinds: orNull(w.kind) } };
    case 'Region':
      return { scope: orNull(w.withinRegionId as string), params: { ...base, levels: orNull(w.level) } };
    case 'Project':
      return { scope: orNull(w.regionId as string), params: { ...base, kinds: orNull(w.kind), statuses: orNull(w.status), includeSubregions: true } };
    case 'Metric':
      return {
        scope: orNull(w.regionId as string),
        params: {
          subjectContains: orNull(w.subjectContains),
          subjectEquals: orNull(w.subjectEquals),
          units: orNull(w.unit),
          kinds: orNull(w.kind),
          period: orNull(w.period),
          valueGt: orNull(w.valueGt),
          valueGte: orNull(w.valueGte),
          valueLt: orNull(w.valueLt),
          valueLte: orNull(w.valueLte),
          reportId: orNull(w.reportId),
          includeSubregions: true,
          sort1: sorts[0] ?? null,
          sort2: sorts[1] ?? null,
        },
      };
  }
}
