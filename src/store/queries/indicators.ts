import { queriesIn } from './defineQuery';

/** The files of the indicator catalogue and its comparisons (cypher/read/indicator*, cypher/ingest/*Indicators), one typed function each. */
const read = queriesIn('read', 'READ');
const ingest = queriesIn('ingest', 'WRITE');

const PAGE = { offset: 'Integer', first: 'Integer' } as const;
/** What the value queries share: the filters, how many statements a value keeps, the page. */
const VALUES = { regionIds: 'List<String>?', status: 'String?', measure: 'String?', perValue: 'Integer', ...PAGE } as const;

export const indicators = read('indicators', { nameContains: 'String?', unitFamily: 'String?', ...PAGE }, { total: 'Integer', page: 'List<Map>' });
export const indicatorsByIds = read('indicatorsByIds', { ids: 'List<String>' }, { props: 'Map' });
export const indicatorSeries = read(
  'indicatorSeries',
  { indicatorIds: 'List<String>', years: 'List<Integer>?', part: 'String?', ...VALUES },
  { indicatorId: 'String', total: 'Integer', page: 'List<Map>' },
);
export const indicatorComparison = read(
  'indicatorComparison',
  { indicatorIds: 'List<String>', year: 'Integer', part: 'String', ...VALUES },
  { total: 'Integer', page: 'List<Map>' },
);

export const mergeIndicators = ingest('mergeIndicators', { indicators: 'List<Map>', replace: 'Boolean' }, { count: 'Integer' });
export const bulkLinkMetricIndicators = ingest('bulkLinkMetricIndicators', { metrics: 'List<Map>' }, { linked: 'Integer' });
export const deleteStaleIndicators = ingest('deleteStaleIndicators', { ids: 'List<String>' }, { deleted: 'Integer' });
export const linkMetricIndicators = ingest('linkMetricIndicators', { metrics: 'List<Map>' }, { linked: 'Integer' });
