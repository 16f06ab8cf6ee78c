import { callerFromHeader, parseApiKeys } from '../../src/server/apiKeys';

describe('API keys', () => {
  const keys = parseApiKeys(['alice:k-alice', 'k-bare']);

  it('names keys given as name:key and numbers bare keys', () => {
    expect([...keys.entries()]).toEqual([
      ['k-alice', 'alice'],
      ['k-bare', 'key2'],
    ]);
  });

  it.each([
    ['Bearer k-alice', 'alice'],
    ['bearer   k-bare', 'key2'],
    ['Bearer k-alicE', null],
    ['Bearer k-alice-longer', null],
    ['Basic k-alice', null],
    ['k-alice', null],
    [undefined, null],
  ])('reads %p as %p', (header, name) => {
    expect(callerFromHeader(header, keys)).toBe(name);
  });
});
