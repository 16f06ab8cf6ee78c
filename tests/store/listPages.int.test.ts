import type { Store } from '../../src/store';
import { testStore } from '../support/testStore';

let store: Store;
beforeAll(() => {
  store = testStore();
});
afterAll(() => store.close());

const page = { offset: 0, first: 100 };

describe('Store.list', () => {
  it('filters metrics by unit and a float bound, sorted by value descending', async () => {
    const result = await store.list('Metric', { where: { unit: ['%'], valueGt: 10 }, orderBy: [{ field: 'VALUE', direction: 'DESC' }], page });
    const values = result.items.map((m) => Number(m.props.value));
    expect(result.total).toBeGreaterThan(10);
    expect(values.every((v) => v > 10)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('compares a whole-number bound with float values (2411 亿元 is between 2411 and 2411)', async () => {
    const result = await store.list('Metric', { where: { valueGte: 2411, valueLte: 2411 }, page });
    expect(result.items.map((m) => m.props.unit)).toContain('亿元');
  });

  it('scopes regions by withinRegionId and sorts names descending', async () => {
    const result = await store.list('Region', { where: { withinRegionId: 'region:重庆市' }, orderBy: [{ field: 'NAME', direction: 'DESC' }], page });
    const names = result.items.map((r) => String(r.props.name));
    expect(names).toEqual(expect.arrayContaining(['万州区', '渝西地区']));
    expect(names).toEqual([...names].sort().reverse());
  });

  it('gives one page per region for nested lists', async () => {
    const pages = await store.listPerRegion('Project', ['region:万州区', 'region:不存在'], { where: {}, page });
    expect(pages.get('region:万州区')?.items.map((p) => p.props.name)).toContain('万州机场T2航站楼');
    expect(pages.get('region:不存在')?.total).toBe(0);
  });
});
