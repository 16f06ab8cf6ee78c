import { GraphQLError } from 'graphql';
import { listArgs } from '../../../src/api/args/listArgs';

describe('listArgs', () => {
  it('hands a valid filter and order back in the same terms, with the default direction', () => {
    const q = listArgs('Metric', { unit: ['%'], valueGt: 10, regionId: 'region:重庆市' }, [{ field: 'VALUE', direction: 'DESC' }, { field: 'NAME' }]);
    expect(q).toEqual({
      where: { unit: ['%'], valueGt: 10, regionId: 'region:重庆市' },
      orderBy: [
        { field: 'VALUE', direction: 'DESC' },
        { field: 'NAME', direction: 'ASC' },
      ],
    });
    expect(listArgs('Region', null, null)).toEqual({ where: {}, orderBy: [] });
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
      listArgs(label, where, orderBy);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
