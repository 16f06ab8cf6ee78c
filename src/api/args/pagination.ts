import type { GraphNode, Page, PageArgs } from '../../store';
import { badInput } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_CURSOR_OFFSET } from '../limits';

const CURSOR_PREFIX = 'o:';

/** Opaque Relay cursor for a position in an ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(raw.slice(CURSOR_PREFIX.length));
  if (!raw.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET) {
    throw badInput(`"after" is not a cursor this API issued: ${JSON.stringify(cursor)}.`, 'after');
  }
  return offset;
}

/**
 * Checks a page size (`first`, `perRelationship`) the same way everywhere: an integer from 1 to the cap, else
 * BAD_USER_INPUT naming the argument (an error, not a silent cut, so clients learn the limit). Null or absent
 * means the field's default.
 */
export function pageSize(first: number | null | undefined, max: number, fallback: number = DEFAULT_PAGE_SIZE, field = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`"${field}" is ${n}; it must be an integer from 1 to the maximum page size ${max}.`, field);
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
