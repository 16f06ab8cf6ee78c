import { queriesIn } from './defineQuery';

/** The bookkeeping files of cypher/migrate/ that migrate.ts runs around the schema migrations. */
const query = queriesIn('migrate', 'WRITE');

export const appliedMigrations = query('appliedMigrations', {}, { version: 'Integer', checksum: 'String' });
export const recordMigration = query('recordMigration', { version: 'Integer', checksum: 'String', description: 'String' }, {});
export const awaitIndexes = query('awaitIndexes', {}, {});
