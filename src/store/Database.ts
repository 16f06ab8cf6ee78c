import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypherFiles';
import { toStoreError } from './errors';

export interface DatabaseOptions {
  /** database name; undefined = the server's default */
  database?: string;
  /** transaction timeout, milliseconds */
  queryTimeoutMs: number;
}

/** Counts database round trips (one per transaction function run): the API's no-N+1 test reads it. */
export interface RoundTripCounter {
  roundTrips: number;
}

export type Row = Record<string, unknown>;

/** A transaction that runs named Cypher files: writeReport groups many statements in one. */
export interface Tx {
  run<R extends Row = Row>(name: string, params?: Record<string, unknown>): Promise<R[]>;
}

export interface DriverConfig {
  uri: string;
  username: string;
  password: string;
}

/** A driver that returns plain JS numbers (all our integers are offsets and counts, far below 2^53). */
export function createDriver(conn: DriverConfig, options: { maxRetryTimeMs?: number } = {}): Driver {
  const auth = conn.password ? neo4j.auth.basic(conn.username, conn.password) : undefined;
  return neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // Managed transactions retry transient failures (leader switch, deadlock) for this long.
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 15_000,
  });
}

/** Properties that are real numbers even when a value happens to be whole (a metric of 2411 亿元). */
const FLOAT_KEYS = new Set(['value', 'valueMax', 'valueGt', 'valueGte', 'valueLt', 'valueLte', 'valueNormalized', 'score']);

/**
 * JS has one number type; Cypher has two, and LIMIT, SKIP, list slices and substring() need integers. Whole
 * numbers become Cypher integers except under the keys above, so offsets are stored and compared as integers
 * and measured values stay floats.
 */
export function toCypherParams(value: unknown, key = ''): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) && !FLOAT_KEYS.has(key) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((v) => toCypherParams(v, key));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v, k)]));
  }
  return value;
}

function wrapTx(tx: ManagedTransaction): Tx {
  return {
    async run<R extends Row>(name: string, params: Record<string, unknown> = {}) {
      const result = await tx.run(cypher(name), toCypherParams(params) as Record<string, unknown>);
      return result.records.map((r) => r.toObject() as R);
    },
  };
}

/**
 * The only door to Neo4j: managed transactions (so `neo4j://` cluster routing and retries work unchanged),
 * a transaction timeout on every call, causal bookmarks shared across sessions (read-your-writes), and
 * driver errors mapped once to StoreError.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /** Runs one read file in a read transaction. */
  async read<R extends Row = Row>(name: string, params: Record<string, unknown> = {}, counter?: RoundTripCounter): Promise<R[]> {
    return this.readTx((tx) => tx.run<R>(name, params), counter);
  }

  /** Runs one write file in a write transaction. */
  async write<R extends Row = Row>(name: string, params: Record<string, unknown> = {}, counter?: RoundTripCounter): Promise<R[]> {
    return this.writeTx((tx) => tx.run<R>(name, params), counter);
  }

  async readTx<T>(work: (tx: Tx) => Promise<T>, counter?: RoundTripCounter): Promise<T> {
    if (counter) counter.roundTrips++;
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(wrapTx(tx)), { timeout: this.options.queryTimeoutMs });
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  /** All statements of `work` commit together or not at all. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>, counter?: RoundTripCounter, timeoutMs?: number): Promise<T> {
    if (counter) counter.roundTrips++;
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(wrapTx(tx)), { timeout: timeoutMs ?? this.options.queryTimeoutMs });
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * True when the server answers a trivial query. An auto-commit query, not a managed transaction: a probe
   * must answer now, not after the driver's retry window.
   */
  async ping(): Promise<boolean> {
    const session = this.session('READ');
    try {
      await session.run(cypher('read/ping'), {}, { timeout: 5000 });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
