import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cypherRoot } from './cypherFiles';
import type { Database } from './Database';
import { migrate as queries } from './queries';

export interface Migration {
  version: number;
  description: string;
  file: string;
  checksum: string;
  statements: string[];
}

export interface MigrationResult {
  applied: number[];
  alreadyApplied: number[];
}

/** Reads cypher/schema/V<n>__<description>.cypher in version order (neo4j-migrations naming). */
export function loadMigrations(dir: string = path.join(cypherRoot, 'schema')): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^V\d+__\w+\.cypher$/.test(f))
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const m = /^V(\d+)__(\w+)\.cypher$/.exec(file)!;
      const statements = source
        .split(/;\s*\n/)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim().replace(/;$/, ''))
        .filter(Boolean);
      return {
        version: Number(m[1]),
        description: m[2].replace(/_/g, ' '),
        file,
        checksum: crypto.createHash('sha256').update(source).digest('hex'),
        statements,
      };
    })
    .sort((a, b) => a.version - b.version);
}

/** How long one schema statement, or the wait for indexes to come online, may take. */
const SCHEMA_TIMEOUT_MS = 300_000;

export class MigrationChecksumError extends Error {
  override name = 'MigrationChecksumError';
}

/**
 * Applies the schema migrations not yet recorded in the database, in order, each recorded as a
 * (:__Migration {version, checksum}) node. Idempotent: a second run applies nothing. A recorded migration whose
 * file has since changed is an error, since constraints it created may differ from what the file now says.
 */
export async function migrate(db: Database, migrations: Migration[] = loadMigrations()): Promise<MigrationResult> {
  const recorded = new Map((await db.run(queries.appliedMigrations, {})).map((r) => [r.version, r.checksum]));
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const m of migrations) {
    const checksum = recorded.get(m.version);
    if (checksum !== undefined) {
      if (checksum !== m.checksum) {
        throw new MigrationChecksumError(
          `Migration ${m.file} was changed after it was applied (checksum ${checksum.slice(0, 12)} ≠ ${m.checksum.slice(0, 12)}). ` +
            'Add a new migration instead of editing an applied one.',
        );
      }
      result.alreadyApplied.push(m.version);
      continue;
    }
    // Schema statements cannot share a transaction with data writes, so each runs on its own; building an index
    // over an existing graph may take longer than a query may.
    for (const statement of m.statements) await db.writeTx((tx) => tx.run(statement), SCHEMA_TIMEOUT_MS);
    await db.run(queries.recordMigration, { version: m.version, checksum: m.checksum, description: m.description });
    result.applied.push(m.version);
  }
  await db.writeTx((tx) => queries.awaitIndexes(tx, {}), SCHEMA_TIMEOUT_MS);
  return result;
}
