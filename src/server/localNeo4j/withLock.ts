import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * Runs `fn` while holding a cross-process lock on `dir` (a `<dir>/.build.lock` folder, kept fresh while held and
 * taken over when stale for 30 s, so a killed holder never blocks the next run). Waits up to `waitMs` for it.
 * Example: `await withLock('neo4j-local', build)` in two processes builds one after the other, never at once.
 */
export async function withLock<T>(dir: string, fn: () => Promise<T>, waitMs = 20 * 60_000): Promise<T> {
  const release = await lockfile.lock(dir, {
    lockfilePath: path.join(dir, '.build.lock'),
    stale: 30_000,
    retries: { retries: Math.ceil(waitMs / 500), factor: 1, minTimeout: 500, maxTimeout: 500 },
  });
  try {
    return await fn();
  } finally {
    await release();
  }
}
