import type { Logger } from 'pino';
import type { Store } from '../store';

export interface WatchDatabaseOptions {
  /** how often Neo4j is probed while it is gone, so that its return is seen without a request; default 2000 ms */
  probeIntervalMs?: number;
}

/**
 * Logs one warning line when Neo4j stops answering (the first request or probe that finds it gone) and one when it
 * answers again, however many requests fail in between; while it is gone, pings it every `probeIntervalMs` so the
 * second line comes when it is back, not with the next request. Returns how to stop watching.
 * Example: `const unwatch = watchDatabase(store, logger); …; unwatch();`.
 */
export function watchDatabase(store: Store, logger: Logger, options: WatchDatabaseOptions = {}): () => void {
  let probe: NodeJS.Timeout | undefined;
  let since = 0;
  const stopProbing = () => {
    clearInterval(probe);
    probe = undefined;
  };
  const off = store.db.availability.onChange((up, cause) => {
    if (up) {
      stopProbing();
      logger.warn({ downSeconds: Math.round((Date.now() - since) / 100) / 10 }, 'Neo4j answers again');
      return;
    }
    since = Date.now();
    const reason = cause instanceof Error ? cause.message : String(cause);
    logger.warn({ reason }, 'Neo4j is unavailable: requests get STORE_UNAVAILABLE (HTTP 503) until it is back');
    probe ??= setInterval(() => void store.ping(), options.probeIntervalMs ?? 2000);
    probe.unref();
  });
  return () => {
    off();
    stopProbing();
  };
}
