import fs from 'node:fs';
import { findAbove } from '../ingest';
import gql from 'graphql-tag';
import { Kind, type DocumentNode } from 'graphql';

/** schema.graphql at the repository root is the API contract; everything else reads it from here. */
export const schemaPath = findAbove(__dirname, 'schema.graphql');

let cached: DocumentNode | undefined;

export function loadTypeDefs(): DocumentNode {
  cached ??= gql(fs.readFileSync(schemaPath, 'utf8'));
  return cached;
}

/**
 * The values of an enum declared in schema.graphql (so resolvers never hard-code a second copy), typed as the
 * generated union of the same enum: `enumValues<PolicyKind>('PolicyKind')`.
 */
export function enumValues<T extends string>(name: string): T[] {
  for (const def of loadTypeDefs().definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === name) return (def.values ?? []).map((v) => v.name.value as T);
  }
  throw new Error(`schema.graphql declares no enum ${name}`);
}
