import { queriesIn } from './defineQuery';

/** The files of cypher/ingest/ that write a report, one typed function each (writeReport runs them in one transaction). */
const query = queriesIn('ingest', 'WRITE');

export const deleteOrphanEntities = query(
  'deleteOrphanEntities',
  { reportId: 'String', entityIds: 'List<String>' },
  { deleted: 'Integer' },
);
export const deleteReportNode = query('deleteReportNode', { reportId: 'String' }, { deleted: 'Integer' });
export const deleteReportText = query('deleteReportText', { reportId: 'String' }, { deleted: 'Integer' });
export const mergeEdges = query('mergeEdges', { reportId: 'String', edges: 'List<Map>' }, { count: 'Integer' });
export const mergeMentions = query('mergeMentions', { mentions: 'List<Map>' }, { count: 'Integer' });
export const mergeNodes = query('mergeNodes', { reportId: 'String', nodes: 'List<Map>' }, { count: 'Integer' });
export const mergePassages = query(
  'mergePassages',
  { reportId: 'String', passages: 'List<Map>' },
  { count: 'Integer' },
);
export const mergeReport = query('mergeReport', { report: 'Map' }, { id: 'String' });
export const mergeReportRegion = query(
  'mergeReportRegion',
  { reportId: 'String', regionId: 'String?' },
  { linked: 'Boolean' },
);
export const mergeSections = query(
  'mergeSections',
  { reportId: 'String', sections: 'List<Map>' },
  { count: 'Integer' },
);
export const reportEntityIds = query('reportEntityIds', { reportId: 'String' }, { id: 'String' });
export const stripReportEvidence = query(
  'stripReportEvidence',
  { reportId: 'String', entityIds: 'List<String>' },
  { stripped: 'Integer', deleted: 'Integer' },
);
