import { queriesIn } from './defineQuery';

/** The files of cypher/ingest/ that write a report, one typed function each (writeReport runs them in one transaction). */
const query = queriesIn('ingest', 'WRITE');

const REPORT = { reportId: 'String' } as const;
const COUNT = { count: 'Integer' } as const;
const DELETED = { deleted: 'Integer' } as const;

export const lockReport = query('lockReport', REPORT, REPORT);
export const mergeReport = query('mergeReport', { report: 'Map' }, { id: 'String' });
export const mergeSections = query('mergeSections', { ...REPORT, sections: 'List<Map>' }, COUNT);
export const mergePassages = query('mergePassages', { ...REPORT, passages: 'List<Map>' }, COUNT);
export const mergeNodes = query('mergeNodes', { ...REPORT, nodes: 'List<Map>' }, COUNT);
export const mergeMentions = query('mergeMentions', { mentions: 'List<Map>' }, COUNT);
export const mergeReportRegion = query('mergeReportRegion', { ...REPORT, regionId: 'String?' }, { linked: 'Boolean' });
export const mergeEdges = query('mergeEdges', { ...REPORT, edges: 'List<Map>' }, COUNT);

export const reportEntityIds = query('reportEntityIds', REPORT, { id: 'String' });
export const stripReportEvidence = query('stripReportEvidence', { ...REPORT, entityIds: 'List<String>' }, { stripped: 'Integer', ...DELETED });
export const deleteReportText = query('deleteReportText', REPORT, DELETED);
export const deleteOrphanEntities = query('deleteOrphanEntities', { ...REPORT, entityIds: 'List<String>' }, DELETED);
export const deleteReportNode = query('deleteReportNode', REPORT, DELETED);

// Many new reports in one transaction (bulkLoad.ts): CREATE what only a new report owns, MERGE what reports share.
export const bulkLockReports = query('bulkLockReports', { reportIds: 'List<String>' }, COUNT);
export const bulkReportsPresent = query('bulkReportsPresent', { reportIds: 'List<String>' }, { id: 'String' });
export const bulkCreateReports = query('bulkCreateReports', { reports: 'List<Map>' }, COUNT);
export const bulkCreateSections = query('bulkCreateSections', { sections: 'List<Map>' }, COUNT);
export const bulkLinkSections = query('bulkLinkSections', { links: 'List<Map>' }, COUNT);
export const bulkCreatePassages = query('bulkCreatePassages', { passages: 'List<Map>' }, COUNT);
export const tombstoneCount = query('tombstoneCount', {}, COUNT);
export const bulkTombstoned = query('bulkTombstoned', { keys: 'List<String>' }, { key: 'String' });
export const bulkMergeNodes = query('bulkMergeNodes', { nodes: 'List<Map>' }, COUNT);
export const bulkLinkReportRegions = query('bulkLinkReportRegions', { links: 'List<Map>' }, COUNT);
export const bulkMergeEdges = query('bulkMergeEdges', { edges: 'List<Map>' }, COUNT);
