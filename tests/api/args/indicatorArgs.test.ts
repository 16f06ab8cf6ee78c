import { GraphQLError } from 'graphql';
import { comparisonFilter, indicatorWhere, seriesFilter } from '../../../src/api/args/indicatorArgs';
import { MAX_COMPARE_INDICATORS, MAX_FILTER_VALUES } from '../../../src/api/limits';

/** The BAD_USER_INPUT field of what `fn` throws. */
function badField(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).extensions.field;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('indicatorWhere', () => {
  it('trims the name filter and defaults to no filter', () => {
    expect(indicatorWhere({ nameContains: ' 生产总值 ' })).toEqual({ nameContains: '生产总值', unitFamily: null });
    expect(indicatorWhere(undefined)).toEqual({ nameContains: null, unitFamily: null });
  });

  it.each([
    [{ nameContains: '  ' }, 'where.nameContains'],
    [{ unitFamily: 'x'.repeat(201) }, 'where.unitFamily'],
    [{ colour: 'red' }, 'where'],
  ])('rejects %j naming %s', (where, field) => {
    expect(badField(() => indicatorWhere(where))).toBe(field);
  });
});

describe('seriesFilter', () => {
  it('passes the filters on, repeats dropped, absent ones null', () => {
    expect(seriesFilter({ years: [2025, 2025, 2026], regions: ['region:上海市', 'region:上海市'], status: 'ACTUAL' })).toEqual({
      regionIds: ['region:上海市'],
      years: [2025, 2026],
      status: 'ACTUAL',
      part: null,
      measure: null,
    });
    expect(seriesFilter({})).toEqual({ regionIds: null, years: null, status: null, part: null, measure: null });
  });

  it.each([
    [{ years: [1899] }, 'years.0'],
    [{ years: [2025.5] }, 'years.0'],
    [{ years: [] }, 'years'],
    [{ years: Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => 1950 + i) }, 'years'],
    [{ regions: [] }, 'regions'],
    [{ regions: [''] }, 'regions.0'],
    [{ regions: ['r'.repeat(301)] }, 'regions.0'],
  ])('rejects %j naming %s', (args, field) => {
    expect(badField(() => seriesFilter(args))).toBe(field);
  });
});

describe('comparisonFilter', () => {
  it('keeps the indicators in the order asked, without repeats, and defaults the part to FULL_YEAR', () => {
    expect(comparisonFilter({ indicators: ['gdp', 'cpi', 'gdp'], year: 2025 })).toEqual({
      indicatorIds: ['gdp', 'cpi'],
      regionIds: null,
      year: 2025,
      part: 'FULL_YEAR',
      status: null,
      measure: null,
    });
    expect(comparisonFilter({ indicators: ['gdp'], year: 2023, part: 'H1', status: 'ACTUAL', measure: 'YOY_GROWTH', regions: ['region:重庆市'] })).toMatchObject({
      part: 'H1',
      status: 'ACTUAL',
      measure: 'YOY_GROWTH',
      regionIds: ['region:重庆市'],
    });
  });

  it.each([
    [{ indicators: [], year: 2025 }, 'indicators'],
    [{ indicators: Array.from({ length: MAX_COMPARE_INDICATORS + 1 }, (_, i) => `i${i}`), year: 2025 }, 'indicators'],
    [{ indicators: ['gdp'], year: 2101 }, 'year'],
    [{ indicators: ['gdp'], year: 2025, regions: [] }, 'regions'],
  ])('rejects %j naming %s', (args, field) => {
    expect(badField(() => comparisonFilter(args))).toBe(field);
  });
});
