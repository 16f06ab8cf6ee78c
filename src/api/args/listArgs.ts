import { z } from 'zod';
import type { ListLabel, ListOrder, ListWhere } from '../../store';
import { badInput } from '../errors';
import { MAX_FILTER_TEXT_LENGTH, MAX_FILTER_VALUES, MAX_ID_LENGTH } from '../limits';
import { parseArg } from './parseArg';

const text = z.string().trim().min(1, 'must not be empty').max(MAX_FILTER_TEXT_LENGTH, `is longer than ${MAX_FILTER_TEXT_LENGTH} characters`);
const id = z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, `is longer than ${MAX_ID_LENGTH} characters`);
const list = z.array(z.string()).max(MAX_FILTER_VALUES, `has more than ${MAX_FILTER_VALUES} entries`);
const num = z.number().finite();

const common = {
  nameContains: text.nullish(),
  nameEquals: text.nullish(),
  regionId: id.nullish(),
  reportId: id.nullish(),
};

const whereSchemas: { [L in ListLabel]: z.ZodType<ListWhere[L]> } = {
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
};

const orderSchema = z
  .array(z.object({ field: z.enum(['NAME', 'VALUE']), direction: z.enum(['ASC', 'DESC']).default('ASC') }))
  .max(2, 'accepts at most two sort keys');

/**
 * Validates a list field's `where` and `orderBy` (lengths, list sizes, sort keys) and hands them back in the same
 * terms for the store. Example: `listArgs('Metric', { unit: ['%'] }, [{ field: 'VALUE', direction: 'DESC' }])`.
 */
export function listArgs<L extends ListLabel>(label: L, where: unknown, orderBy: unknown, argName = 'where'): { where: ListWhere[L]; orderBy: ListOrder[] } {
  const parsedWhere = parseArg(whereSchemas[label], where ?? {}, argName);
  const orders = parseArg(orderSchema, orderBy ?? [], 'orderBy');
  if (label !== 'Metric' && orders.some((o) => o.field === 'VALUE')) throw badInput('"orderBy.field" VALUE applies to metrics only.', 'orderBy.field');
  return { where: parsedWhere, orderBy: orders };
}
