/** Maps a stored enum value to the schema's enum, falling back when extraction produced a value the API lacks. */
export function enumValue<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T;
export function enumValue<T extends string>(allowed: readonly T[], value: unknown, fallback: null): T | null;
export function enumValue<T extends string>(allowed: readonly T[], value: unknown, fallback: T | null): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
