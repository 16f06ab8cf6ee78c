/**
 * Generated bad and odd report documents for the fuzz-docs check, deterministic for a seed and a corpus: the
 * same seed gives byte-identical documents on every run, so a verdict that changes is the server changing.
 * Pure (no I/O): the caller passes the corpus texts in.
 */
import iconv from 'iconv-lite';
import { createRng, weighted, type Rng } from './rng';

export const DOC_KINDS = [
  'valid-small',
  'huge-number',
  'unbalanced-book-title',
  'long-line',
  'heading-flood',
  'binary',
  'nul-bytes',
  'control-bytes',
  'punctuation-only',
  'mojibake-gbk-as-utf8',
  'mojibake-utf8-as-gbk',
  'gbk-encoded',
  'utf16-bom',
  'empty',
  'whitespace-only',
  'lone-surrogates',
  'latin-text',
] as const;
export type DocKind = (typeof DOC_KINDS)[number];

const WEIGHTS: readonly (readonly [DocKind, number])[] = [
  ['valid-small', 12],
  ['huge-number', 12],
  ['unbalanced-book-title', 8],
  ['long-line', 4],
  ['heading-flood', 3],
  ['binary', 6],
  ['nul-bytes', 6],
  ['control-bytes', 6],
  ['punctuation-only', 6],
  ['mojibake-gbk-as-utf8', 6],
  ['mojibake-utf8-as-gbk', 5],
  ['gbk-encoded', 5],
  ['utf16-bom', 3],
  ['empty', 3],
  ['whitespace-only', 4],
  ['lone-surrogates', 4],
  ['latin-text', 4],
];

export interface FuzzDoc {
  index: number;
  /** report id and file name stem: `fz-<seed>-<index>` (its own slug, so the API and the CLI use the same id) */
  id: string;
  kind: DocKind;
  /** one line on what was generated */
  note: string;
  /** the file the CLI reads */
  bytes: Buffer;
  /** what a client posts to ingestReport: the document's text, or for byte-born documents (binary) the bytes read as UTF-8 */
  text: string;
}

/** `count` documents from `seed`, built from slices of the `corpus` reports. */
export function generateDocuments(corpus: readonly string[], count: number, seed: number): FuzzDoc[] {
  if (corpus.length === 0) throw new Error('generateDocuments needs at least one corpus text');
  const rng = createRng(seed);
  const docs: FuzzDoc[] = [];
  for (let index = 0; index < count; index++) {
    // Every kind appears at least once when count allows; then by weight.
    const kind = index < DOC_KINDS.length && count >= DOC_KINDS.length ? DOC_KINDS[index] : weighted(rng, WEIGHTS);
    const { note, bytes, text } = build(kind, rng, corpus);
    docs.push({ index, id: `fz-${seed}-${String(index).padStart(4, '0')}`, kind, note, bytes, text });
  }
  return docs;
}

type Built = { note: string; bytes: Buffer; text: string };
const fromText = (note: string, text: string): Built => ({ note, text, bytes: Buffer.from(text, 'utf8') });

/** A run of whole lines, about `min`..`max` characters, from a random place of a random report. */
export function fragment(rng: Rng, corpus: readonly string[], min: number, max: number): string {
  const report = rng.pick(corpus);
  const want = rng.int(min, max);
  const start = report.lastIndexOf('\n', rng.int(0, Math.max(0, report.length - want))) + 1;
  let end = report.indexOf('\n', start + want);
  if (end < 0) end = report.length;
  return report.slice(start, end).trim() || report.slice(0, want);
}

function insertAt(rng: Rng, text: string, piece: () => string, times: number): string {
  const chars = [...text];
  for (let i = 0; i < times; i++) chars.splice(rng.int(0, chars.length), 0, piece());
  return chars.join('');
}

const PUNCTUATION = [...'，。！？、；：“”‘’《》〈〉（）【】—…·,.!?;:()[]{}-_/\\|@#$%^&*~`\'"<>+= \n\t'];
const CONTROL = [...Array(32).keys()].filter((c) => ![0, 9, 10, 12, 13].includes(c)).map((c) => String.fromCharCode(c)).concat('\x7f');
const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u3000', '\u00a0', '\u2003', '\f', '\v'];
const LATIN =
  'The municipal government shall continue to promote high quality development, deepen reform and opening up, and improve people\'s livelihoods. GDP grew by 4.6 percent year on year. ';

function hugeNumber(rng: Rng): { note: string; sentence: string } {
  const nines = (n: number) => '9'.repeat(n);
  const variants: (() => { note: string; sentence: string })[] = [
    () => ({ note: '增长 + 400 nines + %', sentence: `全市地区生产总值同比增长${nines(400)}%。` }),
    () => ({ note: 'nines 亿元', sentence: `完成固定资产投资${nines(rng.int(20, 400))}亿元，同比增长${nines(rng.int(16, 60))}%。` }),
    () => ({ note: '1e308 and beyond', sentence: `规模以上工业增加值增长1e308%，社会消费品零售总额增长1e309亿元。` }),
    () => ({ note: 'negative nines', sentence: `进出口总额下降-${nines(rng.int(20, 400))}%，财政收入增长−${nines(30)}.${nines(30)}%。` }),
    () => ({ note: 'decimal nines', sentence: `城镇居民人均可支配收入增长${nines(200)}.${nines(200)}%。` }),
    () => ({ note: 'thousands separators', sentence: `实现营业收入${'1,000'.repeat(rng.int(10, 120))}万元，增长${'9,999'.repeat(20)}%。` }),
    () => ({ note: 'Infinity / NaN words', sentence: `地区生产总值增长Infinity%，投资增长NaN%，消费增长-Infinity亿元。` }),
    () => ({ note: 'full-width digits', sentence: `一般公共预算收入增长${'９'.repeat(rng.int(20, 300))}％，达到${'８'.repeat(40)}亿元。` }),
    () => ({ note: 'Chinese numerals', sentence: `新增就业${'九'.repeat(rng.int(20, 200))}万人，增长${'亿'.repeat(60)}倍。` }),
    () => ({ note: 'range of nines', sentence: `预计全年增长${nines(300)}%—${nines(300)}%左右。` }),
  ];
  return rng.pick(variants)();
}

