import type { Lexicon } from '../lexicon/Lexicon';
import type { Indicator, IndicatorCatalogue, SubjectRules } from './Indicator';
import { subjectKeys } from './subjectKeys';
import { perLexicon } from '../lexicon/perLexicon';

/** The columns of indicators.tsv, in order. */
const COLUMNS = ['id', 'name_zh', 'name_en', 'unit_family', 'variants'] as const;
const ID = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const PROVINCE_LEVELS = new Set(['province', 'autonomous_region', 'sar']);

interface MatchingFile {
  regionPrefixes: string[];
  leadingWords: string[];
  trailingWords: string[];
  growthSuffixes: string[];
  measureSuffixes: string[];
  anyFamilyUnits: string[];
  magnitudes: string[];
  unitFamilies: Record<string, string>;
  extraFamilies?: string[];
}
interface RegionsFile {
  entries: { name: string; short_names?: string[]; level: string }[];
}


/**
 * Parses `seeds/lexicon/indicators.tsv` (columns id, name_zh, name_en, unit_family, variants separated by `|`)
 * with the matching rules of `indicator-matching.json`, once per Lexicon. Fails loudly, naming the line, on a
 * header that is not exactly those columns, an id that is not snake_case or repeats, an empty name, a unit
 * family no unit has, an empty variant, or two indicators whose variants reduce to the same key (the catalogue
 * would be ambiguous). name_zh is always a variant. Example: `loadIndicators(loadLexicon()).byId.get('gdp')`.
 */
export const loadIndicators = perLexicon((lexicon: Lexicon): IndicatorCatalogue => {
  const rules = compileRules(lexicon);
  const table = lexicon.table('indicators');
  if (table.columns.join('\t') !== COLUMNS.join('\t')) {
    throw new Error(`indicators.tsv: header is "${table.columns.join(' | ')}", expected "${COLUMNS.join(' | ')}"`);
  }
  const indicators: Indicator[] = [];
  const byId = new Map<string, Indicator>();
  const exact = new Map<string, Indicator>();
  const core = new Map<string, Indicator>();
  for (const { line, cells } of table.rows) {
    const [id, nameZh, nameEn, unitFamily, variantCell] = cells;
    const where = `indicators.tsv line ${line}`;
    if (!ID.test(id)) throw new Error(`${where}: id "${id}" is not snake_case`);
    if (byId.has(id)) throw new Error(`${where}: id "${id}" repeats line ${byId.get(id)!.line}`);
    if (!nameZh || !nameEn) throw new Error(`${where}: ${id} needs name_zh and name_en`);
    if (!rules.families.has(unitFamily)) {
      throw new Error(`${where}: unit_family "${unitFamily}" of ${id} is none of ${[...rules.families].join(', ')}`);
    }
    const written = variantCell === '' ? [] : variantCell.split('|').map((v) => v.trim());
    if (written.some((v) => v === '')) throw new Error(`${where}: ${id} has an empty variant (stray |)`);
    const variants = [...new Set([nameZh, ...written])];
    const indicator: Indicator = Object.freeze({ id, nameZh, nameEn, unitFamily, variants: Object.freeze(variants), line });
    for (const v of variants) {
      const keys = subjectKeys(v, rules);
      claim(exact, keys.exact, indicator, v, where);
      claim(core, keys.core, indicator, v, where);
    }
    indicators.push(indicator);
    byId.set(id, indicator);
  }
  const catalogue: IndicatorCatalogue = Object.freeze({ indicators: Object.freeze(indicators), byId, exact, core, rules });
  return catalogue;
});

/** Registers `key` for `indicator`; a key another indicator already holds is an error (the catalogue must be unambiguous). */
function claim(map: Map<string, Indicator>, key: string, indicator: Indicator, variant: string, where: string): void {
  const other = map.get(key);
  if (other && other !== indicator) {
    throw new Error(`${where}: variant "${variant}" of ${indicator.id} reduces to "${key}", already a key of ${other.id} (line ${other.line})`);
  }
  map.set(key, indicator);
}

function compileRules(lexicon: Lexicon): SubjectRules {
  const m = lexicon.data<MatchingFile>('indicator-matching');
  const provinces = [lexicon.data<RegionsFile>('regions-cn'), lexicon.data<RegionsFile>('regions')]
    .flatMap((f) => f.entries)
    .filter((e) => PROVINCE_LEVELS.has(e.level))
    .flatMap((e) => [e.name, ...(e.short_names ?? [])]);
  const longestFirst = (ws: readonly string[]): readonly string[] => Object.freeze([...new Set(ws)].sort((a, b) => b.length - a.length));
  const unitFamilies = new Map(Object.entries(m.unitFamilies));
  return Object.freeze({
    regionPrefixes: longestFirst([...m.regionPrefixes, ...provinces]),
    leadingWords: longestFirst(m.leadingWords),
    trailingWords: longestFirst(m.trailingWords),
    growthSuffixes: longestFirst(m.growthSuffixes),
    measureSuffixes: longestFirst(m.measureSuffixes),
    anyFamilyUnits: new Set(m.anyFamilyUnits),
    magnitudes: longestFirst(m.magnitudes),
    unitFamilies,
    families: new Set([...unitFamilies.values(), ...(m.extraFamilies ?? [])]),
  });
}
