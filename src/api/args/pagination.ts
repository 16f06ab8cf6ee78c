import type { GraphNode, Page, PageArgs } from '../../store';
import { badInput } from '../errors';

const CURSOR_PREFIX = 'o:';

/** Opaque Relay cursor for a position in an ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(raw.slice(CURSOR_PREFIX.length));
  if (!raw.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badInput(`"after" is not a cursor this API issued: ${JSON.stringify(cursor)}.`, 'after');
  }
  return offset;
}

/** Checks `first` against the page-size cap (an error, not a silent cut, so clients learn the limit). */
export function pageSize(first: number | null | undefined, max: number, fallback = 20, field = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput(`"${field}" must be a non-negative integer.`, field);
  if (n > max) throw badInput(`"${field}" is ${n}, above the maximum page size ${max}.`, field);
  return n;
}

export function pageArgs(args: { first?: number | null; after?: string | null }, max: number): PageArgs {
  return { first: pageSize(args.first, max), offset: args.after ? decodeCursor(args.after) + 1 : 0 };
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function toConnection<T>(page: Page<GraphNode> | undefined, map: (n: GraphNode) => T, offset: number): Connection<T> {
  const items = page?.items ?? [];
  const total = page?.total ?? 0;
  const edges = items.map((n, i) => ({ cursor: encodeCursor(offset + i), node: map(n) }));
  return {
    totalCount: total,
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
