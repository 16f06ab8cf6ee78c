import { Neo4jError } from 'neo4j-driver';
import { StoreError } from '../../src/store';
import { toStoreError } from '../../src/store/errors';

// The codes are the ones Neo4j 5 sends; the errors are built as the driver builds them, no driver involved.
const cases: [string, string | null][] = [
  ['ServiceUnavailable', 'STORE_UNAVAILABLE'],
  ['SessionExpired', 'STORE_UNAVAILABLE'],
  ['Neo.TransientError.General.DatabaseUnavailable', 'STORE_UNAVAILABLE'],
  ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
  ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
  ['Neo.ClientError.Transaction.TransactionTimedOut', 'TIMEOUT'],
  ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'TOO_LARGE'],
  ['Neo.TransientError.General.TransactionMemoryLimit', 'TOO_LARGE'],
  ['Neo.ClientError.Statement.SyntaxError', null],
];

describe('toStoreError', () => {
  it.each(cases)('maps %s to %s', (code, expected) => {
    const original = new Neo4jError(`raw message with MATCH (n) for ${code}`, code, 'gql', 'desc');
    const mapped = toStoreError(original);
    if (expected === null) {
      expect(mapped).toBe(original);
      return;
    }
    expect(mapped).toBeInstanceOf(StoreError);
    expect((mapped as StoreError).code).toBe(expected);
    expect((mapped as StoreError).message).not.toMatch(/MATCH|raw message/);
    expect((mapped as StoreError).cause).toBe(original);
  });

  it.each(['Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'Pool is closed, it is no more able to serve requests.'])(
    'maps the driver\'s own "%s" (no code) to STORE_UNAVAILABLE',
    (message) => {
      const mapped = toStoreError(new Neo4jError(message, 'N/A', 'gql', 'desc'));
      expect(mapped).toBeInstanceOf(StoreError);
      expect((mapped as StoreError).code).toBe('STORE_UNAVAILABLE');
    },
  );

  it('leaves errors that are not from Neo4j alone', () => {
    const e = new Error('boom');
    expect(toStoreError(e)).toBe(e);
  });
});
