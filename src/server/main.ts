import type { Express } from 'express';
import pino, { type Logger } from 'pino';
import type { Store } from '../store';
import { createApp, type App } from './createApp';
import { loadConfig, type Config } from './config';
import { loadSeedReports } from './loadSeedReports';
import { openStore } from './openStore';

export interface RunningServer {
  url: string;
  app: App;
  store: Store;
  stop(): Promise<void>;
}

/** Extra routes mounted next to /graphql (playground, exports); main lists them here. */
export type Mount = (app: Express, ctx: { store: Store; config: Config }) => void;

/**
 * The composition root: config → openStore (local Neo4j, driver, migrations) → seed report → Apollo + HTTP.
 * Resolves once the server listens; `stop()` drains requests, closes the driver and stops a Neo4j it started.
 */
export async function startServer(
  config: Config = loadConfig(),
  options: { logger?: Logger; mounts?: Mount[]; loadSeed?: boolean } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const { store, close } = await openStore(config, { logger });
  try {
    if (options.loadSeed !== false) await loadSeedReports(store, config, logger);
  } catch (error) {
    await close();
    throw error;
  }

  const app = await createApp(store, config, logger, (express, ctx) => options.mounts?.forEach((m) => m(express, ctx)));
  await new Promise<void>((resolve) => app.httpServer.listen(config.port, config.host, resolve));
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info(`GraphQL at ${url}/graphql — health at ${url}/healthz and ${url}/readyz`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await app.apollo.stop();
      await close();
    })());
  return { url, app, store, stop };
}
