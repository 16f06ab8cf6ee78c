import fs from 'node:fs';
import path from 'node:path';

/**
 * The layer rule of DEVELOPERS.md: ingest → store → api → server/cli, each importing only the layers before it,
 * and another layer only through its index.ts. A test rather than a lint plugin so that `npm test` enforces it.
 */
const SRC = path.join(__dirname, '..', 'src');
const ORDER = ['ingest', 'store', 'api', 'server', 'cli'] as const;
type Layer = (typeof ORDER)[number];
const MAY_IMPORT: Record<Layer, Layer[]> = {
  ingest: [],
  store: ['ingest'],
  api: ['ingest', 'store'],
  server: ['ingest', 'store', 'api'],
  cli: ['ingest', 'store', 'api', 'server'],
};
/** Layers whose internals are private: others go through their index.ts. */
const INDEXED: Layer[] = ['ingest', 'store', 'api'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const imports = files(SRC).flatMap((file) => {
  const from = path.relative(SRC, file).split(path.sep)[0] as Layer;
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'|require\('(\.[^']+)'\)/g)].map((m) => {
    const target = path.resolve(path.dirname(file), m[1] ?? m[2]);
    const rel = path.relative(SRC, target).split(path.sep);
    return { file: path.relative(SRC, file), from, to: rel[0] as Layer, rest: rel.slice(1).join('/'), spec: m[1] ?? m[2] };
  });
});

describe('layers', () => {
  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(new Set(imports.map((i) => i.from))).toEqual(new Set(ORDER));
  });

  it('imports only layers that come before', () => {
    const bad = imports.filter((i) => i.to !== i.from && ORDER.includes(i.to) && !MAY_IMPORT[i.from].includes(i.to));
    expect(bad.map((i) => `${i.file} imports ${i.spec}`)).toEqual([]);
  });

  it("enters ingest, store and api only through their index.ts", () => {
    const bad = imports.filter((i) => i.to !== i.from && INDEXED.includes(i.to) && i.rest !== '' && i.rest !== 'index');
    expect(bad.map((i) => `${i.file} imports ${i.spec}`)).toEqual([]);
  });
});
