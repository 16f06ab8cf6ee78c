import type { Request } from 'express';
import { parseApiKeys } from '../../../src/server/apiKeys';
import { KeyGate } from '../../../src/server/http/keyGate';

const keys = parseApiKeys(['reader:right-key']);
const req = (path: string, authorization?: string, method = 'GET') => ({ method, path, headers: authorization ? { authorization } : {} }) as Request;

describe('KeyGate', () => {
  const gate = new KeyGate({ keys, required: true });
  gate.allowAnonymous('/healthz', '/explore', '/explore-assets/');

  it('names the caller of a valid key, and nobody for a wrong or missing one', () => {
    expect(gate.caller(req('/graphql', 'Bearer right-key'))).toBe('reader');
    expect(gate.caller(req('/graphql', 'Bearer wrong-key'))).toBeNull();
    expect(gate.caller(req('/graphql'))).toBeNull();
  });

  it('refuses requests without a valid key when keys are required, and none when they are not', () => {
    expect(gate.refuses(req('/export/nodes.jsonl'))).toBe(true);
    expect(gate.refuses(req('/export/nodes.jsonl', 'Bearer wrong-key'))).toBe(true);
    expect(gate.refuses(req('/export/nodes.jsonl', 'Bearer right-key'))).toBe(false);
    expect(new KeyGate({ keys, required: false }).refuses(req('/export/nodes.jsonl'))).toBe(false);
  });

  it('lets anyone GET the anonymous paths: exact ones, and everything below one that ends in a slash', () => {
    expect(gate.isAnonymous(req('/healthz'))).toBe(true);
    expect(gate.isAnonymous(req('/explore-assets/GraphView.js'))).toBe(true);
    expect(gate.isAnonymous(req('/explore/x'))).toBe(false);
    expect(gate.isAnonymous(req('/graphql'))).toBe(false);
    expect(gate.isAnonymous(req('/healthz', undefined, 'POST'))).toBe(false);
  });

  it('opens the root page alone when "/" is anonymous, not every path below it', () => {
    const root = new KeyGate({ keys, required: true });
    root.allowAnonymous('/');
    expect(root.isAnonymous(req('/'))).toBe(true);
    expect(root.isAnonymous(req('/graphql'))).toBe(false);
    expect(root.isAnonymous(req('/export/nodes.jsonl'))).toBe(false);
  });
});
