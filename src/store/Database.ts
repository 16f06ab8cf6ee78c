import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toStoreError } from './errors';
import { read, type CypherQuery } from './queries';
import type { Params, Shape, TypeSpec } from './queries/cypherTypes';

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

/** A transaction the typed queries run in: writeReport groups many statements in one. */
export type Tx = ManagedTransaction;

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

/**
 * The only door to Neo4j: managed transactions (so `neo4j://` cluster routing and retries work unchanged),
 * a transaction timeout on every call, causal bookmarks shared across sessions (read-your-writes), and
 * driver errors mapped once to StoreError.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly counter?: RoundTripCounter,
  ) {}

  /** The same database, counting each transaction it runs in `counter`. */
  counting(counter: RoundTripCounter): Database {
    return new Database(this.driver, this.options, counter);
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /** Runs one typed query in a transaction of its own, read or write as the query needs. */
  run<P extends TypeSpec, R extends TypeSpec>(query: CypherQuery<P, R>, params: Params<P>): Promise<Shape<R>[]> {
    const work = (tx: Tx) => query(tx, params);
    return query.mode === 'READ' ? this.readTx(work) : this.writeTx(work);
  }

  /** Runs one composed read statement (store/compose) in a transaction of its own; rows as plain objects. */
  readStatement(statement: { text: string; params: Record<string, unknown> }): Promise<Record<string, unknown>[]> {
    return this.readTx(async (tx) => (await tx.run(statement.text, statement.params)).records.map((r) => r.toObject()));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work, this.options.queryTimeoutMs);
  }

  /** All statements of `work` commit together or not at all; `timeoutMs` overrides the query timeout. */
  writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs ?? this.options.queryTimeoutMs);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeout: number): Promise<T> {
    if (this.counter) this.counter.roundTrips++;
    const session = this.session(mode);
    try {
      return await (mode === 'READ' ? session.executeRead(work, { timeout }) : session.executeWrite(work, { timeout }));
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
      await read.ping({ run: (text, params) => session.run(text, params, { timeout: 5000 }) }, {});
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
