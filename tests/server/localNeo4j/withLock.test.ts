import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Two real processes contend for one lock, as `npm start` and `npm test` do for neo4j-local/ on a new clone.
const worker = `
const fs = require('node:fs');
const { withLock } = require(${JSON.stringify(path.join(__dirname, '../../../src/server/localNeo4j/withLock'))});
const [dir, log, me] = process.argv.slice(1);
withLock(dir, async () => {
  fs.appendFileSync(log, 'start ' + me + '\\n');
  await new Promise((r) => setTimeout(r, 700));
  fs.appendFileSync(log, 'end ' + me + '\\n');
}).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
`;

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '-e', worker, ...args], { stdio: 'inherit' });
    p.on('exit', (c) => resolve(c ?? 1));
  });
}

describe('withLock', () => {
  it('lets two processes run the locked work one after the other, never interleaved', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-lock-'));
    const log = path.join(dir, 'log');
    const codes = await Promise.all([run([dir, log, 'a']), run([dir, log, 'b'])]);
    expect(codes).toEqual([0, 0]);
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    // each start is followed by its own end
    expect(lines[1]).toBe(lines[0].replace('start', 'end'));
    expect(lines[3]).toBe(lines[2].replace('start', 'end'));
    expect(new Set([lines[0], lines[2]])).toEqual(new Set(['start a', 'start b']));
    expect(fs.existsSync(path.join(dir, '.build.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});
