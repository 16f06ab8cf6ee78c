import type { GraphNode, Keyset, Page, PageArgs } from '../../store';
import { badInput } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_CURSOR_OFFSET } from '../limits';

const CURSOR_PREFIX = 'o:';
const KEYSET_PREFIX = 'k:';

/** Opaque Relay cursor for a position in an ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/**
 * Opaque keyset cursor of a root list's item: its position and the sort keys it has in the list's order (the last
 * one its id), so the next page seeks past it instead of skipping `offset` rows.
 */
export function encodeKeysetCursor(offset: number, keyset: Keyset): string {
  return Buffer.from(`${KEYSET_PREFIX}${JSON.stringify([offset, keyset.order, keyset.keys])}`, 'utf8').toString('base64url');
}

const forged = (cursor: string) => badInput(`"after" is not a cursor this API issued: ${JSON.stringify(cursor)}.`, 'after');

/** The position of a cursor (either kind) and, for a keyset cursor, its sort keys. */
export function decodeAfter(cursor: string): { offset: number; keyset?: Keyset } {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (raw.startsWith(KEYSET_PREFIX)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.slice(KEYSET_PREFIX.length));
    } catch {
      throw forged(cursor);
    }
    const [offset, order, keys] = Array.isArray(parsed) ? parsed : [];
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET || typeof order !== 'string' || !Array.isArray(keys)) throw forged(cursor);
    if (!keys.every((k) => k === null || typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)))) throw forged(cursor);
    return { offset, keyset: { order, keys } };
  }
  const offset = Number(raw.slice(CURSOR_PREFIX.length));
  if (!raw.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET) throw forged(cursor);
  return { offset };
}

export function decodeCursor(cursor: string): number {
  return decodeAfter(cursor).offset;
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

/** The page a list field asks for; `after`, when a keyset cursor, also carries the sort keys to seek past. */
export function pageArgs(args: { first?: number | null; after?: string | null }, max: number): PageArgs & { after?: Keyset } {
  const first = pageSize(args.first, max);
  if (!args.after) return { first, offset: 0 };
  const { offset, keyset } = decodeAfter(args.after);
  return keyset ? { first, offset: offset + 1, after: keyset } : { first, offset: offset + 1 };
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A connection of a page; `cursor(i)` names the i-th item (default: its offset). */
export function toConnection<T>(
  page: Page<GraphNode> | undefined,
  map: (n: GraphNode) => T,
  offset: number,
  cursor: (i: number) => string = (i) => encodeCursor(offset + i),
): Connection<T> {
  const items = page?.items ?? [];
  const total = page?.total ?? 0;
  const edges = items.map((n, i) => ({ cursor: cursor(i), node: map(n) }));
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
