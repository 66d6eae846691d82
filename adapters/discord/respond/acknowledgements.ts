/**
 * Acknowledgements before work. Discord gives an interaction 3 seconds to be acknowledged (then 15
 * minutes to be answered), and the core's work runs largely on this thread (SQLite answers
 * synchronously), so a burst of commands is acknowledged first and answered after: work waits until
 * no deferral is in flight and none has started for a moment.
 */
export class Acknowledgements {
  private inFlight = 0;
  private lastStartedAt = Number.NEGATIVE_INFINITY;

  /** Tracks one acknowledgement (a deferral) until Discord has received it. */
  async track<T>(acknowledgement: Promise<T>): Promise<T> {
    this.inFlight += 1;
    this.lastStartedAt = performance.now();
    try {
      return await acknowledgement;
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Resolves when acknowledgements are quiet, or after `longestWaitMs` so a steady stream cannot starve the work. */
  async settled(longestWaitMs = 250, quietMs = 3): Promise<void> {
    const deadline = performance.now() + longestWaitMs;
    for (;;) {
      // Let I/O that is already due (more of the burst's events, their acknowledgements) run first.
      await new Promise((resolve) => setImmediate(resolve));
      const now = performance.now();
      if ((this.inFlight === 0 && now - this.lastStartedAt >= quietMs) || now >= deadline) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs, deadline - now)));
    }
  }
}
