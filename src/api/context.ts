import DataLoader from 'dataloader';
import type { GraphNode, RoundTripCounter, SourceRow, Store } from '../store';

/** Limits the resolvers enforce (from Config). */
export interface ApiLimits {
  maxPageSize: number;
}

/** Who is calling: the name of the API key used, or null for an anonymous read. */
export interface Caller {
  keyName: string | null;
}

/**
 * Per-request state. `batch` hands out one DataLoader per (field, arguments) pair, so every resolver of one
 * level that asks the same question with the same arguments shares one round trip.
 */
export interface KgContext {
  /** the store, counting this request's round trips in `counter` */
  store: Store;
  limits: ApiLimits;
  caller: Caller;
  /** database round trips of this request */
  counter: RoundTripCounter;
  nodes: DataLoader<string, GraphNode | null>;
  /** evidence lists → their sources: every relationship of one level in one round trip */
  evidence: DataLoader<readonly string[], SourceRow[], string>;
  batch<V>(key: string, load: (ids: readonly string[]) => Promise<Map<string, V>>): DataLoader<string, V | undefined>;
}

export function createContext(base: Store, limits: ApiLimits, caller: Caller): KgContext {
  const counter: RoundTripCounter = { roundTrips: 0 };
  const store = base.counting(counter);
  const loaders = new Map<string, DataLoader<string, unknown>>();
  const nodes = new DataLoader<string, GraphNode | null>(async (ids) => {
    const found = await store.nodesByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const evidence = new DataLoader<readonly string[], SourceRow[], string>((lists) => store.evidenceSources(lists), {
    cacheKeyFn: (list) => list.join('\n'),
  });
  return {
    store,
    limits,
    caller,
    counter,
    nodes,
    evidence,
    batch<V>(key: string, load: (ids: readonly string[]) => Promise<Map<string, V>>) {
      let loader = loaders.get(key) as DataLoader<string, V | undefined> | undefined;
      if (!loader) {
        loader = new DataLoader<string, V | undefined>(async (ids) => {
          const found = await load(ids);
          return ids.map((id) => found.get(id));
        });
        loaders.set(key, loader as DataLoader<string, unknown>);
      }
      return loader;
    },
  };
}
