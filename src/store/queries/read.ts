import { queriesIn } from './defineQuery';

/** The read files of cypher/read/, one typed function each: parameters and columns as their headers declare. */
const query = queriesIn('read', 'READ');

const PAGE = { offset: 'Integer', first: 'Integer' } as const;
/** What every entity list file takes: the region scopes, name filters, report filter, sort key and page. */
const LIST = {
  scopeIds: 'List<String?>',
  nameContains: 'String?',
  nameEquals: 'String?',
  reportId: 'String?',
  sort1: 'String?',
  ...PAGE,
} as const;
const LIST_PAGE = { scope: 'String?', total: 'Integer', page: 'List<Map>' } as const;
const PATH = { nodes: 'List<Node>', rels: 'List<Relationship>', length: 'Integer' } as const;
const NODE = { labels: 'List<String>', props: 'Map' } as const;

export const policies = query('policies', { ...LIST, kinds: 'List<String>?' }, LIST_PAGE);
export const agencies = query('agencies', { ...LIST, kinds: 'List<String>?' }, LIST_PAGE);
export const regions = query('regions', { ...LIST, levels: 'List<String>?' }, LIST_PAGE);
export const projects = query(
  'projects',
  { ...LIST, includeSubregions: 'Boolean', kinds: 'List<String>?', statuses: 'List<String>?' },
  LIST_PAGE,
);
export const metrics = query(
  'metrics',
  {
    scopeIds: 'List<String?>',
    includeSubregions: 'Boolean',
    subjectContains: 'String?',
    subjectEquals: 'String?',
    units: 'List<String>?',
    kinds: 'List<String>?',
    period: 'String?',
    valueGt: 'Float?',
    valueGte: 'Float?',
    valueLt: 'Float?',
    valueLte: 'Float?',
    reportId: 'String?',
    sort1: 'String?',
    sort2: 'String?',
    ...PAGE,
  },
  LIST_PAGE,
);

export const nodesByIds = query('nodesByIds', { ids: 'List<String>' }, { id: 'String', ...NODE });
export const neighbours = query(
  'neighbours',
  { ids: 'List<String>', types: 'List<String>', direction: 'String', label: 'String?', ...PAGE },
  { id: 'String', total: 'Integer', page: 'List<Node>' },
);
export const policyRegions = query('policyRegions', { ids: 'List<String>', ...PAGE }, { id: 'String', total: 'Integer', page: 'List<Map>' });
export const regionAncestors = query('regionAncestors', { ids: 'List<String>' }, { id: 'String', ancestors: 'List<Map>' });
export const mentions = query(
  'mentions',
  { ids: 'List<String>', first: 'Integer' },
  { id: 'String', sources: 'List<Source>', curatedEvidence: 'List<String>' },
);
export const passageMentions = query('passageMentions', { ids: 'List<String>', first: 'Integer' }, { id: 'String', nodes: 'List<Node>' });
export const passagesByIds = query('passagesByIds', { ids: 'List<String>' }, { props: 'Map' });
export const passageAt = query('passageAt', { reportId: 'String', start: 'Integer', end: 'Integer' }, { id: 'String?', chars: 'Integer' });

const LINK_ARGS = { policyId: 'String?', regionId: 'String?', maxHops: 'Integer', first: 'Integer', minConfidence: 'Float' } as const;
export const policyRegionLinks = query('policyRegionLinks', LINK_ARGS, PATH);
export const policyRegionLinksFromPolicy = query('policyRegionLinksFromPolicy', LINK_ARGS, PATH);
export const policyRegionLinksToRegion = query('policyRegionLinksToRegion', LINK_ARGS, PATH);
export const shortestPath = query('shortestPath', { from: 'String', to: 'String', maxHops: 'Integer' }, PATH);
export const expand = query(
  'expand',
  { ids: 'List<String>', types: 'List<String>?', limit: 'Integer', minConfidence: 'Float' },
  { rel: 'Relationship', node: 'Node' },
);
export const search = query(
  'search',
  { query: 'String', labels: 'List<String>?', first: 'Integer', fetch: 'Integer' },
  { fetched: 'Integer', labels: 'List<String>?', props: 'Map?', score: 'Float?' },
);

export const reports = query('reports', { first: 'Integer' }, { props: 'Map' });
export const reportText = query('reportText', { reportId: 'String' }, { text: 'String' });
export const reportSha = query('reportSha', { reportId: 'String' }, { sha256: 'String' });
export const reportSections = query('reportSections', { reportIds: 'List<String>' }, { reportId: 'String', props: 'Map' });
export const reportPassages = query('reportPassages', { reportId: 'String', ...PAGE }, { total: 'Integer', page: 'List<Map>' });
export const reportEntityCounts = query(
  'reportEntityCounts',
  { reportIds: 'List<String>' },
  { reportId: 'String', label: 'String', count: 'Integer' },
);

export const nodeCounts = query('nodeCounts', {}, { label: 'String', count: 'Integer' });
export const relationshipCounts = query('relationshipCounts', {}, { type: 'String', count: 'Integer' });
export const exportNodes = query('exportNodes', { afterId: 'String', batch: 'Integer' }, { ...NODE, sources: 'List<Source>' });
export const exportEdges = query('exportEdges', { afterId: 'String', batch: 'Integer' }, { lastId: 'String?', rels: 'List<Relationship>' });
export const ping = query('ping', {}, { ok: 'Integer' });
