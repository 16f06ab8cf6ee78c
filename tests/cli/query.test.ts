import { fileVariables, firstList, toCsv } from '../../src/cli/query';

describe('query CLI', () => {
  it.each([
    ['a connection: its nodes', { metrics: { totalCount: 2, nodes: [{ id: 'a' }, { id: 'b' }] } }, [{ id: 'a' }, { id: 'b' }]],
    ['a connection: its edges[].node', { regions: { edges: [{ cursor: 'x', node: { id: 'r' } }] } }, [{ id: 'r' }]],
    ['a plain list', { search: [{ score: 1 }] }, [{ score: 1 }]],
    ['nothing', { stats: { reports: 1 } }, null],
    [
      'an indicator series: its rows, not the list of variants before them',
      { indicator: { id: 'gdp', variants: ['生产总值', 'GDP'], series: { totalCount: 1, nodes: [{ region: { name: '上海市' }, value: 5.4 }] } } },
      [{ region: { name: '上海市' }, value: 5.4 }],
    ],
    ['a list of plain values when there is nothing else', { indicator: { variants: ['生产总值', 'GDP'] } }, ['生产总值', 'GDP']],
  ])('finds the first list in %s', (_name, data, expected) => {
    expect(firstList(data)).toEqual(expected);
  });

  it('flattens rows into dotted columns, lists as JSON, Chinese as is', () => {
    const csv = toCsv([
      { id: 'region:重庆市', region: { name: '重庆市' }, tags: ['a', 'b'] },
      { id: 'region:黔江区', region: null, extra: true },
    ]);
    expect(csv).toBe('id,region.name,tags,region,extra\nregion:重庆市,重庆市,"[""a"",""b""]",,\nregion:黔江区,,,,true\n');
  });

  it('reads default variables from a "# variables:" header', () => {
    expect(fileVariables('# title: x\n# variables: {"q": "陆海新通道"}\nquery Q($q: String!) { search(query: $q) { score } }')).toBe('{"q": "陆海新通道"}');
    expect(fileVariables('{ stats { reports } }')).toBeUndefined();
  });
});
