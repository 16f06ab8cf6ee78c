import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { withProfile } from '../../bench/peer/recorder';
import { shapes } from '../../bench/peer/shapes';
import { peerTypeDefs } from '../../bench/peer/typeDefs';

/**
 * The peer benchmark (bench/peer) without a database: every shape's queries are valid against the public
 * schema.graphql and against the peer's generated schema, and the hand-written Cypher gets every parameter it
 * names. A schema change that breaks the benchmark shows up here rather than five minutes into a run.
 */
describe('bench/peer shapes', () => {
  const ours = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
  let peer: GraphQLSchema;

  beforeAll(async () => {
    peer = await new Neo4jGraphQL({ typeDefs: peerTypeDefs }).getSchema();
  });

  it('has the five shapes a–e', () => {
    expect(shapes.map((s) => s.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it.each(shapes.map((s) => [s.key, s] as const))('shape %s: our query is valid against schema.graphql', (_, s) => {
    expect(validate(ours, parse(s.ours)).map((e) => e.message)).toEqual([]);
  });

  it.each(shapes.map((s) => [s.key, s] as const))("shape %s: the peer's query is valid against its schema", (_, s) => {
    expect(validate(peer, parse(s.peer)).map((e) => e.message)).toEqual([]);
  });

  it.each(shapes.map((s) => [s.key, s] as const))('shape %s: the hand-written Cypher has every parameter it names', (_, s) => {
    const named = [...new Set([...s.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
    expect(Object.keys(s.params).sort()).toEqual(named);
  });

  it('normalises the three answers of a nested shape to the same ids', () => {
    const b = shapes.find((s) => s.key === 'b')!;
    const region = { id: 'region:万州区', name: '万州区', parent: { id: 'region:重庆市', name: '重庆市' } };
    const expected = ['project:x', '>region:万州区', '>>region:重庆市'];
    expect(b.oursIds({ projects: { nodes: [{ id: 'project:x', regions: { nodes: [region] } }] } })).toEqual(expected);
    expect(b.peerIds({ projects: [{ id: 'project:x', regions: [region] }] })).toEqual(expected);
    expect(b.cypherIds([{ id: 'project:x', regions: [region] }])).toEqual(expected);
  });
});

describe('bench/peer withProfile', () => {
  it('prefixes PROFILE, after a leading CYPHER options line', () => {
    expect(withProfile('MATCH (n) RETURN n')).toBe('PROFILE MATCH (n) RETURN n');
    expect(withProfile('CYPHER 5\nMATCH (n) RETURN n')).toBe('CYPHER 5\nPROFILE MATCH (n) RETURN n');
  });
});
