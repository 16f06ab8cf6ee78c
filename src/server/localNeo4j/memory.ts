import os from 'node:os';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** Bounds of the defaults: the floors are the fixed defaults of before (fine for the bundled dataset). */
export const HEAP_BOUNDS = { min: 512 * MiB, max: 4 * GiB };
export const PAGECACHE_BOUNDS = { min: 128 * MiB, max: 8 * GiB };

/** `4g` when the size is whole gibibytes, else `…m` (whole mebibytes, rounded down). */
export function formatMemorySize(bytes: number): string {
  const mib = Math.floor(bytes / MiB);
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}

/**
 * The local Neo4j's heap and page cache when NEO4J_LOCAL_HEAP / NEO4J_LOCAL_PAGECACHE are not set, from the
 * machine's memory: heap = 25% of RAM within [512m, 4g], page cache = 25% of RAM within [128m, 8g]. Half the RAM
 * at most, so the API, the tests and the OS keep the rest; neither is allocated up front (the JVM starts at a
 * 64 MiB heap, the page cache fills as the store is read), so a small graph stays small in memory.
 * Example: 24 GiB → heap 4g, page cache 6g; 8 GiB → 2g and 2g; 2 GiB → 512m and 512m.
 */
export function defaultLocalMemory(totalBytes: number = os.totalmem()): { heap: string; pageCache: string } {
  const quarter = totalBytes / 4;
  const clamp = (v: number, b: { min: number; max: number }) => Math.min(b.max, Math.max(b.min, v));
  return { heap: formatMemorySize(clamp(quarter, HEAP_BOUNDS)), pageCache: formatMemorySize(clamp(quarter, PAGECACHE_BOUNDS)) };
}
