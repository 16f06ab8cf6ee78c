import { normalize } from '../text/normalize';
import { Gazetteer } from './Gazetteer';
import type { Lexicon } from './Lexicon';
import { perLexicon } from './perLexicon';

/** One region as `seeds/lexicon/regions.json` / `regions-cn.json` describe it (snake_case there, camelCase here). */
export interface RegionEntry {
  name: string;
  shortNames: readonly string[];
  ambiguousShortNames: readonly string[];
  formerNames: readonly string[];
  /** country, bloc, macro_region, province, autonomous_region, prefecture_city, district, county, functional_area … */
  level: string;
  parent: string | null;
  code: string | null;
  members: readonly string[];
  /** a joint abbreviation (川渝, 日韩): a mention names each member, not a region of its own */
  joint: boolean;
  falsePositiveContexts: readonly string[];
  /**
   * the short name is a word names open with (中国企业500强, 中国资本市场学会, 中国考古博物馆): followed by a word of the
   * name it is no mention of its own, only before punctuation, a dash (中国—东盟) or a conjunction (中国与…)
   */
  opensNames: boolean;
  /** a generic phrase (中心城区) that names this entry only in reports about the entry's own province */
  localOnly: boolean;
  validUntil: string | null;
  /** the province-level ancestor's name (itself for a province), null for countries and cross-border areas */
  province: string | null;
}

/** A surface form of an entry; `ambiguous` surfaces (江北, 渝中) count only in list context. */
export interface RegionSurface {
  entry: RegionEntry;
  ambiguous: boolean;
}

interface RawEntry {
  name: string;
  short_names?: string[];
  ambiguous_short_names?: string[];
  former_names?: string[];
  level: string;
  parent: string | null;
  code?: string;
  members?: string[];
  joint?: boolean;
  /** patches only: short names added to a national entry (彩云之南 for 云南省) */
  extra_short_names?: string[];
  /** patches only: the province's literary names (燕赵 for 河北省), places with a literary follower after them */
  literary_names?: string[];
  false_positive_contexts?: string[];
  opens_names?: boolean;
  local_only?: boolean;
  valid_until?: string;
}
interface RawFile {
  entries: RawEntry[];
  patches?: Partial<RawEntry>[];
  false_positive_followers?: string[];
  /** the words that make a literary name a place or its people: 大地, 儿女, 百姓 (燕赵大地, 八桂各族儿女, 三秦百姓) */
  literary_followers?: string[];
}

/** `seeds/lexicon/regions-local-short.json`: how county-level short forms are derived. */
interface LocalShortRules {
  levels: string[];
  suffixes: string[];
  noStemSuffixes: string[];
  ethnicNames: string[];
  minLength: number;
  stops: string[];
  followers: string[];
}

const PROVINCE_LEVELS = new Set(['province', 'autonomous_region', 'sar']);
const TOP_LEVELS = new Set(['country', 'province', 'autonomous_region', 'sar']);
/** Abbreviations of one character are never regions on their own (渝, 川, 黔), whatever the data says. */
const MIN_SURFACE = 2;
/** a county-level name this short (礼县) is matched as a local form: in its own province's reports, as whole words */
const WHOLE_LOCAL_LENGTH = 2;
/** the longest place name a rule reads back from a word after it (新疆维吾尔自治区) */
const MAX_PLACE_BEFORE = 8;


/**
 * The region gazetteer of a lexicon: national divisions (regions-cn.json) overlaid by the curated entries of
 * regions.json (which win on a name clash and may patch national entries), with parent chains and a longest-match
 * matcher over every surface form. Built once per lexicon (`RegionIndex.of`).
 */
export class RegionIndex {
  readonly gazetteer: Gazetteer<RegionSurface>;
  /** words that, right after a region surface, make it part of another name: 重庆大学, 北京路, 上海银行 */
  readonly falsePositiveFollowers: readonly string[];
  private readonly byNameMap = new Map<string, RegionEntry>();
  /** derived short forms of county-level units, by province: matched only in that province's reports */
  private readonly localShorts = new Map<string, [string, RegionSurface][]>();
  private readonly localGazetteers = new Map<string, Gazetteer<RegionSurface> | null>();
  /** words that, right after a derived short form, make it a river, lake or mountain of that name (黄浦江) */
  readonly localShortFollowers: readonly string[];

