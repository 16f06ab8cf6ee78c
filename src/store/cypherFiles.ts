import fs from 'node:fs';
import path from 'node:path';
import { findAbove } from '../ingest';

/** A Cypher file: its header (the `//` lines on top) and its body, with the parameters each declares and uses. */
export interface CypherFile {
  name: string;
  header: string;
  body: string;
  /** `// @param name: Type` lines of the header */
  declaredParams: string[];
  /** the header's parameter types by name (`ids: List<String>`) */
  paramTypes: Record<string, string>;
  /** the header's columns and their types (`// @returns id: String, sources: List<Source>`) */
  returnTypes: Record<string, string>;
  /** `$name` occurrences in the body */
  usedParams: string[];
}

/** The repository's cypher/ folder, found from src/store or dist/src/store alike. */
export const cypherRoot = findAbove(__dirname, 'cypher');

/** Splits a file into its leading comment header and the statement; exported for the file-format test. */
export function parseCypherFile(name: string, source: string): CypherFile {
  const lines = source.split('\n');
  let i = 0;
  while (i < lines.length && (lines[i].trim().startsWith('//') || lines[i].trim() === '')) i++;
  const header = lines.slice(0, i).join('\n');
  const body = lines.slice(i).join('\n').trim();
  const paramTypes = Object.fromEntries([...header.matchAll(/@param\s+(\w+):\s*(\S+)/g)].map((m) => [m[1], m[2]]));
  const declaredParams = [...header.matchAll(/@param\s+(\w+)/g)].map((m) => m[1]);
  const returns = /@returns\s+(.*?)(?:\s+—.*)?$/m.exec(header)?.[1] ?? '';
  const returnTypes = Object.fromEntries(
    returns
      .split(/,\s*/)
      .filter(Boolean)
      .map((column) => column.split(/:\s*/) as [string, string]),
  );
  // Strip string literals and comments first so that `$` inside them does not count as a parameter.
  const code = body.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\/\/.*$/gm, '');
  const usedParams = [...new Set([...code.matchAll(/\$(\w+)/g)].map((m) => m[1]))];
  return { name, header, body, declaredParams, paramTypes, returnTypes, usedParams };
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? walk(p) : d.name.endsWith('.cypher') ? [p] : [];
  });
}

/**
 * Every `cypher/<area>/<name>.cypher` file except schema migrations, keyed by `<area>/<name>`, read once.
 * Looking up a name that does not exist throws at start-up (queries/ resolves every name when it loads).
 */
export function loadCypherFiles(root: string = cypherRoot): ReadonlyMap<string, CypherFile> {
  const files = new Map<string, CypherFile>();
  for (const file of walk(root)) {
    const rel = path.relative(root, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
    if (rel.startsWith('schema/')) continue;
    files.set(rel, parseCypherFile(rel, fs.readFileSync(file, 'utf8')));
  }
  return files;
}

let cache: ReadonlyMap<string, CypherFile> | undefined;

/** The body of one Cypher file; throws for an unknown name. */
export function cypher(name: string): string {
  cache ??= loadCypherFiles();
  const file = cache.get(name);
  if (!file) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return file.body;
}
