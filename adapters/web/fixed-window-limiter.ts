/**
 * Counts requests per key in fixed windows, in memory only: an address used as a key is never
 * written anywhere and is forgotten when its window ends. One process's view: behind several
 * replicas each counts its own share, which is enough to stop a flood.
 */
export class FixedWindowLimiter {
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request; false when the key has had `limit` in this window already. */
  take(key: string): boolean {
    const now = this.now();
    const window = this.#windows.get(key);
    if (window === undefined || now - window.startedAt >= this.windowMs) {
      if (this.#windows.size >= 10_000) this.forgetEnded(now);
      this.#windows.set(key, { startedAt: now, count: 1 });
      return true;
    }
    if (window.count >= this.limit) return false;
    window.count++;
    return true;
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.#windows) if (now - window.startedAt >= this.windowMs) this.#windows.delete(key);
  }
}