  static of(lexicon: Lexicon): RegionIndex {
    return build(lexicon);
  }

  constructor(national: RawFile, curated: RawFile, localShort?: LocalShortRules) {
    const raw = new Map<string, RawEntry>();
    for (const e of national.entries) raw.set(e.name, e);
    // the curated entries first, so that a patch reaches a province both files hold (湖南省 and its 三湘大地)
    for (const e of curated.entries) raw.set(e.name, e);
    const literary = (names: string[]) => names.flatMap((n) => (curated.literary_followers ?? []).map((f) => n + f));
    for (const p of curated.patches ?? []) {
      const base = p.name ? raw.get(p.name) : undefined;
      if (!base) continue;
      const ambiguous = [...(base.ambiguous_short_names ?? []), ...(p.ambiguous_short_names ?? [])];
      raw.set(base.name, {
        ...base,
        ...p,
        short_names: [...(base.short_names ?? []), ...(p.extra_short_names ?? []), ...literary(p.literary_names ?? [])].filter((s) => !ambiguous.includes(s)),
        ambiguous_short_names: ambiguous,
        false_positive_contexts: [...(base.false_positive_contexts ?? []), ...(p.false_positive_contexts ?? [])],
      } as RawEntry);
    }
    this.falsePositiveFollowers = curated.false_positive_followers ?? [];

    for (const e of raw.values()) {
      this.byNameMap.set(e.name, {
        name: e.name,
        shortNames: e.short_names ?? [],
        ambiguousShortNames: e.ambiguous_short_names ?? [],
        formerNames: e.former_names ?? [],
        level: e.level,
        parent: e.parent ?? null,
        code: e.code ?? null,
        members: e.members ?? [],
        joint: e.joint === true,
        falsePositiveContexts: (e.false_positive_contexts ?? []).map(normalize),
        opensNames: e.opens_names === true,
        localOnly: e.local_only === true,
        validUntil: e.valid_until ?? null,
        province: null,
      });
    }
    for (const entry of this.byNameMap.values()) entry.province = this.findProvince(entry);

    const pairs: [string, RegionSurface][] = [];
    // a county-level unit whose whole name is two characters (礼县, 岷县) reads as the short forms do: only in its own
    // province's reports and as whole words, since elsewhere it is a piece of a phrase (区和县, 示范县)
    const curatedNames = new Set(curated.entries.map((e) => e.name));
    const twoCharacter: [string, RegionSurface][] = [];
    for (const entry of this.byNameMap.values()) {
      const strong = { entry, ambiguous: false };
      const weak = { entry, ambiguous: true };
      const local = localShort !== undefined && !curatedNames.has(entry.name) && localShort.levels.includes(entry.level) && entry.province !== null;
      for (const s of [entry.name, ...entry.shortNames, ...entry.formerNames]) {
        const surface = normalize(s);
        // (the bare name of a duplicate, 城区 of 阳泉市城区, is whole too; a short name of another shape, 西沙 of 西沙群岛, is not)
        if (local && surface.length <= WHOLE_LOCAL_LENGTH && entry.name.endsWith(s)) twoCharacter.push([surface, strong]);
        else pairs.push([surface, strong]);
      }
      for (const s of entry.ambiguousShortNames) pairs.push([normalize(s), weak]);
    }
    this.gazetteer = new Gazetteer(pairs.filter(([s]) => s.length >= MIN_SURFACE));
    this.localShortFollowers = localShort?.followers ?? [];
    if (localShort) this.deriveLocalShorts(national, curated, localShort, pairs, twoCharacter);
  }

  /**
   * The longest place of the gazetteer written right before `at` (河南省 in 河南省第十四届人民代表大会, 自治区 in
   * 是自治区“十五五”规划), of at most eight characters, that `accept` takes: its start and the reading taken; null when
   * none. Rules that read a body's or a plan's owner off the words before it share this walk.
   */
  placeBefore(text: string, at: number, accept: (reading: RegionSurface, place: string) => boolean = () => true): { start: number; reading: RegionSurface } | null {
    for (let n = Math.min(MAX_PLACE_BEFORE, at); n >= MIN_SURFACE; n--) {
      const place = text.slice(at - n, at);
      const reading = this.gazetteer.lookup(place).find((r) => accept(r, place));
      if (reading) return { start: at - n, reading };
    }
    return null;
  }

