import type http from 'node:http';
import type { Express } from 'express';
import pino, { type Logger } from 'pino';
import type { Store } from '../store';
import { createApp, type App, type MountContext } from './createApp';
import { loadConfig, type Config } from './config';
import { loadSeedReports } from './loadSeedReports';
import { openStore } from './openStore';
import { watchDatabase } from './watchDatabase';

export interface RunningServer {
  url: string;
  app: App;
  store: Store;
  stop(): Promise<void>;
}

/** Extra routes mounted next to /graphql (playground, exports); main lists them here. */
export type Mount = (app: Express, ctx: MountContext) => void;

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
  try {
    await listen(app.httpServer, config.port, config.host);
  } catch (error) {
    await app.apollo.stop().catch(() => {});
    await close();
    throw error;
  }
  const unwatch = watchDatabase(store, logger);
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info(`GraphQL at ${url}/graphql — health at ${url}/healthz and ${url}/readyz`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      unwatch();
      await app.apollo.stop();
      await close();
    })());
  return { url, app, store, stop };
}

/** The HTTP port could not be had: one message that says what to do, for the command to print. */
export class ListenError extends Error {
  override name = 'ListenError';
}

/** Listens, turning the usual failures (EADDRINUSE, EACCES) into a ListenError that names the port. */
function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', listening);
      if (error.code === 'EADDRINUSE') {
        reject(new ListenError(`port ${port} on ${host} is already in use (EADDRINUSE): another server (a second npm start?) listens there; stop it or set PORT to a free port`, { cause: error }));
      } else if (error.code === 'EACCES') {
        reject(new ListenError(`no permission to listen on port ${port} on ${host} (EACCES); set PORT to a port above 1023`, { cause: error }));
      } else reject(error);
    };
    const listening = () => {
      server.off('error', failed);
      resolve();
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, host);
  });
}
