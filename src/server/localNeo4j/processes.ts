import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/** The launcher's main class: how a pid from the pid file is recognised as ours (pids get reused). */
export const mainClass = 'org.policykg.Neo4jLocal';

export async function stopPid(dir: string, pid: number, timeoutMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  if (!(await waitForExit(pid, timeoutMs))) {
    signal(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  // Another start may already have replaced the file with its own pid; leave that one alone.
  if ((await readPidFile(dir)) === pid) await fsp.rm(pidPath(dir), { force: true });
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/** Live and not a zombie: an exited child stays in the process table until Node reaps it. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+[ZX]/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

/** The pid from the pid file, if that process is alive and is our launcher (pids get reused). */
export async function readLivePid(dir: string): Promise<number | undefined> {
  const pid = await readPidFile(dir);
  if (pid === undefined || !isAlive(pid)) return undefined;
  const cmdline = readCmdline(pid);
  return cmdline === undefined || cmdline.includes(mainClass) ? pid : undefined;
}

export async function readPidFile(dir: string): Promise<number | undefined> {
  const text = await fsp.readFile(pidPath(dir), 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Arguments of a process on Linux; undefined where /proc is missing (then we trust the pid file). */
function readCmdline(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
}

export function launcherPort(pid: number): number | undefined {
  const args = readCmdline(pid);
  const i = args?.indexOf('--bolt-port') ?? -1;
  return i >= 0 && args ? Number(args[i + 1]) : undefined;
}

export const pidPath = (dir: string): string => path.join(dir, 'neo4j.pid');

export const logPath = (dir: string): string => path.join(dir, 'neo4j.log');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
