import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_BYTES, findAbove } from '../ingest';
import { defaultLocalMemory } from './localNeo4j/memory';

/** Repository root: config paths default relative to it so commands work from any working directory. */
/** The repository root (where package.json is), from src/server or the compiled dist/src/server alike. */
export const repoRoot = path.dirname(findAbove(__dirname, 'package.json'));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'a size like 512m or 1g');

/**
 * Every environment variable the project reads, parsed once. Nothing else reads process.env.
 * Each key is the variable's name; the comment gives unit and default.
 */
const EnvSchema = z.object({
  /** bolt/neo4j URI of an existing server or cluster; unset = run the embedded local Neo4j */
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI').optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  /** database name; unset = the server's default database */
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** folder of the local Neo4j (data, pid, log); default .neo4j/ in the repo */
  NEO4J_LOCAL_DIR: z.string().optional(),
  /** Bolt port of the local Neo4j (always bound to 127.0.0.1); default 7687 */
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  /** JVM heap of the local Neo4j, e.g. 512m; default 25% of RAM within [512m, 4g] (localNeo4j/memory.ts) */
  NEO4J_LOCAL_HEAP: memorySize.optional(),
  /** page cache of the local Neo4j, e.g. 128m; default 25% of RAM within [128m, 8g] (localNeo4j/memory.ts) */
  NEO4J_LOCAL_PAGECACHE: memorySize.optional(),
  /** seconds to wait for the local Neo4j to answer Bolt; default 180 */
  NEO4J_LOCAL_START_TIMEOUT_S: positiveInt.default(180),
  /** the JDK the local Neo4j runs on (its bin/java); unset = `java` on PATH */
  JAVA_HOME: z.string().optional(),
  /** Neo4j transaction timeout for API reads and writes, milliseconds; default 15000 */
  QUERY_TIMEOUT_MS: positiveInt.default(15000),
  /** longest wait for a Neo4j connection (pool slot and connect), milliseconds; default 3000 */
  NEO4J_ACQUISITION_TIMEOUT_MS: positiveInt.default(3000),
  /** how long a transaction is retried after a transient failure (server gone, leader switch), milliseconds;
   * default 2000 (with the acquisition timeout, a request fails within 5 s when Neo4j is gone) */
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(2000),
  /** time budget of one report's extraction (on a worker thread), milliseconds; default 45000 */
  EXTRACTION_TIMEOUT_MS: positiveInt.default(45000),
  /** largest report accepted, bytes (as UTF-8 for text sent to the API); default 1 MiB (DEFAULT_MAX_BYTES) */
  MAX_REPORT_BYTES: positiveInt.default(DEFAULT_MAX_BYTES),
  /** largest request body without a valid API key, bytes; default 1 MiB. Keyed requests may send
   * 2 × MAX_REPORT_BYTES + MAX_BODY_BYTES (a report and the JSON around it). */
  MAX_BODY_BYTES: positiveInt.default(1024 * 1024),
  /** how long `npm run ingest` waits for an unreachable database before it stops, milliseconds; default 30000 */
  INGEST_GIVE_UP_MS: positiveInt.default(30000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** HTTP port; 0 = any free port (tests); default 4000 */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** `production` masks internal errors */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** answer introspection queries (`__schema`, `__type`); default true, false when NODE_ENV=production */
  INTROSPECTION: bool.optional(),
  /** comma-separated API keys for mutations (Authorization: Bearer <key>); empty = mutations disabled */
  API_KEYS: z.string().default(''),
  /** require an API key for reads too; default false */
  REQUIRE_KEY_FOR_READS: bool.default(false),
  /** maximum page size of any list; default 100 */
  MAX_PAGE_SIZE: positiveInt.max(1000).default(100),
  /** maximum query depth; default 10 */
  MAX_QUERY_DEPTH: positiveInt.default(10),
  /** maximum query cost (graphql-armor cost limit); default 20000 */
  MAX_QUERY_COST: positiveInt.default(20000),
  /** maximum aliases in a query; default 30 */
  MAX_ALIASES: positiveInt.default(30),
  /** report loaded by `npm start` when the database holds none; default the seed report */
  SEED_REPORT: z.string().optional(),
  /** what `npm start` loads: `seed` = SEED_REPORT into an empty database; `all` = also every bundled report of
   * seeds/reports/ that the database does not hold yet; default seed */
  SEED_REPORTS: z.enum(['seed', 'all']).default('seed'),
  /** pino log level; default info */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** true when nothing is configured and the embedded local Neo4j must be started */
  local: boolean;
}

export interface LocalNeo4jConfig {
  dir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutS: number;
  /** the java executable; default `java` on PATH */
  java?: string;
}

/** How the driver waits for Neo4j: what bounds a request's wait when the database is gone. */
export interface DriverTimeouts {
  /** NEO4J_ACQUISITION_TIMEOUT_MS */
  acquisitionTimeoutMs: number;
  /** NEO4J_MAX_RETRY_MS */
  maxRetryTimeMs: number;
}

/** Limits of one report, the same for the API, `npm run ingest` and `npm start`'s seed loading. */
export interface ReportLimits {
  /** EXTRACTION_TIMEOUT_MS */
  extractionTimeoutMs: number;
  /** MAX_REPORT_BYTES */
  maxReportBytes: number;
}

export interface Config {
  neo4j: Neo4jConnection;
  localNeo4j: LocalNeo4jConfig;
  driver: DriverTimeouts;
  reports: ReportLimits;
  queryTimeoutMs: number;
  host: string;
  port: number;
  production: boolean;
  /** INTROSPECTION */
  introspection: boolean;
  apiKeys: readonly string[];
  requireKeyForReads: boolean;
  maxPageSize: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  maxAliases: number;
  /** MAX_BODY_BYTES: request bodies without a valid key */
  maxAnonymousBodyBytes: number;
  /** request bodies with a valid key: 2 × MAX_REPORT_BYTES + MAX_BODY_BYTES */
  maxKeyedBodyBytes: number;
  /** INGEST_GIVE_UP_MS */
  ingestGiveUpMs: number;
  seedReport: string;
  /** `seed` or `all` (SEED_REPORTS) */
  seedReports: 'seed' | 'all';
  /** the bundled dataset: seeds/reports */
  bundledReportsDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment into a Config; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  // Empty strings count as unset, as shells and compose files often export VAR= for "default".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const localDir = path.resolve(repoRoot, e.NEO4J_LOCAL_DIR ?? '.neo4j');
  return Object.freeze({
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_LOCAL_BOLT_PORT}`,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      local: e.NEO4J_URI === undefined,
    },
    localNeo4j: {
      dir: localDir,
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      heap: e.NEO4J_LOCAL_HEAP ?? defaultLocalMemory().heap,
      pageCache: e.NEO4J_LOCAL_PAGECACHE ?? defaultLocalMemory().pageCache,
      startTimeoutS: e.NEO4J_LOCAL_START_TIMEOUT_S,
      java: e.JAVA_HOME ? path.join(e.JAVA_HOME, 'bin', 'java') : 'java',
    },
    driver: { acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS, maxRetryTimeMs: e.NEO4J_MAX_RETRY_MS },
    reports: { extractionTimeoutMs: e.EXTRACTION_TIMEOUT_MS, maxReportBytes: e.MAX_REPORT_BYTES },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    host: e.HOST,
    port: e.PORT,
    production: e.NODE_ENV === 'production',
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    apiKeys: e.API_KEYS.split(',').map((k) => k.trim()).filter(Boolean),
    requireKeyForReads: e.REQUIRE_KEY_FOR_READS,
    maxPageSize: e.MAX_PAGE_SIZE,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    maxQueryCost: e.MAX_QUERY_COST,
    maxAliases: e.MAX_ALIASES,
    maxAnonymousBodyBytes: e.MAX_BODY_BYTES,
    maxKeyedBodyBytes: 2 * e.MAX_REPORT_BYTES + e.MAX_BODY_BYTES,
    ingestGiveUpMs: e.INGEST_GIVE_UP_MS,
    seedReport: path.resolve(repoRoot, e.SEED_REPORT ?? 'seeds/reports/chongqing-2023-h1-plan-execution-report.txt'),
    seedReports: e.SEED_REPORTS,
    bundledReportsDir: path.join(repoRoot, 'seeds', 'reports'),
    logLevel: e.LOG_LEVEL,
  });
}
