/**
 * Every bound the API puts on a request, in one place. schema.graphql states the same defaults on its arguments
 * (tests/api/limits.test.ts holds the two together); the largest page is configuration (MAX_PAGE_SIZE), since an
 * operator may want it smaller.
 */

/** `first` when a list field is not given one. */
export const DEFAULT_PAGE_SIZE = 20;
/** `Query.reports(first)`: all of a typical dataset at once */
export const DEFAULT_REPORTS = 100;
/** `Query.neighborhood(first)`: nodes of a subgraph */
export const DEFAULT_NEIGHBOURHOOD_SIZE = 50;
/** `Relationship.sources(first)`: evidence spans of one relationship */
export const DEFAULT_RELATIONSHIP_SOURCES = 10;
/** `PolicyRegionLink.sources(perRelationship)`: evidence spans of each step of a path, and their cap */
export const SOURCES_PER_RELATIONSHIP = { default: 3, max: 20 } as const;

/** `Indicator.series(first)`: every region of a year's comparison on one page (capped by MAX_PAGE_SIZE) */
export const DEFAULT_SERIES_SIZE = 100;
/** `Query.compare(first)`: rows (regions) of a comparison */
export const DEFAULT_COMPARISON_ROWS = 50;
/** Most indicators (columns) one `compare` takes. */
export const MAX_COMPARE_INDICATORS = 20;
/** The calendar years a series or comparison may name. */
export const YEARS = { min: 1900, max: 2100 } as const;

/** `policyRegionLinks(maxHops)`; the max is also the hop bound written in cypher/read/policyRegionLinks*.cypher */
export const LINK_HOPS = { default: 3, max: 4 } as const;
/** `path(maxHops)`; the max is also the hop bound written in cypher/read/shortestPath.cypher */
export const PATH_HOPS = { default: 4, max: 6 } as const;
/** `neighborhood(depth)`: one round trip per level */
export const NEIGHBOURHOOD_DEPTH = { default: 1, max: 3 } as const;

/** Longest id any argument may name (node, region, report ids). */
export const MAX_ID_LENGTH = 300;
/** Longest name or subject a curator may give. */
export const MAX_NAME_LENGTH = 300;
/** Longest text of a filter (`nameContains`, `period`) or a search query. */
export const MAX_FILTER_TEXT_LENGTH = 200;
/** Most values of one list filter (`kind`, `unit` …). */
export const MAX_FILTER_VALUES = 50;

/**
 * Largest position a cursor may name. Neo4j slices lists and counts rows with 32-bit integers, so a forged cursor
 * past 2^31 would fail inside the query; this bound leaves room for any page size and is far beyond any real list.
 */
export const MAX_CURSOR_OFFSET = 2 ** 30;
