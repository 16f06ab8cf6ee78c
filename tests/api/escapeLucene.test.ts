import { escapeLucene } from '../../src/api/escapeLucene';

describe('escapeLucene', () => {
  it('quotes the text as a boosted phrase, then the same terms loosely', () => {
    expect(escapeLucene('陆海新通道')).toBe('"陆海新通道"^4 OR (陆海新通道)');
  });

  it.each([
    ['a+b', 'a\\+b'],
    ['(特高压)', '\\(特高压\\)'],
    ['"x"', '\\"x\\"'],
    ['a:b~*?', 'a\\:b\\~\\*\\?'],
    ['c\\d', 'c\\\\d'],
    ['[新能源]^2', '\\[新能源\\]\\^2'],
    ['x && y || !z', 'x \\&\\& y \\|\\| \\!z'],
  ])('escapes %p', (input, escaped) => {
    expect(escapeLucene(input)).toBe(`"${escaped}"^4 OR (${escaped})`);
  });

  it('turns the boolean keywords into plain words', () => {
    expect(escapeLucene('A AND B OR NOT C')).toBe('"A and B or not C"^4 OR (A and B or not C)');
  });
});
