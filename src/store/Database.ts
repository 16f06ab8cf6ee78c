import neo4j, { isRetryableError, Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { Availability } from './Availability';
import { writeBookmarks, type WriteBookmarks } from './writeBookmarks';
import { isUnavailable, toStoreError } from './errors';
import { read, type CypherQuery } from './queries';
import type { QueryRunner } from './queries/defineQuery';
import type { Params, Shape, TypeSpec } from './queries/cypherTypes';

export interface DatabaseOptions {
  /** database name; undefined = the server's default */
  database?: string;
  /** transaction timeout, milliseconds */
  queryTimeoutMs: number;
  /** how long a single-statement read is retried after a transient failure (as the driver retries managed
   * transactions: NEO4J_MAX_RETRY_MS); default 2000 */
  maxRetryTimeMs?: number;
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

/** How long a request may wait on an unreachable Neo4j (NEO4J_ACQUISITION_TIMEOUT_MS, NEO4J_MAX_RETRY_MS). */
export interface DriverOptions {
  /** longest wait for a connection, from the pool or newly connected; default 3000 */
  acquisitionTimeoutMs?: number;
  /** how long a managed transaction is retried after a transient failure; default 2000 */
  maxRetryTimeMs?: number;
}

/**
 * A driver that returns plain JS numbers (all our integers are offsets and counts, far below 2^53) and fails
 * fast when Neo4j is gone: a connection is waited for at most `acquisitionTimeoutMs` and a failed transaction
 * retried for at most `maxRetryTimeMs`, so a request fails within about 5 s instead of hanging for the driver's
 * defaults (60 s and 30 s). https://neo4j.com/docs/javascript-manual/current/connect-advanced/
 */
export function createDriver(conn: DriverConfig, options: DriverOptions = {}): Driver {
  const auth = conn.password ? neo4j.auth.basic(conn.username, conn.password) : undefined;
  const acquisitionTimeoutMs = options.acquisitionTimeoutMs ?? 3000;
  return neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: acquisitionTimeoutMs,
    connectionTimeout: acquisitionTimeoutMs,
    // Managed transactions retry transient failures (leader switch, deadlock, lost connection) for this long.
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 2000,
  });
}

/** Whole-transaction retries after a deadlock the driver's own retries did not get past (long writes). */
const DEADLOCK_RETRIES = 3;

function isDeadlock(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.TransientError.Transaction.DeadlockDetected';
}

/**
 * The only door to Neo4j: managed transactions (so `neo4j://` cluster routing and retries work unchanged),
 * a transaction timeout on every call, causal bookmarks that writes advance (read-your-writes), and
 * driver errors mapped once to StoreError.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly counter?: RoundTripCounter,
    /** whether Neo4j answers, as the transactions and probes of this database and its counting copies found */
    readonly availability: Availability = new Availability(),
    private readonly bookmarks: WriteBookmarks = writeBookmarks(),
  ) {}

  /** The same database, counting each transaction it runs in `counter`. */
  counting(counter: RoundTripCounter): Database {
    return new Database(this.driver, this.options, counter, this.availability, this.bookmarks);
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: mode === 'READ' ? this.bookmarks.reads : this.bookmarks.writes,
    });
  }

  /** Runs one typed query in a transaction of its own, read or write as the query needs. */
  run<P extends TypeSpec, R extends TypeSpec>(query: CypherQuery<P, R>, params: Params<P>): Promise<Shape<R>[]> {
    if (query.mode === 'READ') return this.readOne((runner) => query(runner, params));
    return this.writeTx((tx) => query(tx, params));
  }

  /** Runs one composed read statement (store/compose) in a transaction of its own; rows as plain objects. */
  readStatement(statement: { text: string; params: Record<string, unknown> }): Promise<Record<string, unknown>[]> {
    return this.readOne(async (runner) => (await runner.run(statement.text, statement.params)).records.map((r) => r.toObject()));
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL go out in one write and come back in one round
   * trip, where a managed transaction adds a BEGIN write and a COMMIT round trip (a third of a node lookup's
   * latency under load). One statement is its own snapshot, so nothing is lost; the driver's retry of transient
   * failures is kept here, for the same NEO4J_MAX_RETRY_MS. Several statements that must see one snapshot use readTx.
   */
  private async readOne<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    if (this.counter) this.counter.roundTrips++;
    const timeout = this.options.queryTimeoutMs;
    const retryUntil = Date.now() + (this.options.maxRetryTimeMs ?? 2000);
    for (let delay = 100; ; delay *= 2) {
      const session = this.session('READ');
      try {
        const result = await work({ run: (text, params) => session.run(text, params, { timeout }) });
        this.availability.report(true);
        return result;
      } catch (error) {
        const wait = Math.min(delay * (0.8 + 0.4 * Math.random()), retryUntil - Date.now());
        if (isRetryableError(error) && wait > 0) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
        throw this.failed(error);
      } finally {
        await session.close().catch(() => {});
      }
    }
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
    for (let attempt = 0; ; attempt++) {
      const session = this.session(mode);
      try {
        const result = await (mode === 'READ' ? session.executeRead(work, { timeout }) : session.executeWrite(work, { timeout }));
        this.availability.report(true);
        return result;
      } catch (error) {
        if (isDeadlock(error) && attempt < DEADLOCK_RETRIES) continue;
        throw this.failed(error);
      } finally {
        await session.close().catch(() => {});
      }
    }
  }

  /** The StoreError a failed call throws; an unreachable server marks the database unavailable, any answer available. */
  private failed(error: unknown): unknown {
    const mapped = toStoreError(error);
    if (isUnavailable(mapped)) this.availability.report(false, error);
    else if (error instanceof Neo4jError) this.availability.report(true);
    return mapped;
  }

  /**
   * True when the server answers a trivial query. An auto-commit query, not a managed transaction: a probe
   * must answer now, not after the driver's retry window.
   */
  async ping(): Promise<boolean> {
    const session = this.session('READ');
    try {
      await read.ping({ run: (text, params) => session.run(text, params, { timeout: 5000 }) }, {});
      this.availability.report(true);
      return true;
    } catch (error) {
      const mapped = toStoreError(error);
      if (isUnavailable(mapped)) this.availability.report(false, error);
      return false;
    } finally {
      await session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
