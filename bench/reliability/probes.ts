import { request, type HttpResult } from './harness';
import { summarize, type LatencySummary } from './stats';

export interface ProbeSpec {
  name: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** whether an answer counts as served (default: HTTP 200) */
  ok?: (r: HttpResult) => boolean;
}

export interface ProbeReport {
  name: string;
  sent: number;
  failures: number;
  /** failure kinds: HTTP status, 'timeout', network error, 'bad-body' */
  failureKinds: string[];
  latency: LatencySummary;
  /** each probe: when it was sent (ms since start), how long it took, whether it was served, and if not, why */
  samples: { at: number; ms: number; ok: boolean; kind?: string }[];
}

/**
 * Fires every probe every `intervalMs` (with `rotate`, one probe per tick in turn) whether or not the previous one answered (a fixed rate, so a stall shows
 * as the latency of the probes that waited through it instead of as fewer samples). A probe that does not
 * answer within `timeoutMs` counts as a failure with that latency.
 */
export function startProbes(specs: readonly ProbeSpec[], intervalMs = 50, timeoutMs = 10_000, options: { rotate?: boolean; signal?: AbortSignal } = {}) {
  const t0 = performance.now();
  const pending = new Set<Promise<void>>();
  const samples = new Map<string, { at: number; ms: number; ok: boolean; kind?: string }[]>(specs.map((s) => [s.name, []]));
  let turn = 0;
  const fire = () => {
    // rotate: one spec per tick, in turn; otherwise every spec each tick.
    for (const spec of options.rotate ? [specs[turn++ % specs.length]] : specs) {
      const at = performance.now() - t0;
      const p = request(spec.url, { method: spec.method, headers: spec.headers, body: spec.body, timeoutMs }).then((r) => {
        const ok = r.status !== 0 && (spec.ok ? spec.ok(r) : r.status === 200);
        const kind = ok ? undefined : r.status === 0 ? (r.error ?? 'error') : r.status === 200 ? 'bad-body' : `HTTP ${r.status}`;
        samples.get(spec.name)!.push({ at, ms: r.ms, ok, kind });
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
  };
  fire();
  const timer = setInterval(fire, intervalMs);
  options.signal?.addEventListener('abort', () => clearInterval(timer), { once: true });
  return {
    /** performance.now() when the first probe was fired: `samples[].at` counts from here */
    t0,
    /** stops firing, waits for the probes in flight (each bounded by timeoutMs), and summarises */
    async stop(): Promise<ProbeReport[]> {
      clearInterval(timer);
      await Promise.all([...pending]);
      return specs.map((spec) => {
        const s = samples.get(spec.name)!.sort((a, b) => a.at - b.at);
        const failed = s.filter((x) => !x.ok);
        return {
          name: spec.name,
          sent: s.length,
          failures: failed.length,
          failureKinds: failed.map((x) => x.kind ?? 'error'),
          latency: summarize(s.map((x) => x.ms)),
          samples: s,
        };
      });
    },
  };
}
