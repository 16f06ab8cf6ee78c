import { detect } from 'chardet';
import iconv from 'iconv-lite';
import { IngestError, IngestErrorCode } from '../IngestError';

/**
 * Default refusal limit for one report file: 1 MiB, eight times the largest corpus report (~130 kB). Not a
 * decoding limit: what one report costs downstream (about 15–50 s to extract and write on two busy cores, and
 * 60–80 MiB of Neo4j transaction memory per MB) sets it; MAX_REPORT_BYTES changes it (README, "Limits").
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface DecodeOptions {
  /** refuse inputs larger than this many bytes (default DEFAULT_MAX_BYTES, 1 MiB) */
  maxBytes?: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** chardet names we accept as a GBK-family encoding; all decode correctly as GB18030, its superset. */
const GB_FAMILY = new Set(['GB18030', 'GBK', 'GB2312']);

/**
 * Turns the bytes of a report file into text: UTF-8 with or without BOM first (strict), then the GBK family
 * (decoded as GB18030, chardet + iconv-lite), then UTF-16 with a BOM. Refuses, with an `IngestError` code:
 * EMPTY_INPUT (no bytes, or only whitespace), TOO_LARGE (over `maxBytes`), BINARY_INPUT (NUL bytes or too many
 * control characters), UNSUPPORTED_ENCODING (neither valid UTF-8 nor a GB encoding, or mojibake: text that was
 * decoded with the wrong encoding before it was saved, with more than 1% U+FFFD replacement characters), NOT_A_REPORT
 * (decodes, but is not Chinese prose: fewer than 30% CJK characters among the non-space ones). The API's
 * ingestReport runs text through here as its UTF-8 bytes, so a text and its file get the same verdict.
 * Example: `iconv.encode('重庆市人民政府…', 'gbk')` decodes to the same string as the UTF-8 file.
 */
export function decodeReport(buffer: Buffer, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length === 0) throw new IngestError(IngestErrorCode.EMPTY_INPUT, 'input is empty (0 bytes)');
  if (buffer.length > maxBytes) {
    throw new IngestError(IngestErrorCode.TOO_LARGE, `input is ${buffer.length} bytes, limit is ${maxBytes}`);
  }
  const text = decodeText(buffer);
  if (text.trim().length === 0) throw new IngestError(IngestErrorCode.EMPTY_INPUT, 'input holds only whitespace');
  assertNoMojibake(text);
  assertChineseProse(text);
  return text;
}

function decodeText(buffer: Buffer): string {
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
    // UTF-16 carries NUL bytes by design, so it is recognised by its BOM before the binary check.
    return iconv.decode(buffer, buffer[0] === 0xff ? 'utf16le' : 'utf16be').replace(/^\uFEFF/, '');
  }
  assertNotBinary(buffer);
  const hasBom = UTF8_BOM.every((b, i) => buffer[i] === b);
  const body = hasBom ? buffer.subarray(3) : buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // not UTF-8: try the GBK family below
  }
  const detected = (detect(body) ?? '').toUpperCase();
  if (GB_FAMILY.has(detected) || looksLikeGb(body)) return iconv.decode(body, 'gb18030');
  throw new IngestError(
    IngestErrorCode.UNSUPPORTED_ENCODING,
    `input is neither UTF-8 nor GBK/GB18030 (chardet guessed ${detected || 'nothing'})`,
  );
}

function assertNotBinary(buffer: Buffer): void {
  const sample = buffer.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new IngestError(IngestErrorCode.BINARY_INPUT, 'input contains NUL bytes: not a text file');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control / sample.length > 0.01) {
    throw new IngestError(IngestErrorCode.BINARY_INPUT, `input has ${control} control bytes in ${sample.length}: not a text file`);
  }
}

/** chardet is unsure on short GBK texts; GBK lead bytes 0x81–0xFE followed by trail bytes 0x40–0xFE are telling. */
function looksLikeGb(buffer: Buffer): boolean {
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < buffer.length; i++) {
    const b = buffer[i];
    if (b < 0x80) continue;
    const t = buffer[i + 1];
    if (b >= 0x81 && b <= 0xfe && t !== undefined && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      pairs++;
      i++;
    } else bad++;
  }
  return pairs > 0 && bad / (pairs + bad) < 0.02;
}

/** Share of U+FFFD among the non-space characters above which a text counts as decoded with the wrong encoding. */
const MAX_REPLACEMENT_SHARE = 0.01;

function assertNoMojibake(text: string): void {
  const sample = text.slice(0, 20000);
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  if (replaced === 0) return;
  const visible = sample.replace(/\s+/g, '').length;
  if (replaced / visible > MAX_REPLACEMENT_SHARE) {
    throw new IngestError(
      IngestErrorCode.UNSUPPORTED_ENCODING,
      `${replaced} of ${visible} characters are U+FFFD replacement characters: the text was decoded with the wrong encoding before it was saved`,
    );
  }
}

function assertChineseProse(text: string): void {
  const sample = text.slice(0, 20000);
  let cjk = 0;
  let other = 0;
  for (const ch of sample) {
    if (/\s/.test(ch)) continue;
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(ch)) cjk++;
    else other++;
  }
  if (cjk === 0 || cjk / (cjk + other) < 0.3) {
    throw new IngestError(
      IngestErrorCode.NOT_A_REPORT,
      `only ${cjk} of ${cjk + other} characters are Chinese: not a Chinese report`,
    );
  }
}
