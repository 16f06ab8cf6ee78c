import AhoCorasick from 'modern-ahocorasick';

/** One hit: the surface form found, its span in the searched text, and every entry that surface names. */
export interface GazetteerMatch<T> {
  surface: string;
  start: number;
  end: number;
  entries: readonly T[];
}

/**
 * A longest-match multi-pattern matcher from surface forms to canonical entries, over modern-ahocorasick with the
 * `leftmost-longest` strategy: in 渝中区 it reports 渝中区, not 渝中; overlapping hits are resolved left to right.
 * One surface may name several entries (鼓楼区 is in four cities): the caller decides, usually from the report's
 * province. Build it once per lexicon, not per passage: construction is the expensive part.
 * Example: `new Gazetteer([['黔江', e], ['黔江区', e]]).find('黔江机场')` → one hit 黔江 at 0–2.
 */
export class Gazetteer<T> {
  private readonly matcher: AhoCorasick<number> | null;
  private readonly values: T[][] = [];
  private readonly surfaces: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(pairs: Iterable<readonly [surface: string, entry: T]>) {
    const index = this.index;
    for (const [surface, entry] of pairs) {
      if (surface.length === 0) continue;
      let i = index.get(surface);
      if (i === undefined) {
        i = this.surfaces.length;
        index.set(surface, i);
        this.surfaces.push(surface);
        this.values.push([]);
      }
      if (!this.values[i].includes(entry)) this.values[i].push(entry);
    }
    this.matcher =
      this.surfaces.length === 0 ? null : new AhoCorasick(this.surfaces.map((pattern, data) => ({ pattern, data })));
  }

  get size(): number {
    return this.surfaces.length;
  }

  /** Entries named by exactly this surface form, or none. */
  lookup(surface: string): readonly T[] {
    const i = this.index.get(surface);
    return i === undefined ? [] : this.values[i];
  }

  find(text: string): GazetteerMatch<T>[] {
    if (!this.matcher) return [];
    return this.matcher.search(text, { strategy: 'leftmost-longest' }).map((m) => ({
      surface: m.pattern,
      start: m.start,
      end: m.end,
      entries: this.values[m.data as number],
    }));
  }
}
