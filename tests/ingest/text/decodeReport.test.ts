import iconv from 'iconv-lite';
import { decodeReport } from '../../../src/ingest/text/decodeReport';
import { IngestError } from '../../../src/ingest/IngestError';

const TEXT = '重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告\n地区生产总值同比增长4.6%。\n';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof IngestError) return err.code;
    throw err;
  }
  return 'NO ERROR';
}

describe('decodeReport', () => {
  it('decodes UTF-8', () => expect(decodeReport(Buffer.from(TEXT, 'utf8'))).toBe(TEXT));
  it('drops a UTF-8 BOM', () => expect(decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toBe(TEXT));
  it('decodes GBK', () => expect(decodeReport(iconv.encode(TEXT, 'gbk'))).toBe(TEXT));
  it('decodes GB18030', () => expect(decodeReport(iconv.encode(TEXT, 'gb18030'))).toBe(TEXT));
  it('decodes UTF-16LE with a BOM', () => expect(decodeReport(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')]))).toBe(TEXT));
  it.each([
    ['an empty buffer', Buffer.alloc(0), 'EMPTY_INPUT'],
    ['whitespace only', Buffer.from(' \n\t\n'), 'EMPTY_INPUT'],
    ['NUL bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'BINARY_INPUT'],
    ['English prose', Buffer.from('This is not a Chinese government report at all.'), 'NOT_A_REPORT'],
    ['Latin-1 gibberish', Buffer.from([0xe9, 0x74, 0xe9, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0xff, 0x41]), 'UNSUPPORTED_ENCODING'],
    ['a 50 MB buffer', Buffer.alloc(50 * 1024 * 1024, 0x41), 'TOO_LARGE'],
  ])('refuses %s', (_name, buffer, code) => expect(codeOf(() => decodeReport(buffer))).toBe(code));
  it('refuses mojibake: a GBK file read as UTF-8 and saved again, full of U+FFFD', () => {
    const mojibake = iconv.encode(TEXT.repeat(5), 'gbk').toString('utf8');
    expect(codeOf(() => decodeReport(Buffer.from(mojibake, 'utf8')))).toBe('UNSUPPORTED_ENCODING');
  });
  it('keeps a report with a stray replacement character', () => {
    const text = `${TEXT.repeat(10)}\uFFFD`;
    expect(decodeReport(Buffer.from(text, 'utf8'))).toBe(text);
  });
  it.each([
    ['punctuation only', '，。！？、；：“”《》（）…—'.repeat(20), 'NOT_A_REPORT'],
    ['control characters', `${TEXT}${'\u0001\u0002\u0003'.repeat(20)}`, 'BINARY_INPUT'],
    ['a BOM and nothing else', '\uFEFF', 'EMPTY_INPUT'],
  ])('refuses %s given as text', (_name, text, code) => expect(codeOf(() => decodeReport(Buffer.from(text, 'utf8')))).toBe(code));
  it('takes a size limit', () => expect(codeOf(() => decodeReport(Buffer.from(TEXT), { maxBytes: 10 }))).toBe('TOO_LARGE'));
  it('says what is wrong', () => expect(() => decodeReport(Buffer.alloc(0))).toThrow('EMPTY_INPUT: input is empty (0 bytes)'));
});
