import neo4j, { type BookmarkManager } from 'neo4j-driver';

/**
 * Causal bookmarks that only writes advance. A read still starts after every write this process committed
 * (read-your-writes, also on a cluster's followers), but it never waits for a write it did not see finish.
 *
 * Why reads must not feed them: a read's bookmark names the last transaction committed when it began, which may
 * be one Neo4j is still applying (a large report's commit takes seconds). Shared with every later read, that
 * bookmark made each of them wait until the apply ended: one ingest stalled every lookup for up to 10 s.
 */
export interface WriteBookmarks {
  /** for write sessions: they wait for earlier writes and record their own */
  writes: BookmarkManager;
  /** for read sessions: they wait for earlier writes and record nothing */
  reads: BookmarkManager;
}

export function writeBookmarks(): WriteBookmarks {
  const writes = neo4j.bookmarkManager();
  const reads: BookmarkManager = {
    getBookmarks: () => writes.getBookmarks(),
    updateBookmarks: async () => {},
  };
  return { writes, reads };
}