function build(kind: DocKind, rng: Rng, corpus: readonly string[]): Built {
  switch (kind) {
    case 'valid-small': {
      const text = fragment(rng, corpus, 200, 2000);
      return fromText(`${text.length} chars of a real report`, text);
    }
    case 'huge-number': {
      const { note, sentence } = hugeNumber(rng);
      return fromText(note, `${fragment(rng, corpus, 100, 600)}\n重庆市${sentence}\n${fragment(rng, corpus, 0, 300)}`);
    }
    case 'unbalanced-book-title': {
      const base = fragment(rng, corpus, 100, 800);
      const n = rng.int(100, 20_000);
      const variants: [string, string][] = [
        [`${n} 《 in a row`, `${base}\n${'《'.repeat(n)}\n${base}`],
        [`${Math.min(n, 5000)} 《 scattered`, insertAt(rng, base, () => '《', Math.min(n, 5000))],
        [`《 then ${n} chars without 》`, `${base}\n《${fragment(rng, corpus, n, n + 1000).replace(/[》\n]/g, '')}`],
        [`${Math.min(n, 3000)} × 《重庆市`, `${'《重庆市'.repeat(Math.min(n, 3000))}${base}`],
        [`${Math.min(n, 5000)} 》 before 《`, `${'》'.repeat(Math.min(n, 5000))}${base}《`],
      ];
      const [note, text] = rng.pick(variants);
      return fromText(note, text);
    }
    case 'long-line': {
      // Long enough to have no sentence end for 100 passages' worth; the stall check feeds the megabytes.
      const want = rng.int(10_000, 60_000);
      let text = '';
      while (text.length < want) text += fragment(rng, corpus, 2000, 8000).replace(/[\r\n。！？；]/g, '');
      text = text.slice(0, want);
      return fromText(`${want} chars on one line, no 。！？；`, text);
    }
    case 'heading-flood': {
      const n = rng.int(500, 5000);
      const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
      const lines = Array.from({ length: n }, (_, i) => rng.pick([`${numerals[i % 10]}、重庆市`, `（${numerals[i % 10]}）`, `${numerals[i % 10]}是`, '']));
      return fromText(`${n} heading-like lines`, lines.join('\n'));
    }
    case 'binary': {
      const n = rng.int(16, 4096);
      const bytes = Buffer.alloc(n);
      for (let i = 0; i < n; i++) bytes[i] = rng.int(0, 255);
      bytes[rng.int(0, n - 1)] = 0;
      return { note: `${n} random bytes`, bytes, text: bytes.toString('utf8') };
    }
    case 'nul-bytes': {
      const n = rng.int(1, 20);
      return fromText(`${n} NUL in a report fragment`, insertAt(rng, fragment(rng, corpus, 500, 3000), () => '\0', n));
    }
    case 'control-bytes': {
      const base = fragment(rng, corpus, 500, 3000);
      const n = Math.max(1, Math.floor(base.length * rng.pick([0.005, 0.02, 0.1, 0.5])));
      return fromText(`${n} control characters in ${base.length}`, insertAt(rng, base, () => rng.pick(CONTROL), n));
    }
    case 'punctuation-only': {
      const n = rng.int(1, 5000);
      return fromText(`${n} punctuation characters`, Array.from({ length: n }, () => rng.pick(PUNCTUATION)).join(''));
    }
    case 'mojibake-gbk-as-utf8': {
      const text = iconv.encode(fragment(rng, corpus, 200, 2000), 'gbk').toString('utf8');
      return fromText('GBK bytes read as UTF-8 (U+FFFD)', text);
    }
    case 'mojibake-utf8-as-gbk': {
      const text = iconv.decode(Buffer.from(fragment(rng, corpus, 200, 2000), 'utf8'), 'gbk');
      return fromText('UTF-8 bytes read as GBK (锟斤拷 style)', text);
    }
    case 'gbk-encoded': {
      const text = fragment(rng, corpus, 200, 2000);
      return { note: 'a real fragment, file in GBK', bytes: iconv.encode(text, 'gbk'), text };
    }
    case 'utf16-bom': {
      const text = fragment(rng, corpus, 200, 2000);
      const le = rng.chance(0.5);
      return { note: `a real fragment, file in UTF-16${le ? 'LE' : 'BE'} with BOM`, bytes: iconv.encode(text, le ? 'utf16le' : 'utf16be', { addBOM: true }), text };
    }
    case 'empty':
      return rng.chance(0.5) ? fromText('0 bytes', '') : fromText('a UTF-8 BOM only', '\uFEFF');
    case 'whitespace-only': {
      const n = rng.int(1, 2000);
      return fromText(`${n} whitespace characters`, Array.from({ length: n }, () => rng.pick(WHITESPACE)).join(''));
    }
    case 'lone-surrogates': {
      const n = rng.int(1, 50);
      return fromText(`${n} lone surrogates in a fragment (U+FFFD in the file)`, insertAt(rng, fragment(rng, corpus, 300, 2000), () => rng.pick(['\uD800', '\uDFFF', '\uDBFF']), n));
    }
    case 'latin-text': {
      const n = rng.int(1, 40);
      return fromText(`${n} English sentences`, LATIN.repeat(n));
    }
  }
}
