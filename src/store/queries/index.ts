/** One typed function per Cypher file (cypher/<area>/<name>.cypher), by area. */
import type { AnyQuery } from './defineQuery';
import * as ingest from './ingest';
import * as migrate from './migrate';
import * as read from './read';
import * as write from './write';

export { ingest, migrate, read, write };
export type { AnyQuery, CypherQuery, QueryRunner } from './defineQuery';
export type { NodeRow } from './cypherTypes';

/** Every wrapper, for the test that holds each to its file's header. */
export const allQueries: readonly AnyQuery[] = [read, write, ingest, migrate].flatMap((area) => Object.values(area) as AnyQuery[]);
