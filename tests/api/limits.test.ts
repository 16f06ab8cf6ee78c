import fs from 'node:fs';
import path from 'node:path';
import { Kind, type FieldDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../src/api';
import {
  DEFAULT_NEIGHBOURHOOD_SIZE,
  DEFAULT_PAGE_SIZE,
  DEFAULT_RELATIONSHIP_SOURCES,
  DEFAULT_REPORTS,
  LINK_HOPS,
  NEIGHBOURHOOD_DEPTH,
  PATH_HOPS,
  SOURCES_PER_RELATIONSHIP,
} from '../../src/api/limits';

/** Every `Type.field(argument)` of schema.graphql with an Int default, and that default. */
const defaults = new Map<string, number>();
for (const def of loadTypeDefs().definitions) {
  if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
  for (const field of (def.fields ?? []) as FieldDefinitionNode[]) {
    for (const arg of field.arguments ?? []) {
      if (arg.defaultValue?.kind === Kind.INT) defaults.set(`${def.name.value}.${field.name.value}(${arg.name.value})`, Number(arg.defaultValue.value));
    }
  }
}

const special: Record<string, number> = {
  'Query.reports(first)': DEFAULT_REPORTS,
  'Query.neighborhood(first)': DEFAULT_NEIGHBOURHOOD_SIZE,
  'Query.neighborhood(depth)': NEIGHBOURHOOD_DEPTH.default,
  'Query.policyRegionLinks(maxHops)': LINK_HOPS.default,
  'Query.path(maxHops)': PATH_HOPS.default,
  'Relationship.sources(first)': DEFAULT_RELATIONSHIP_SOURCES,
  'PolicyRegionLink.sources(perRelationship)': SOURCES_PER_RELATIONSHIP.default,
};

describe('api limits', () => {
  it('finds the schema’s argument defaults', () => {
    expect(defaults.size).toBeGreaterThan(30);
    for (const key of Object.keys(special)) expect(defaults.has(key)).toBe(true);
  });

  it.each([...defaults])('%s defaults to what api/limits.ts says', (key, value) => {
    expect(value).toBe(special[key] ?? DEFAULT_PAGE_SIZE);
  });

  it('bounds the path patterns of the Cypher files by the same hop caps', () => {
    const read = (name: string) => fs.readFileSync(path.join(__dirname, '../../cypher/read', `${name}.cypher`), 'utf8');
    expect(read('policyRegionLinks')).toContain(`*1..${LINK_HOPS.max}]`);
    expect(read('shortestPath')).toContain(`*..${PATH_HOPS.max}]`);
  });
});
