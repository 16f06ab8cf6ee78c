import { apiErrorOf } from '../../src/api';
import { IngestError, IngestErrorCode } from '../../src/ingest';
import { StoreError } from '../../src/store';

describe('apiErrorOf', () => {
  it.each([
    ['STORE_UNAVAILABLE', 'STORE_UNAVAILABLE'],
    ['CONFLICT', 'CONFLICT'],
    ['TIMEOUT', 'TIMEOUT'],
  ] as const)('gives a StoreError %s the API code %s', (storeCode, apiCode) => {
    expect(apiErrorOf(new StoreError(storeCode, 'for people'))).toEqual({ message: 'for people', extensions: { code: apiCode } });
  });

  it('names the id a NOT_FOUND is about', () => {
    const error = new StoreError('NOT_FOUND', 'No Policy with id "policy:x".', { id: 'policy:x' });
    expect(apiErrorOf(error)?.extensions).toEqual({ code: 'NOT_FOUND', id: 'policy:x' });
  });

  it('turns a refused report into BAD_USER_INPUT on the text, with the reason', () => {
    const error = new IngestError(IngestErrorCode.EMPTY_INPUT, 'report text is empty');
    expect(apiErrorOf(error)?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text', reason: 'EMPTY_INPUT' });
  });

  it('gives a report that ran out of time its own code, EXTRACTION_TIMEOUT', () => {
    const error = new IngestError(IngestErrorCode.EXTRACTION_TIMEOUT, 'extraction took longer than 45000 ms and was stopped');
    expect(apiErrorOf(error)?.extensions).toEqual({ code: 'EXTRACTION_TIMEOUT', field: 'text', reason: 'EXTRACTION_TIMEOUT' });
  });

  it('turns a report too big for one transaction into BAD_USER_INPUT with the reason TOO_LARGE', () => {
    expect(apiErrorOf(new StoreError('TOO_LARGE', 'too big'))?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text', reason: 'TOO_LARGE' });
  });

  it('leaves every other error to the server', () => {
    expect(apiErrorOf(new Error('boom'))).toBeUndefined();
  });
});
