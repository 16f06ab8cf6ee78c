/**
 * One server of the comparison in its own process (forked by main.ts, so each has its own event loop and the
 * load generator shares none): `ours` (startServer, production mode, no seed load), `peer` (@neo4j/graphql) or
 * `cypher` (the hand-written server), all against BENCH_NEO4J_URI. Talks to its parent over IPC:
 *   → {type: 'ready', url}            once it listens
 *   ← {type: 'record'}                start recording the Cypher this process runs; → {type: 'recording'}
 *   ← {type: 'profile'}               stop, PROFILE what was recorded; → {type: 'profiled', profiled}
 *   ← {type: 'stop'}                  close and exit
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/server/config';
import { startServer } from '../../src/server/main';
import { startHandWrittenServer } from './handwritten';
import { startPeerServer, type BenchServer } from './peerServer';
import { installRecorder, profile, startRecording, stopRecording } from './recorder';

export type Role = 'ours' | 'peer' | 'cypher';

export type ToChild = { type: 'record' } | { type: 'profile' } | { type: 'stop' };
export type FromChild =
  | { type: 'ready'; url: string }
  | { type: 'recording' }
  | { type: 'profiled'; profiled: import('./recorder').Profiled }
  | { type: 'error'; message: string };

async function main() {
  const role = process.argv[2] as Role;
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri || !['ours', 'peer', 'cypher'].includes(role)) throw new Error('usage: BENCH_NEO4J_URI=bolt://… serve.ts ours|peer|cypher');
  installRecorder();
  // The peer and the hand-written server get a plain driver with the library defaults (auth is off on the
  // throwaway server); integers come back as JS numbers, as with our API's driver.
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  let server: BenchServer;
  if (role === 'ours') {
    const config = loadConfig({ ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    server = await startServer(config, { loadSeed: false });
  } else if (role === 'peer') {
    server = await startPeerServer(driver);
  } else {
    server = await startHandWrittenServer(driver);
  }
  const send = (m: FromChild) => process.send?.(m);
  process.on('message', (m: ToChild) => {
    (async () => {
      if (m.type === 'record') {
        startRecording();
        send({ type: 'recording' });
      } else if (m.type === 'profile') {
        send({ type: 'profiled', profiled: await profile(driver, stopRecording()) });
      } else if (m.type === 'stop') {
        await server.stop();
        await driver.close();
        process.exit(0);
      }
    })().catch((error: unknown) => send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) }));
  });
  // The parent going away ends this process too.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: server.url });
}

main().catch((error: unknown) => {
  process.send?.({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  console.error(error);
  process.exit(1);
});
