import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');

/** Runs a command as `npm run` would (through tsx) and returns its exit code and stderr. */
function run(file: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli', file), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

// The convention of every command (README, "Command line"): 0 done, 1 failed, 2 called wrongly.
describe('command exit codes', () => {
  it.each([
    ['db.ts', ['bogus'], 'usage: tsx src/cli/db.ts'],
    ['ingest.ts', [], 'usage: npm run ingest'],
    ['ingest.ts', ['--bogus'], "Unknown option '--bogus'"],
    ['export.ts', ['--out'], "Option '--out <value>' argument missing"],
    ['query.ts', ['--format', 'xml', 'docs/examples/search.graphql'], '--format must be json or csv'],
  ])('%s %j is called wrongly: exit 2', (file, args, message) => {
    const { code, stderr } = run(file, args);
    expect(stderr).toContain(message);
    expect(code).toBe(2);
  });

  it('a bad environment variable is a wrong call too: exit 2', () => {
    const { code, stderr } = run('migrate.ts', [], { NEO4J_LOCAL_BOLT_PORT: 'abc' });
    expect(stderr).toContain('NEO4J_LOCAL_BOLT_PORT');
    expect(code).toBe(2);
  });

  it('a failure is exit 1, its message prefixed with the command', () => {
    const { code, stderr } = run('query.ts', ['docs/examples/search.graphql', '--url', 'http://127.0.0.1:1/graphql']);
    expect(stderr).toMatch(/^query: cannot reach http:\/\/127\.0\.0\.1:1\/graphql/);
    expect(code).toBe(1);
  });
});
