import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config';
import { ensureLauncherBuilt, targetDir } from './ensureLauncherBuilt';
import { lastLines } from './lastLines';
import { isAlive, launcherPort, logPath, mainClass, pidPath, readLivePid, sleep, stopPid } from './processes';

export { ensureLauncherBuilt } from './ensureLauncherBuilt';
export { defaultLocalMemory } from './memory';

/** A running local Neo4j: where to connect and how to stop it. */
export interface LocalNeo4jHandle {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  pid: number;
  /** true when a server already running from the same folder was reused instead of spawned */
  reused: boolean;
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s), remove the pid file */
  stop(): Promise<void>;
}

export interface LocalNeo4jStatus {
  /** the pid file names a live launcher process and Bolt answers on the port */
  running: boolean;
  /** set whenever the pid file names a live launcher process, even one still starting */
  pid?: number;
  uri?: string;
}

const stopTimeoutMs = 30_000;

// Flags from Neo4j's own neo4j.conf: without the opens its transaction-log fadvise calls fail noisily.
// SerialGC because the heap is small and the machine has 2 cores; G1 costs more RSS for nothing here.
const jvmFlags = [
  '-XX:+UseSerialGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

// The JVM's default initial heap is 1/64 of RAM (384 MiB here), which SerialGC's young generation fills
// before its first collection; starting at 64 MiB saved about 70 MiB of RSS at start-up.
const initialHeapBytes = 64 * 2 ** 20;

/**
 * Starts Neo4j 5.26 Community from neo4j-local/ with Bolt on 127.0.0.1:<boltPort>, data under `dir`, pid in
 * `<dir>/neo4j.pid` and output in `<dir>/neo4j.log`; resolves once Bolt answers. A live server already
 * started from `dir` is reused, so `npm run db:start` is idempotent. `detached: true` leaves the server
 * running after this process exits; otherwise it stops when this process does.
 * Example: `const h = await startLocalNeo4j({ ...config.localNeo4j }); ...; await h.stop();`
 */
export async function startLocalNeo4j(
  opts: LocalNeo4jConfig & {
    detached?: boolean;
    /** the whole heap from the start (-Xms = -Xmx): for a bulk load, whose garbage would otherwise grow the heap
     * through a series of full collections and keep the young generation small (a third of the load's CPU) */
    wholeHeap?: boolean;
  },
): Promise<LocalNeo4jHandle> {
  const dir = path.resolve(opts.dir);
  const uri = boltUri(opts.boltPort);
  const deadline = Date.now() + opts.startTimeoutS * 1000;

  const existing = await readLivePid(dir);
  if (existing !== undefined) {
    const port = launcherPort(existing);
    if (port !== undefined && port !== opts.boltPort) {
      throw new Error(
        `A local Neo4j (pid ${existing}) already runs from ${dir} with Bolt port ${port}, not ${opts.boltPort}. ` +
          `Stop it first (npm run db:stop) or use NEO4J_LOCAL_BOLT_PORT=${port}.`,
      );
    }
    // It may still be starting (another command launched it a moment ago), so wait like a fresh start.
    while (!(await boltAnswers(uri))) {
      if (!isAlive(existing)) throw new Error(`The local Neo4j (pid ${existing}) exited while starting; see ${logPath(dir)}`);
      if (Date.now() > deadline) throw new Error(`The local Neo4j (pid ${existing}) runs but ${uri} does not answer`);
      await sleep(250);
    }
    return makeHandle(dir, uri, existing, true);
  }

  if (await portTaken(opts.boltPort)) {
    throw new Error(`Port ${opts.boltPort} on 127.0.0.1 is already in use; set NEO4J_LOCAL_BOLT_PORT to a free port`);
  }
  await ensureLauncherBuilt();
  await fsp.mkdir(dir, { recursive: true });

  const args = [
    `-Xmx${opts.heap}`,
    `-Xms${opts.wholeHeap ? opts.heap : initialHeap(opts.heap)}`,
    ...jvmFlags,
    '-cp',
    [path.join(targetDir, 'classes'), path.join(targetDir, 'dependency', '*')].join(path.delimiter),
    mainClass,
    '--dir',
    dir,
    '--bolt-port',
    String(opts.boltPort),
    '--pagecache',
    opts.pageCache,
    // An attached child reads our end of a pipe, so it shuts down even if this process is SIGKILLed.
    ...(opts.detached ? [] : ['--exit-on-stdin-eof']),
  ];
  const java = opts.java ?? 'java';
  fs.appendFileSync(logPath(dir), `\n--- ${new Date().toISOString()} ${java} ${args.join(' ')}\n`);
  const logStart = fs.statSync(logPath(dir)).size;
  const logFd = fs.openSync(logPath(dir), 'a');
  let child: ChildProcess;
  try {
    child = spawn(java, args, {
      detached: opts.detached === true,
      stdio: [opts.detached ? 'ignore' : 'pipe', logFd, logFd],
    });
  } finally {
    fs.closeSync(logFd);
  }
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const pid = child.pid;
  if (pid === undefined) {
    const err = await spawnError;
    throw new Error(`Cannot run ${java} (${err.message}); install JDK 17+ or set JAVA_HOME`);
  }
  // Neither the child nor its stdin pipe may keep the event loop alive; stop() or our exit ends it.
  child.unref();
  (child.stdin as net.Socket | null)?.unref();
  await fsp.writeFile(pidPath(dir), `${pid}\n`);

  let exitCode: number | null | undefined;
  child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? -1 : null);
  });
  while (true) {
    if (exitCode !== undefined || !isAlive(pid)) {
      await fsp.rm(pidPath(dir), { force: true });
      throw new Error(`Neo4j exited during start-up (code ${exitCode}); last lines of ${logPath(dir)}:\n${await logTail(dir, logStart)}`);
    }
    if (readyLineSeen(dir, logStart) && (await boltAnswers(uri))) break;
    if (Date.now() > deadline) {
      await stopPid(dir, pid, 5_000);
      throw new Error(`Neo4j did not answer on ${uri} within ${opts.startTimeoutS} s; last lines of ${logPath(dir)}:\n${await logTail(dir, logStart)}`);
    }
    await sleep(250);
  }
  return makeHandle(dir, uri, pid, false);
}

