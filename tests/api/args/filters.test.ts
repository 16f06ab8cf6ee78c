import { GraphQLError } from 'graphql';
import { listQuery } from '../../../src/api/args/filters';

describe('listQuery', () => {
  it('maps a metric filter to every parameter of read/metrics, null when unset', () => {
    const q = listQuery('Metric', { unit: ['%'], valueGt: 10, regionId: 'region:重庆市' }, [{ field: 'VALUE', direction: 'DESC' }]);
    expect(q.scope).toBe('region:重庆市');
    expect(q.params).toEqual({
      subjectContains: null,
      subjectEquals: null,
      units: ['%'],
      kinds: null,
      period: null,
      valueGt: 10,
      valueGte: null,
      valueLt: null,
      valueLte: null,
      reportId: null,
      includeSubregions: true,
      sort1: 'VALUE_DESC',
      sort2: null,
    });
  });

  it('scopes regions by withinRegionId and policies by regionId', () => {
    expect(listQuery('Region', { withinRegionId: 'region:重庆市', level: ['DISTRICT'] }, null).scope).toBe('region:重庆市');
    expect(listQuery('Policy', { regionId: 'region:渝西地区' }, [{ field: 'NAME' }]).params.sort1).toBe('NAME_ASC');
  });

  it.each([
    ['Policy', { nameContains: '' }, null, 'where.nameContains'],
    ['Policy', { nameContains: 'x'.repeat(201) }, null, 'where.nameContains'],
    ['Policy', { valueGt: 1 }, null, 'where'],
    ['Policy', {}, [{ field: 'VALUE' }], 'orderBy.field'],
    ['Metric', {}, [{ field: 'NAME' }, { field: 'VALUE' }, { field: 'NAME' }], 'orderBy'],
  ] as const)('rejects %s where %p orderBy %p, naming %s', (label, where, orderBy, field) => {
    let error: unknown;
    try {
      listQuery(label, where, orderBy);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
