import { fork, type ChildProcess } from 'node:child_process';
import type { FromChild, Role, ToChild } from './serve';

export interface ServerChildOptions {
  role: Role;
  /** Bolt URI of the database the server reads */
  uri: string;
  /** the serve script: serve.ts under tsx, or the compiled serve.js */
  file: string;
  execArgv: string[];
  /** how errors name the server: `ours server`, `API server` */
  name: string;
  /** hears every message, before the one waiting for it does */
  onMessage?: (m: FromChild) => void;
}

/**
 * One benchmarked server (bench/peer/serve.ts) in a child process, spoken to over IPC: each `ask` waits for the
 * next message. The peer benchmark runs three, the scale benchmark one.
 * Example: `const api = await ServerChild.start({ role: 'ours', uri, file, execArgv: [], name: 'API server' })`.
 */
export class ServerChild {
  private waiters: ((m: FromChild) => void)[] = [];
  url = '';

  private constructor(
    readonly role: Role,
    readonly proc: ChildProcess,
    private readonly name: string,
    onMessage?: (m: FromChild) => void,
  ) {
    proc.on('message', (m: FromChild) => {
      onMessage?.(m);
      this.waiters.shift()?.(m);
    });
  }

  static async start(o: ServerChildOptions): Promise<ServerChild> {
    const proc = fork(o.file, [o.role], {
      execArgv: o.execArgv,
      env: { ...process.env, BENCH_NEO4J_URI: o.uri },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const child = new ServerChild(o.role, proc, o.name, o.onMessage);
    const exited = new Promise<never>((_, reject) =>
      proc.once('exit', (code) => reject(new Error(`${o.name} exited (code ${code}) before it was ready`))),
    );
    const ready = await Promise.race([child.next(), exited]);
    if (ready.type !== 'ready') throw new Error(`${o.name}: ${ready.type === 'error' ? ready.message : ready.type}`);
    child.url = ready.url;
    return child;
  }

  private next(): Promise<FromChild> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async ask(m: ToChild): Promise<FromChild> {
    const reply = this.next();
    this.proc.send(m);
    const r = await reply;
    if (r.type === 'error') throw new Error(`${this.name}: ${r.message}`);
    return r;
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || !this.proc.connected) return;
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    this.proc.send({ type: 'stop' } satisfies ToChild);
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
