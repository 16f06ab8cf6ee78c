import iconv from 'iconv-lite';
import { extractInWorker, extractReport, IngestError, IngestErrorCode } from '../../src/ingest';
import { SEED_FILE, seedText } from './seedReport';

// The worker runs the same extractReport on its own thread: the same records, its errors as IngestErrors, and a
// report that runs past its budget stopped without taking the next one down.
describe('extractInWorker', () => {
  it('gives the records extractReport gives, for the seed report', async () => {
    const inWorker = await extractInWorker(seedText, { sourceFile: SEED_FILE });
    expect(JSON.stringify(inWorker)).toBe(JSON.stringify(extractReport(seedText, { sourceFile: SEED_FILE })));
  });

  it('leaves the caller\'s event loop free while it works', async () => {
    const text = `报告\n${seedText.repeat(8)}`;
    let ticked = false;
    setTimeout(() => (ticked = true), 5);
    const done = extractInWorker(text, { id: 'big' }).then(() => ticked);
    // the timer fires while the worker extracts; on the caller's thread it could only fire afterwards
    await expect(done).resolves.toBe(true);
  });

  it('passes an IngestError through with its code', async () => {
    await expect(extractInWorker('   ', {})).rejects.toMatchObject({ name: 'IngestError', code: IngestErrorCode.EMPTY_INPUT });
  });

  it('decodes and validates bytes on the thread, with decodeReport\'s errors', async () => {
    const gbk = await extractInWorker(iconv.encode('重庆市人民政府关于计划执行情况的报告\n全市地区生产总值同比增长4.6%。', 'gbk'), { id: 'gbk' });
    expect(gbk.nodes.some((n) => n.properties.value === 4.6)).toBe(true);
    await expect(extractInWorker(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), {})).rejects.toMatchObject({ code: IngestErrorCode.BINARY_INPUT });
    await expect(extractInWorker(Buffer.from('，。！？'.repeat(50)), {})).rejects.toMatchObject({ code: IngestErrorCode.NOT_A_REPORT });
  });

  it('refuses bytes over the limit before they reach the thread', async () => {
    await expect(extractInWorker(Buffer.from(seedText), {}, { maxBytes: 1000 })).rejects.toMatchObject({ code: IngestErrorCode.TOO_LARGE });
  });

  it('stops a report past its time budget with EXTRACTION_TIMEOUT, then extracts the next one', async () => {
    const endless = `报告\n${seedText.replace(/[\n。；！？]/g, ' ').repeat(40)}`;
    const stopped = await extractInWorker(endless, { id: 'endless' }, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(IngestError);
    expect((stopped as IngestError).code).toBe(IngestErrorCode.EXTRACTION_TIMEOUT);
    const next = await extractInWorker('重庆市人民政府关于计划执行情况的报告\n全市地区生产总值同比增长4.6%。', { id: 'small' });
    expect(next.nodes.some((n) => n.properties.value === 4.6)).toBe(true);
  });
});
