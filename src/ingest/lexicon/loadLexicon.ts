import fs from 'node:fs';
import path from 'node:path';
import { findAbove } from '../findAbove';
import type { Lexicon, LexiconTable } from './Lexicon';

const cache = new Map<string, Lexicon>();

/** Finds `seeds/lexicon` above this file, so the same code works from `src/` (tsx, jest) and from `dist/src/`. */
function defaultDir(): string {
  return findAbove(__dirname, path.join('seeds', 'lexicon'));
}

/**
 * Reads every `*.txt`, `*.json` and `*.tsv` file of `seeds/lexicon/` once and returns a cached `Lexicon` (one per
 * folder, so matchers built per lexicon are built once per process). Text files: one entry a line, `#` starts a
 * comment line, blanks skipped. JSON and TSV files are parsed on first use (TSV: a header row, then tab-separated
 * rows of as many cells, `#` comment lines and blanks skipped). An unknown name throws, naming the folder, so a typo
 * in a rule fails its first test rather than matching nothing.
 */
export function loadLexicon(dir: string = defaultDir()): Lexicon {
  const key = path.resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const texts = new Map<string, string>();
  const jsons = new Map<string, string>();
  const tsvs = new Map<string, string>();
  for (const file of fs.readdirSync(key).sort()) {
    const ext = path.extname(file);
    if (ext === '.txt') texts.set(path.basename(file, ext), fs.readFileSync(path.join(key, file), 'utf8'));
    else if (ext === '.json') jsons.set(path.basename(file, ext), fs.readFileSync(path.join(key, file), 'utf8'));
    else if (ext === '.tsv') tsvs.set(path.basename(file, ext), fs.readFileSync(path.join(key, file), 'utf8'));
  }
  const words = new Map<string, readonly string[]>();
  const data = new Map<string, unknown>();
  const tables = new Map<string, LexiconTable>();
  const lexicon: Lexicon = {
    words(name) {
      let list = words.get(name);
      if (!list) {
        const raw = texts.get(name);
        if (raw === undefined) throw new Error(`lexicon ${key} has no ${name}.txt`);
        list = Object.freeze(
          raw
            .replace(/^\uFEFF/, '')
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l.length > 0 && !l.startsWith('#')),
        );
        words.set(name, list);
      }
      return list;
    },
    data<T>(name: string): T {
      if (!data.has(name)) {
        const raw = jsons.get(name);
        if (raw === undefined) throw new Error(`lexicon ${key} has no ${name}.json`);
        data.set(name, JSON.parse(raw));
      }
      return data.get(name) as T;
    },
    table(name) {
      let table = tables.get(name);
      if (!table) {
        const raw = tsvs.get(name);
        if (raw === undefined) throw new Error(`lexicon ${key} has no ${name}.tsv`);
        table = parseTable(raw, path.join(key, `${name}.tsv`));
        tables.set(name, table);
      }
      return table;
    },
  };
  cache.set(key, lexicon);
  return lexicon;
}

/** Header and rows of a TSV lexicon file; a row with the wrong number of cells throws, naming file and line. */
function parseTable(raw: string, file: string): LexiconTable {
  let columns: string[] | null = null;
  const rows: { line: number; cells: readonly string[] }[] = [];
  for (const [i, text] of raw.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const cells = text.split('\t').map((c) => c.trim());
    if (columns === null) {
      columns = cells;
      continue;
    }
    if (cells.length !== columns.length) {
      throw new Error(`${file} line ${i + 1}: ${cells.length} tab-separated cells, the header has ${columns.length}`);
    }
    rows.push({ line: i + 1, cells: Object.freeze(cells) });
  }
  if (columns === null) throw new Error(`${file} has no header row`);
  return Object.freeze({ columns: Object.freeze(columns), rows: Object.freeze(rows) });
}
