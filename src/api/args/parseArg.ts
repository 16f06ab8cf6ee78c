import type { z } from 'zod';
import { badInput } from '../errors';

/**
 * Validates one argument with zod; the first issue becomes a BAD_USER_INPUT error naming the argument path
 * (`"input.name" must not be empty.`, extensions.field `input.name`).
 */
export function parseArg<T>(schema: z.ZodType<T>, value: unknown, argName: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [argName, ...issue.path.map(String)].join('.');
  throw badInput(`"${field}" ${issue.message}.`, field);
}
