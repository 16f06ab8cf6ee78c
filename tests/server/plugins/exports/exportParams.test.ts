import { ExportParamError } from '../../../../src/server/plugins/exports';
import { seriesExportQuery } from '../../../../src/server/plugins/exports/exportParams';

/** The parameter an ExportParamError names. */
function badParameter(q: Record<string, unknown>): string {
  try {
    seriesExportQuery(q);
  } catch (error) {
    expect(error).toBeInstanceOf(ExportParamError);
    return (error as ExportParamError).parameter;
  }
  throw new Error('expected an ExportParamError');
}

describe('seriesExportQuery', () => {
  it('maps the parameters onto Indicator.series’ filters, lists repeated or comma-separated', () => {
    expect(seriesExportQuery({ indicator: 'gdp', year: ['2025', '2026'], regionId: 'region:上海市,region:北京市', status: 'ACTUAL', part: 'FULL_YEAR', measure: 'YOY_GROWTH' })).toEqual({
      indicatorId: 'gdp',
      filter: { regionIds: ['region:上海市', 'region:北京市'], years: [2025, 2026], status: 'ACTUAL', part: 'FULL_YEAR', measure: 'YOY_GROWTH' },
    });
    expect(seriesExportQuery({ indicator: ' cpi ' })).toEqual({ indicatorId: 'cpi', filter: { regionIds: null, years: null, status: null, part: null, measure: null } });
  });

  it.each([
    [{}, 'indicator'],
    [{ indicator: ['gdp', 'cpi'] }, 'indicator'],
    [{ indicator: 'gdp', year: '2025.5' }, 'year'],
    [{ indicator: 'gdp', year: '1800' }, 'year'],
    [{ indicator: 'gdp', status: 'DONE' }, 'status'],
    [{ indicator: 'gdp', part: 'H3' }, 'part'],
    [{ indicator: 'gdp', measure: 'GROWTH' }, 'measure'],
    [{ indicator: 'gdp', regionId: '' }, 'regionId'],
    [{ indicator: 'gdp', regionId: 'r'.repeat(301) }, 'regionId'],
    [{ indicator: 'gdp', colour: 'red' }, 'colour'],
  ])('rejects %j naming %s', (q, parameter) => {
    expect(badParameter(q)).toBe(parameter);
  });
});
