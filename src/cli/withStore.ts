import type { Config } from '../server/config';
import { openStore } from '../server/openStore';
import type { Store } from '../store';

/** Runs `work` with a store opened by openStore (migrated; a local Neo4j it started is stopped after). */
export async function withStore<T>(config: Config, work: (store: Store) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  const { store, close } = await openStore(config, { queryTimeoutMs: options.timeoutMs });
  try {
    return await work(store);
  } finally {
    await close();
  }
}
