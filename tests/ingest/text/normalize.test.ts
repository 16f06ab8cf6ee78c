import { normalize } from '../../../src/ingest/text/normalize';

describe('normalize', () => {
  it.each([
    ['消费贷款（不含个人住房贷款）余额，', '消费贷款(不含个人住房贷款)余额,'],
    ['市人大常委会：', '市人大常委会:'],
    ['增长１５％！', '增长15%!'],
    ['省长\u3000王予波', '省长 王予波'],
    ['1—6月、“双城记”《方案》。', '1—6月、“双城记”《方案》。'], // dashes, 、“”《》。 stay
  ])('maps %s → %s, one code unit for one', (input, output) => {
    expect(normalize(input)).toBe(output);
    expect(normalize(input)).toHaveLength(input.length);
  });
});
