/** `examples 等 whole`: what follows the last 等, when at least two characters do. */
const AFTER_DENG = /等([^等]{2,})$/;

/**
 * The subject without the examples that open it, or null when it has none: a report names the whole after 等 and
 * a few of its parts before it (2026 广西 `燃气、供排水等地下管网`, 2026 福建 `低保、特困等救助资金`), and the whole
 * is what is measured. Callers try this only after the whole subject found nothing, so a name that itself
 * holds 等 is looked up first.
 * Examples: `供排水等地下管网` → `地下管网`; `特困等救助资金` → `救助资金`; `地下管网` → null.
 */
export function withoutExamples(subject: string): string | null {
  const m = AFTER_DENG.exec(subject);
  return m ? m[1] : null;
}
