import fs from 'node:fs';
import path from 'node:path';

/**
 * The first `<dir>/<name>` that exists, from `start` upwards: how code finds the repository's data files
 * (cypher/, schema.graphql, seeds/) both from `src/` (tsx, jest) and from the compiled `dist/src/`.
 * Example: `findAbove(__dirname, 'schema.graphql')`.
 */
export function findAbove(start: string, name: string): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`${name} not found above ${start}`);
    dir = up;
  }
}
