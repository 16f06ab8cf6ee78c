import pino from 'pino';
import type { KgContext } from '../../src/api';
import { createApp, type App } from '../../src/server/createApp';
import type { Config } from '../../src/server/config';
import type { Store } from '../../src/store';
import { testConfig, testStore } from './testStore';

export interface TestApp {
  app: App;
  store: Store;
  /** runs an operation in-process as Apollo's own tests do; `key` null = anonymous */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string | null,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[]; ctx: KgContext }>;
  /** runs an operation as the test key and expects no errors: its data */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** An app over the test database (no HTTP listener needed for executeOperation). */
export async function testApp(config: Config = testConfig()): Promise<TestApp> {
  const store = testStore(config);
  const app = await createApp(store, config, pino({ level: 'silent' }));
  const t: TestApp = {
    app,
    store,
    async run(query, variables = {}, key = 'test-key') {
      const ctx = app.contextFor(key ? `Bearer ${key}` : undefined);
      const res = await app.apollo.executeOperation({ query, variables }, { contextValue: ctx });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = res.body.singleResult;
      return { data: (data ?? undefined) as never, errors: errors as never, ctx };
    },
    async ok(query, variables = {}) {
      const res = await t.run(query, variables);
      expect(res.errors).toBeUndefined();
      return res.data as never;
    },
    async close() {
      await app.apollo.stop();
      await store.close();
    },
  };
  return t;
}
