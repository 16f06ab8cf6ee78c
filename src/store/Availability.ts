/** Listener of availability changes: `up` false with the error that showed Neo4j gone, true when it answers again. */
export type AvailabilityListener = (up: boolean, cause?: unknown) => void;

/**
 * Whether Neo4j answered the last transaction or probe, shared by a Database and its counting copies. Listeners
 * hear each change once, not each failed request: the server logs one line when Neo4j goes and one when it is back.
 * Example: `db.availability.onChange((up) => logger.warn(up ? 'Neo4j is back' : 'Neo4j is unavailable'))`.
 */
export class Availability {
  private current = true;
  private readonly listeners = new Set<AvailabilityListener>();

  /** false from a failure that showed Neo4j unreachable until the next transaction or probe that reaches it */
  get up(): boolean {
    return this.current;
  }

  /** Calls `listener` on every change; returns how to stop. */
  onChange(listener: AvailabilityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records what a transaction or probe found. */
  report(up: boolean, cause?: unknown): void {
    if (up === this.current) return;
    this.current = up;
    for (const listener of this.listeners) listener(up, cause);
  }
}
