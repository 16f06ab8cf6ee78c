/** A quoted name at the start (“千项万亿”, “金芙蓉”) and what follows it. */
const LEADING_QUOTED = /^\s*[“"「]([^”"」]{1,12})[”"」](.+)$/;

/**
 * The subject without the quoted programme name that opens it, or null when none does: reports scope a standard
 * indicator to their own campaign by name (2026 浙江省 `“千项万亿”重大项目完成投资`, 2026 湖南省
 * `“金芙蓉”省级政府投资基金规模`), and the indicator is what follows the name. Callers try this only after the
 * whole subject found nothing, since a quoted name can be the indicator itself (`“新三样”出口`).
 */
export function withoutProgrammeName(subject: string): string | null {
  const m = LEADING_QUOTED.exec(subject);
  return m && m[2].trim().length >= 2 ? m[2].trim() : null;
}
