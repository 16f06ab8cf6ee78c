import neo4j from 'neo4j-driver';
import type { Props, RelationshipRow, SourceRow } from '../types';

/** A node as the Cypher files return it: `{labels: labels(n), props: n {.*}}`. */
export interface NodeRow {
  labels: string[];
  props: Props;
}

/**
 * The types a Cypher file's header may name (`// @param ids: List<String>`, `// @returns total: Integer`), with the
 * TypeScript type each stands for. `T?` also allows null; `List<T>` is a list; `Map` is a property map; Node, Source
 * and Relationship are the row shapes the files build with map projections.
 */
interface Named {
  String: string;
  Integer: number;
  Float: number;
  Boolean: boolean;
  Map: Props;
  Node: NodeRow;
  Source: SourceRow;
  Relationship: RelationshipRow;
}

/** The TypeScript type of a header type: `TsType<'List<String>?'>` is `string[] | null`. */
export type TsType<T extends string> = T extends `${infer Inner}?`
  ? TsType<Inner> | null
  : T extends `List<${infer Item}>`
    ? TsType<Item>[]
    : T extends keyof Named
      ? Named[T]
      : never;

/** The same for a parameter, which the query only reads: any list will do, and any object as a Map. */
export type ParamType<T extends string> = T extends `${infer Inner}?`
  ? ParamType<Inner> | null
  : T extends `List<${infer Item}>`
    ? readonly ParamType<Item>[]
    : T extends 'Map'
      ? object
      : T extends keyof Named
      ? Named[T]
      : never;

/** Header types by name, as a wrapper declares its parameters or columns. */
export type TypeSpec = Readonly<Record<string, string>>;

/** The TypeScript shape of a row spec: `{ total: 'Integer' }` → `{ total: number }`. */
export type Shape<S extends TypeSpec> = { [K in keyof S]: TsType<S[K]> };

/** The TypeScript shape of a parameter spec: `{ ids: 'List<String>' }` → `{ ids: readonly string[] }`. */
export type Params<S extends TypeSpec> = { [K in keyof S]: ParamType<S[K]> };

/** Metric properties that are real numbers even when a value happens to be whole (2411 亿元). */
const FLOAT_PROPERTIES = new Set(['value', 'valueMax', 'valueNormalized']);

/**
 * One parameter value as Cypher should receive it. JS has one number type and Cypher two, and LIMIT, SKIP, list
 * slices and substring() need integers: a parameter declared Integer becomes one, one declared Float stays a float.
 * Inside a Map (node or relationship properties, report metadata) whole numbers are integers (offsets, years)
 * except the metric properties that are floats, so stored values keep one type whatever their value.
 */
export function toCypherValue(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type.endsWith('?')) return toCypherValue(value, type.slice(0, -1));
  const item = /^List<(.+)>$/.exec(type)?.[1];
  if (item !== undefined) return (value as unknown[]).map((v) => toCypherValue(v, item));
  if (type === 'Integer') return neo4j.int(value as number);
  if (type === 'Map') return propertyValue(value, '');
  return value;
}

function propertyValue(value: unknown, key: string): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) && !FLOAT_PROPERTIES.has(key) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((v) => propertyValue(v, key));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, propertyValue(v, k)]));
  }
  return value;
}
