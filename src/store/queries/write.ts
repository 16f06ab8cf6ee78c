import { queriesIn } from './defineQuery';

/** The curation files of cypher/write/, one typed function each. */
const query = queriesIn('write', 'WRITE');

const EDGE = { from: 'String', to: 'String', type: 'String', curatedBy: 'String' } as const;

export const upsertNode = query(
  'upsertNode',
  { id: 'String', label: 'String', name: 'String', properties: 'Map', curatedBy: 'String', evidence: 'String?' },
  { labels: 'List<String>', props: 'Map' },
);
export const deleteNode = query('deleteNode', { id: 'String', curatedBy: 'String' }, { removed: 'Integer' });
export const linkNodes = query('linkNodes', { ...EDGE, evidence: 'String?' }, { rel: 'Relationship' });
export const unlinkNodes = query('unlinkNodes', EDGE, { removed: 'Integer' });
