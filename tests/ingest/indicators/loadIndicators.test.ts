import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadIndicators, loadLexicon, matchIndicator } from '../../../src/ingest';

const LEXICON = path.join(__dirname, '../../../seeds/lexicon');
const HEADER = 'id\tname_zh\tname_en\tunit_family\tvariants';
const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of seeds/lexicon whose indicators.tsv is `tsv`, loaded fresh (loadLexicon caches per folder). */
function catalogueOf(tsv: string): () => unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indicators-'));
  made.push(dir);
  for (const f of fs.readdirSync(LEXICON)) fs.copyFileSync(path.join(LEXICON, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'indicators.tsv'), tsv);
  return () => loadIndicators(loadLexicon(dir));
}

describe('loadIndicators', () => {
  const catalogue = loadIndicators(loadLexicon());

  it('parses the catalogue once per lexicon', () => {
    expect(loadIndicators(loadLexicon())).toBe(catalogue);
    expect(catalogue.indicators.length).toBeGreaterThanOrEqual(40);
    expect(catalogue.byId.get('gdp')).toMatchObject({ nameZh: '地区生产总值', unitFamily: 'currency' });
    expect(catalogue.byId.get('gdp')!.variants).toEqual(expect.arrayContaining(['地区生产总值', 'GDP', '经济总量']));
  });

  // the indicators issue 13 names, as the reports write them
  it.each([
    ['地区生产总值', 'gdp'],
    ['规模以上工业增加值', 'value_added_industry_above_scale'],
    ['固定资产投资', 'fixed_asset_investment'],
    ['社会消费品零售总额', 'retail_sales'],
    ['进出口总额', 'foreign_trade'],
    ['一般公共预算收入', 'general_budget_revenue'],
    ['城镇居民人均可支配收入', 'urban_disposable_income'],
    ['农村居民人均可支配收入', 'rural_disposable_income'],
    ['居民人均可支配收入', 'disposable_income'],
    ['居民消费价格', 'cpi'],
    ['城镇调查失业率', 'urban_unemployment_rate'],
    ['城镇新增就业', 'urban_new_jobs'],
    ['粮食产量', 'grain_output'],
    ['R&D经费投入强度', 'rd_intensity'],
    ['单位GDP能耗降低', 'energy_intensity'],
    ['常住人口城镇化率', 'urbanisation_rate'],
    ['实际使用外资', 'fdi'],
  ])('holds %s (%s)', (subject, id) => {
    expect(matchIndicator(subject, null, catalogue)).toBe(id);
  });

  it('gives every unit of units.txt a family', () => {
    const units = loadLexicon().words('units');
    expect(units.filter((u) => !catalogue.rules.unitFamilies.has(u))).toEqual([]);
  });

  it('keeps ids stable snake_case and variants unambiguous', () => {
    for (const i of catalogue.indicators) {
      expect(i.id).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const v of i.variants) expect(matchIndicator(v, null, catalogue)).toBe(i.id);
    }
  });

  it.each([
    ['a header that is not the five columns', 'id\tname\tname_en\tunit_family\tvariants\ngdp\t地区生产总值\tGDP\tcurrency\t\n', /header/],
    ['a row with a missing cell', `${HEADER}\ngdp\t地区生产总值\tGDP\tcurrency\n`, /line 2: 4 tab-separated cells/],
    ['an id that is not snake_case', `${HEADER}\nGDP-total\t地区生产总值\tGDP\tcurrency\t\n`, /line 2: id "GDP-total"/],
    ['a repeated id', `${HEADER}\ngdp\t地区生产总值\tGDP\tcurrency\t\ngdp\t生产总值\tGDP\tcurrency\t\n`, /line 3: id "gdp" repeats line 2/],
    ['a unit family no unit has', `${HEADER}\ngdp\t地区生产总值\tGDP\tcurency\t\n`, /line 2: unit_family "curency"/],
    ['an empty variant', `${HEADER}\ngdp\t地区生产总值\tGDP\tcurrency\tGDP||经济总量\n`, /line 2: gdp has an empty variant/],
    [
      'a variant two indicators share',
      `${HEADER}\ngdp\t地区生产总值\tGDP\tcurrency\t\ngdp_growth\t地区生产总值增速\tGDP growth\tpercent\t\n`,
      /line 3: variant "地区生产总值增速" of gdp_growth reduces to "地区生产总值", already a key of gdp \(line 2\)/,
    ],
  ])('fails loudly on %s', (_what, tsv, message) => {
    expect(catalogueOf(tsv)).toThrow(message);
  });
});