  /**
   * The gazetteer of the county-level short forms of one province (海淀 → 海淀区 in 北京市), or null when it has
   * none. RegionGazetteerRule runs it beside the main one in reports about that province only.
   */
  localGazetteer(province: string | null): Gazetteer<RegionSurface> | null {
    if (!province) return null;
    if (!this.localGazetteers.has(province)) {
      const pairs = this.localShorts.get(province);
      this.localGazetteers.set(province, pairs && pairs.length ? new Gazetteer(pairs) : null);
    }
    return this.localGazetteers.get(province)!;
  }

  /**
   * Short forms of the national county-level units (regions-local-short.json): the bare name without its suffix
   * (浦东新区 → 浦东, 北京市朝阳区 → 朝阳), an autonomous county's without its peoples too (陵水黎族自治县 → 陵水).
   * Dropped: stems on the stop list, shorter than minLength (东乡族自治县 has none), stems that are a surface of a
   * province or country (河北区 → 河北), of another region of the same province, or of two units of the province.
   * Curated entries (regions.json) keep their own short forms.
   */
  private deriveLocalShorts(
    national: RawFile,
    curated: RawFile,
    rules: LocalShortRules,
    pairs: readonly [string, RegionSurface][],
    whole: readonly [string, RegionSurface][],
  ): void {
    const curatedNames = new Set(curated.entries.map((e) => e.name));
    const taken = new Map<string, RegionSurface[]>();
    for (const [surface, r] of pairs) taken.set(surface, [...(taken.get(surface) ?? []), r]);
    const stems = new Map<string, Map<string, RegionEntry[]>>();
    const peoples = [...rules.ethnicNames].sort((a, b) => b.length - a.length);
    for (const raw of national.entries) {
      const entry = this.byNameMap.get(raw.name);
      if (!entry || curatedNames.has(raw.name) || !rules.levels.includes(entry.level) || !entry.province) continue;
      // duplicates are named 福州市鼓楼区 with the bare 鼓楼区 as short name
      const bare = entry.shortNames.find((s) => entry.name.endsWith(s)) ?? entry.name;
      const autonomous = rules.noStemSuffixes.find((x) => bare.endsWith(x));
      const suffix = autonomous ?? rules.suffixes.find((x) => bare.endsWith(x));
      if (!suffix) continue;
      const stem = normalize(autonomous ? withoutPeoples(bare.slice(0, -suffix.length), peoples) : bare.slice(0, -suffix.length));
      if (stem.length < rules.minLength || rules.stops.includes(stem)) continue;
      const others = (taken.get(stem) ?? []).filter((r) => r.entry !== entry);
      if (others.some((r) => TOP_LEVELS.has(r.entry.level) || r.entry.province === entry.province)) continue;
      const byProvince = stems.get(entry.province) ?? new Map<string, RegionEntry[]>();
      byProvince.set(stem, [...(byProvince.get(stem) ?? []), entry]);
      stems.set(entry.province, byProvince);
    }
    // whole two-character names join their province's stems, under the same stop list (城区, 和县)
    for (const [surface, r] of whole) {
      if (rules.stops.includes(surface)) continue;
      const byProvince = stems.get(r.entry.province!) ?? new Map<string, RegionEntry[]>();
      byProvince.set(surface, [...(byProvince.get(surface) ?? []), r.entry]);
      stems.set(r.entry.province!, byProvince);
    }
    for (const [province, byStem] of stems) {
      const out: [string, RegionSurface][] = [];
      for (const [stem, entries] of byStem) if (entries.length === 1) out.push([stem, { entry: entries[0], ambiguous: false }]);
      this.localShorts.set(province, out);
    }
  }

  byName(name: string): RegionEntry | undefined {
    return this.byNameMap.get(name);
  }

  /** Parent chain, nearest first, stopping at a name the gazetteer does not hold (川渝's parent is null). */
  ancestors(entry: RegionEntry): RegionEntry[] {
    const chain: RegionEntry[] = [];
    let cur = entry.parent ? this.byNameMap.get(entry.parent) : undefined;
    while (cur && !chain.includes(cur) && chain.length < 8) {
      chain.push(cur);
      cur = cur.parent ? this.byNameMap.get(cur.parent) : undefined;
    }
    return chain;
  }

