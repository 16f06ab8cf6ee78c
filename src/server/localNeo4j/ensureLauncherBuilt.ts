import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config';
import { lastLines } from './lastLines';
import { withLock } from './withLock';

const launcherDir = path.join(repoRoot, 'neo4j-local');

/** Where the Maven build puts target/classes and target/dependency/*.jar. */
export const targetDir = path.join(launcherDir, 'target');

const buildStamp = path.join(targetDir, 'policykg-build.stamp');

const buildLog = path.join(targetDir, 'maven-build.log');

let building: Promise<void> | undefined;

/**
 * Builds neo4j-local/ with Maven when target/ is missing or older than its pom.xml or Java source, so a
 * fresh clone needs only a JDK 17 and Maven. Output goes to neo4j-local/target/maven-build.log.
 * Two processes on one clone (`npm start` beside `npm test`) take turns: the build runs under a lock on
 * neo4j-local/ (a `neo4j-local/.build.lock` folder, stale after 30 s without an update), and the second process
 * re-checks after the first has built, so it finds target/ fresh and builds nothing.
 * Example: `await ensureLauncherBuilt()` before spawning `java -cp target/classes:target/dependency/*`.
 */
export function ensureLauncherBuilt(): Promise<void> {
  building ??= buildIfStale().finally(() => {
    building = undefined;
  });
  return building;
}

async function buildIfStale(): Promise<void> {
  if (await isFresh()) return;
  // Maven downloads ~120 MB on a new machine: withLock waits up to 20 minutes for another process's build.
  await withLock(launcherDir, async () => {
    if (!(await isFresh())) await build();
  });
}

async function isFresh(): Promise<boolean> {
  const inputs = [path.join(launcherDir, 'pom.xml'), ...(await listFiles(path.join(launcherDir, 'src')))];
  const newestInput = Math.max(...(await Promise.all(inputs.map(mtimeMs))));
  const built = await mtimeMs(buildStamp);
  return built >= newestInput && (await exists(path.join(targetDir, 'dependency')));
}

async function build(): Promise<void> {
  await fsp.mkdir(targetDir, { recursive: true });
  process.stderr.write(`neo4j-local: building the embedded Neo4j launcher with Maven (log: ${buildLog})\n`);
  const log = await fsp.open(buildLog, 'w');
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const mvn = spawn('mvn', ['-B', '-f', path.join(launcherDir, 'pom.xml'), '-DskipTests', 'package'], {
        stdio: ['ignore', log.fd, log.fd],
      });
      mvn.on('error', reject);
      mvn.on('exit', (c) => resolve(c ?? 1));
    }).catch((err: NodeJS.ErrnoException) => {
      const hint = err.code === 'ENOENT' ? 'mvn is not on PATH; install Maven 3.8+ and JDK 17+' : String(err);
      throw new Error(`Cannot build neo4j-local: ${hint}`);
    });
    if (code !== 0) {
      const tail = await lastLines(buildLog, 25);
      throw new Error(
        `Maven build of neo4j-local failed (exit ${code}). Check ${buildLog}: JDK 17+ as \`java\`/JAVA_HOME, ` +
          `Maven Central reachable (or ~/.m2 already filled), and neo4j-local/pom.xml.\n${tail}`,
      );
    }
  } finally {
    await log.close();
  }
  await fsp.writeFile(buildStamp, `${new Date().toISOString()}\n`);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function mtimeMs(file: string): Promise<number> {
  return (await fsp.stat(file).catch(() => undefined))?.mtimeMs ?? 0;
}

async function exists(file: string): Promise<boolean> {
  return (await fsp.stat(file).catch(() => undefined)) !== undefined;
}
