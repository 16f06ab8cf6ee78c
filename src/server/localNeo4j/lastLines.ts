import fsp from 'node:fs/promises';

/** The last `n` lines of a file ('' when it cannot be read): for error messages that quote a log. */
export async function lastLines(file: string, n: number): Promise<string> {
  return (await fsp.readFile(file, 'utf8').catch(() => '')).split('\n').slice(-n).join('\n');
}
