import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../cypherFiles';
import { toCypherValue, type Params, type Shape, type TypeSpec } from './cypherTypes';

/** Whatever runs a statement: a managed transaction, or a session for an auto-commit probe. */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

/**
 * One Cypher file as a typed function, in the manner of pgtyped's generated queries: `nodesByIds(tx, { ids })`
 * runs `cypher/read/nodesByIds.cypher` with those parameters and resolves to its rows. `params` and `returns` repeat
 * the file header's types (tests/store/queries.test.ts holds them to it), and the TypeScript types derive from them.
 */
export interface CypherQuery<P extends TypeSpec, R extends TypeSpec> {
  (tx: QueryRunner, params: Params<P>): Promise<Shape<R>[]>;
  /** `read/nodesByIds`: the file under cypher/, without `.cypher` */
  readonly file: string;
  /** the transaction it needs */
  readonly mode: 'READ' | 'WRITE';
  readonly params: P;
  readonly returns: R;
}

/** A query of any parameters and rows: what the registry and the header test handle. */
export type AnyQuery = CypherQuery<TypeSpec, TypeSpec>;

/**
 * The wrapper factory of one folder of cypher/, whose files all need one transaction mode.
 * Example: `const query = queriesIn('read', 'READ'); export const ping = query('ping', {}, { ok: 'Integer' });`.
 */
export function queriesIn(area: string, mode: 'READ' | 'WRITE') {
  return <const P extends TypeSpec, const R extends TypeSpec>(name: string, params: P, returns: R): CypherQuery<P, R> => {
    const file = `${area}/${name}`;
    const text = cypher(file);
    const run = async (tx: QueryRunner, values: Params<P>): Promise<Shape<R>[]> => {
      const converted = Object.fromEntries(Object.entries(params).map(([k, type]) => [k, toCypherValue((values as Record<string, unknown>)[k], type)]));
      const result = await tx.run(text, converted);
      return result.records.map((r) => r.toObject() as Shape<R>);
    };
    return Object.assign(run, { file, mode, params, returns });
  };
}