/**
 * Stops the local Neo4j whose pid is in `<dir>/neo4j.pid` (SIGTERM, then SIGKILL after 30 s) and removes the
 * pid file. Resolves to false when nothing was running (a stale pid file is removed too).
 */
export async function stopLocalNeo4j(dir: string): Promise<boolean> {
  const resolved = path.resolve(dir);
  const pid = await readLivePid(resolved);
  if (pid === undefined) {
    await fsp.rm(pidPath(resolved), { force: true });
    return false;
  }
  await stopPid(resolved, pid, stopTimeoutMs);
  return true;
}

/**
 * Reports whether the local Neo4j of `dir` runs: its pid file names a live launcher process and Bolt answers
 * on 127.0.0.1:<boltPort>. Example: `{ running: true, pid: 4242, uri: 'bolt://127.0.0.1:7687' }`.
 */
export async function localNeo4jStatus(dir: string, boltPort: number): Promise<LocalNeo4jStatus> {
  const pid = await readLivePid(path.resolve(dir));
  if (pid === undefined) return { running: false };
  const uri = boltUri(boltPort);
  return (await boltAnswers(uri)) ? { running: true, pid, uri } : { running: false, pid };
}

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it), for throwaway test servers. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function makeHandle(dir: string, uri: string, pid: number, reused: boolean): LocalNeo4jHandle {
  return { uri, pid, reused, stop: () => stopPid(dir, pid, stopTimeoutMs) };
}

async function boltAnswers(uri: string): Promise<boolean> {
  // Auth is off on the local server, so any credentials pass; none are needed to prove it is up.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function readyLineSeen(dir: string, fromByte: number): boolean {
  return readFrom(logPath(dir), fromByte).includes('NEO4J_LOCAL_READY ');
}

/** Our launcher's output since this start, then Neo4j's own debug.log, which says why a start stalled. */
async function logTail(dir: string, fromByte: number): Promise<string> {
  const own = readFrom(logPath(dir), fromByte).trim().split('\n').slice(-30).join('\n');
  const debugLog = path.join(dir, 'logs', 'debug.log');
  const debug = (await lastLines(debugLog, 15)).trim();
  return debug ? `${own}\n--- last lines of ${debugLog}:\n${debug}` : own;
}

function readFrom(file: string, fromByte: number): string {
  try {
    const buf = fs.readFileSync(file);
    return buf.subarray(fromByte).toString('utf8');
  } catch {
    return '';
  }
}

function initialHeap(heap: string): string {
  const units: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };
  const bytes = Number.parseInt(heap, 10) * (units[heap.slice(-1).toLowerCase()] ?? 1);
  return bytes < initialHeapBytes ? heap : `${initialHeapBytes / 2 ** 20}m`;
}

const boltUri = (port: number): string => `bolt://127.0.0.1:${port}`;