  /** The province of a canonical region name (重庆市 → 重庆市, 黔江区 → 重庆市), for resolving ambiguous surfaces. */
  provinceOf(name: string | null): string | null {
    if (!name) return null;
    const entry = this.byNameMap.get(name) ?? this.resolve(this.gazetteer.lookup(normalize(name)), null)?.entry;
    return entry?.province ?? null;
  }

  /**
   * Picks the one entry a surface names: strong readings before ambiguous ones; generic local-only phrases, and
   * ambiguous short forms below a province, only in their own province; then the reading in the report's province; then a province or country over a city of the
   * same short name (吉林 → 吉林省). Several readings left → null: an unresolved mention is dropped, not guessed.
   */
  resolve(readings: readonly RegionSurface[], reportProvince: string | null): RegionSurface | null {
    const strong = readings.filter((r) => !r.ambiguous);
    let pool = (strong.length > 0 ? strong : readings).filter(
      (r) => !r.entry.localOnly || (reportProvince !== null && r.entry.province === reportProvince),
    )
      // an ambiguous short form below a province (高新区, 江北) names its place only in that province's own reports: in
      // another province's list it is the place there (石嘴山高新区、吴忠金积工业园: 宁夏 2026, no 重庆高新区)
      .filter((r) => !r.ambiguous || TOP_LEVELS.has(r.entry.level) || reportProvince === null || r.entry.province === null || r.entry.province === reportProvince);
    if (pool.length > 1) {
      const local = pool.filter((r) => reportProvince !== null && r.entry.province === reportProvince);
      if (local.length >= 1) pool = local;
    }
    if (pool.length > 1) {
      const top = pool.filter((r) => TOP_LEVELS.has(r.entry.level));
      if (top.length >= 1) pool = top;
    }
    return pool.length === 1 ? pool[0] : null;
  }

  /** True when one of the entry's false-positive contexts (成渝中线 for 渝中) covers `start..end` of `text`. */
  isFalsePositiveContext(entry: RegionEntry, text: string, start: number, end: number): boolean {
    for (const context of entry.falsePositiveContexts) {
      for (let p = Math.max(0, end - context.length); p <= start; p++) {
        if (text.startsWith(context, p)) return true;
      }
    }
    return false;
  }

  /**
   * True when the mention at `start..end` of `text` is part of something else: one of the entry's false-positive
   * contexts covers it (成渝中线 for 渝中), the short name of an entry that opens names runs on into one (中国企业500强),
   * or a follower word comes right after it (重庆大学, 北京路).
   */
  isFalsePositive(entry: RegionEntry, text: string, start: number, end: number): boolean {
    if (this.isFalsePositiveContext(entry, text, start, end)) return true;
    if (entry.opensNames && end - start < entry.name.length && HAN.test(text[end] ?? '') && !JOINING.test(text[end])) return true;
    return this.falsePositiveFollowers.some((f) => text.startsWith(f, end));
  }

  private findProvince(entry: RegionEntry): string | null {
    if (PROVINCE_LEVELS.has(entry.level)) return entry.name;
    for (const a of this.ancestors(entry)) if (PROVINCE_LEVELS.has(a.level)) return a.name;
    return null;
  }
}

const HAN = /\p{Script=Han}/u;
// the words after a name-opening short name that leave it a mention: it is joined to another, not opening a name
const JOINING = /[和与及同]/;

const build = perLexicon(
  (lexicon: Lexicon) => new RegionIndex(lexicon.data<RawFile>('regions-cn'), lexicon.data<RawFile>('regions'), lexicon.data<LocalShortRules>('regions-local-short')),
);

/**
 * An autonomous county's name before 自治县 without the peoples that close it (陵水黎族 → 陵水, 巴里坤哈萨克 → 巴里坤,
 * 孟连傣族拉祜族佤族 → 孟连); '' when nothing but peoples is left or none closes it (so no stem is derived).
 * `peoples` longest first, should one people's name end another's.
 */
function withoutPeoples(name: string, peoples: readonly string[]): string {
  let rest = name;
  for (;;) {
    const people = peoples.find((p) => rest.endsWith(p + '族') || (p.length > 1 && rest.endsWith(p)));
    if (!people) break;
    rest = rest.slice(0, -(rest.endsWith(people + '族') ? people.length + 1 : people.length));
  }
  return rest === name ? '' : rest;
}
