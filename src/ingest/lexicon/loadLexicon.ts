import fs from 'node:fs';
import path from 'node:path';
import type { Lexicon } from './Lexicon';

const cache = new Map<string, Lexicon>();

/** Finds `seeds/lexicon` above this file, so the same code works from `src/` (tsx, jest) and from `dist/src/`. */
function defaultDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'seeds', 'lexicon');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`seeds/lexicon not found above ${__dirname}`);
}

/**
 * Reads every `*.txt` and `*.json` file of `seeds/lexicon/` once and returns a cached `Lexicon` (one per folder,
 * so matchers built per lexicon are built once per process). Text files: one entry a line, `#` starts a comment
 * line, blanks skipped. JSON files are parsed on first use. An unknown name throws, naming the folder, so a typo
 * in a rule fails its first test rather than matching nothing.
 */
export function loadLexicon(dir: string = defaultDir()): Lexicon {
  const key = path.resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const texts = new Map<string, string>();
  const jsons = new Map<string, string>();
  for (const file of fs.readdirSync(key).sort()) {
    const ext = path.extname(file);
    if (ext === '.txt') texts.set(path.basename(file, ext), fs.readFileSync(path.join(key, file), 'utf8'));
    else if (ext === '.json') jsons.set(path.basename(file, ext), fs.readFileSync(path.join(key, file), 'utf8'));
  }
  const words = new Map<string, readonly string[]>();
  const data = new Map<string, unknown>();
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
  };
  cache.set(key, lexicon);
  return lexicon;
}
