import { ConfigError } from '../server/config';

/** A command called wrongly (arguments it cannot use); the message says what to fix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** node:util parseArgs refusing an option or argument it was not told about. */
function isParseArgsError(error: unknown): boolean {
  return String((error as NodeJS.ErrnoException | undefined)?.code ?? '').startsWith('ERR_PARSE_ARGS_');
}

/**
 * Runs a command and exits by the one convention of every command (README, "Command line"):
 * 0 done; 1 failed (the database, the server or an input let it down, or a check found something not running);
 * 2 called wrongly (a UsageError, an option parseArgs refuses, or a ConfigError: bad arguments or environment).
 * Messages go to stderr.
 * Example: `runCli('ingest', () => main(process.argv.slice(2)))`.
 */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const usage = error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error);
      console.error(usage ? (error as Error).message : `${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(usage ? 2 : 1);
    },
  );
}
