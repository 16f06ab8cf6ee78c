/**
 * Where a write path spends its time, seen from the client: wraps neo4j-driver's ManagedTransaction.run (what the
 * store's managed transactions run every statement through) and, for each named Cypher file, sums the time from
 * sending the statement to its last record, how often it ran and, while `profiling` is on, the database hits of
 * its PROFILE (the statement runs once, with PROFILE in front; its results are the same).
 * The remainder of a transaction (its total minus its statements) is commit: transaction log and index updates,
 * the full-text index among them.
 */
import { ManagedTransaction } from 'neo4j-driver';
import { loadCypherFiles } from '../../src/store';
import { withProfile } from '../peer/recorder';

export interface StatementTotals {
  name: string;
  calls: number;
  ms: number;
  /** summed over the statements run while profiling was on */
  dbHits: number;
  profiledCalls: number;
  rows: number;
}

interface PlanNode {
  dbHits?: number;
  rows?: number;
  children: PlanNode[];
}

const sumHits = (p: PlanNode): number => (p.dbHits ?? 0) + p.children.reduce((s, c) => s + sumHits(c), 0);

export class StatementTimer {
  readonly totals = new Map<string, StatementTotals>();
  profiling = false;
  private readonly names = new Map<string, string>();
  private installed = false;

  constructor() {
    for (const f of loadCypherFiles().values()) this.names.set(f.body, f.name);
  }

  nameOf(text: string): string {
    return this.names.get(text.trim()) ?? text.trim().split('\n')[0].slice(0, 60);
  }

  /** Installs the wrapper once per process. */
  install(): void {
    if (this.installed) return;
    this.installed = true;
    const proto = ManagedTransaction.prototype as unknown as { run: (...a: unknown[]) => PromiseLike<unknown> };
    const original = proto.run;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const timer = this;
    proto.run = function (this: unknown, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : '';
      const name = timer.nameOf(text);
      const profiling = timer.profiling;
      if (profiling) args[0] = withProfile(text);
      const started = process.hrtime.bigint();
      const result = original.apply(this, args);
      result.then(
        (r) => {
          const t = timer.entry(name);
          t.calls++;
          t.ms += Number(process.hrtime.bigint() - started) / 1e6;
          const res = r as { records?: unknown[]; summary?: { profile?: PlanNode | false } };
          t.rows += res.records?.length ?? 0;
          if (profiling && res.summary?.profile) {
            t.dbHits += sumHits(res.summary.profile);
            t.profiledCalls++;
          }
        },
        () => {},
      );
      return result;
    };
  }

  private entry(name: string): StatementTotals {
    let t = this.totals.get(name);
    if (!t) this.totals.set(name, (t = { name, calls: 0, ms: 0, dbHits: 0, profiledCalls: 0, rows: 0 }));
    return t;
  }

  reset(): void {
    this.totals.clear();
  }

  /** Totals, slowest first. */
  rows(): StatementTotals[] {
    return [...this.totals.values()].sort((a, b) => b.ms - a.ms);
  }
}
