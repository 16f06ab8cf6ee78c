import { loadLexicon } from '../../../src/ingest';
import { segment } from '../../../src/ingest/text/segment';

const lexicon = loadLexicon();
const tagOf = (text: string, word: string) => segment(text, lexicon).find((w) => w.text === word)?.tag;

describe('segment', () => {
  // segment-words.txt tags win over jieba's own for words its dictionary holds: these places are no verbs
  it.each([
    ['建设贵阳、遵义国家物流枢纽，打造5条', '遵义', 'ns'], // 贵州 2026
    ['能+”行动，支持保定国家数据标注基地发展', '保定', 'ns'], // 河北 2026
    ['建设贵阳、遵义国家物流枢纽，打造5条', '贵阳', 'ns'],
    ['打好蓝天保卫战', '保卫战', 'n'], // jieba's own tag is nz; the file says noun
  ])('in %s tags %s as %s', (text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });

  it('covers the text with words in order, offsets into it', () => {
    const text = '建设贵阳、遵义国家物流枢纽，打造5条';
    const words = segment(text, lexicon);
    expect(words.map((w) => w.text).join('')).toBe(text);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
