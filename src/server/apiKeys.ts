import crypto from 'node:crypto';

/**
 * API keys come from API_KEYS as `name:key` pairs (or bare keys, named key1, key2 …), comma-separated. The
 * name is what curated facts record as `curatedBy`; the key itself is never stored or logged.
 */
export function parseApiKeys(entries: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  entries.forEach((entry, i) => {
    const at = entry.indexOf(':');
    if (at > 0) keys.set(entry.slice(at + 1), entry.slice(0, at));
    else keys.set(entry, `key${i + 1}`);
  });
  return keys;
}

/** The key's name for a `Bearer <key>` header, compared in constant time; null when absent or unknown. */
export function callerFromHeader(header: string | undefined, keys: Map<string, string>): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return null;
  const given = Buffer.from(m[1].trim());
  for (const [key, name] of keys) {
    const k = Buffer.from(key);
    if (k.length === given.length && crypto.timingSafeEqual(k, given)) return name;
  }
  return null;
}
