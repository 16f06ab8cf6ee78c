/**
 * Records the Cypher a server runs, from outside it: wraps neo4j-driver's ManagedTransaction.run (what
 * session.executeRead/executeWrite and driver.executeQuery hand to their work functions; our store, the peer's
 * executor and the hand-written server all go through it) and Session.run. Off unless `start()` was called;
 * then `profile()` runs each recorded statement again under PROFILE and sums its database hits.
 */
import neo4j, { ManagedTransaction, Session, type Driver } from 'neo4j-driver';

export interface Recorded {
  text: string;
  params: Record<string, unknown>;
}

export interface Profiled {
  /** db hits summed over every operator of every statement */
  dbHits: number;
  statements: number;
  /** each statement's db hits and its first line, for the report */
  each: { dbHits: number; rows: number; firstLine: string; text: string }[];
}

let recording: Recorded[] | null = null;

/** Installs the wrappers once, before the servers create sessions. */
export function installRecorder(): void {
  const mtx = ManagedTransaction.prototype as unknown as { run: (...a: unknown[]) => unknown; __recorded?: boolean };
  if (mtx.__recorded) return;
  mtx.__recorded = true;
  const txRun = mtx.run;
  mtx.run = function (this: unknown, ...args: unknown[]) {
    record(args[0], args[1]);
    return txRun.apply(this, args);
  };
  const ses = Session.prototype as unknown as { run: (...a: unknown[]) => unknown };
  const sessionRun = ses.run;
  ses.run = function (this: unknown, ...args: unknown[]) {
    record(args[0], args[1]);
    return sessionRun.apply(this, args);
  };
}

function record(query: unknown, params: unknown): void {
  if (recording === null) return;
  const text = typeof query === 'string' ? query : (query as { text?: string })?.text;
  if (typeof text !== 'string') return;
  recording.push({ text, params: (params ?? {}) as Record<string, unknown> });
}

export function startRecording(): void {
  recording = [];
}

export function stopRecording(): Recorded[] {
  const done = recording ?? [];
  recording = null;
  return done;
}

/** `PROFILE` goes after a leading `CYPHER …` options line, if the statement has one. */
export function withProfile(text: string): string {
  const m = /^\s*(CYPHER\b[^\n]*\n)/i.exec(text);
  return m ? `${m[1]}PROFILE ${text.slice(m[0].length)}` : `PROFILE ${text}`;
}

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

const sumHits = (p: PlanNode): number => p.dbHits + p.children.reduce((s, c) => s + sumHits(c), 0);

/** Runs every statement again under PROFILE (read transactions) and sums the db hits. */
export async function profile(driver: Driver, statements: readonly Recorded[]): Promise<Profiled> {
  const each: Profiled['each'] = [];
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const s of statements) {
      const result = await session.executeRead((tx) => tx.run(withProfile(s.text), s.params));
      const plan = result.summary.profile;
      if (!plan) throw new Error(`no profile for ${s.text.slice(0, 80)}`);
      each.push({ dbHits: sumHits(plan as unknown as PlanNode), rows: result.records.length, firstLine: firstLine(s.text), text: s.text });
    }
  } finally {
    await session.close();
  }
  return { dbHits: each.reduce((a, e) => a + e.dbHits, 0), statements: each.length, each };
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() && !l.trim().startsWith('//')) ?? '').trim().slice(0, 70);
}
