const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Acknowledgements before work. Discord gives an interaction 3 seconds to be acknowledged (then 15
 * minutes to be answered), and the core's work runs largely on this thread (SQLite answers
 * synchronously), so a burst of commands is acknowledged first and answered after: work waits until
 * no deferral is in flight and none has started for a moment.
 *
 * Then the waiting work goes a few at a time, one group per turn of the event loop. A piece of work
 * runs on promises alone until its answer is handed to the HTTP client, whose socket writes wait
 * for the event loop's next turn: released all at once, a burst of 50 held back every answer until
 * the last was built. Several at a time rather than one: the core's database client batches the
 * lookups started together (who is asking, which partnership), a quarter less CPU per answer
 * (bench:discord-ack).
 */
export class Acknowledgements {
  private inFlight = 0;
  private lastStartedAt = Number.NEGATIVE_INFINITY;
  private readonly waiting: { deadline: number; start: () => void }[] = [];
  private releasing = false;

  /** `longestWaitMs`: so a steady stream of acknowledgements cannot starve the work. */
  constructor(
    private readonly longestWaitMs = 250,
    private readonly quietMs = 3,
    private readonly perTurn = 10,
  ) {}

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

  /** Resolves when the caller's work may start: acknowledgements are quiet, and its turn has come. */
  settled(): Promise<void> {
    return new Promise((start) => {
      this.waiting.push({ deadline: performance.now() + this.longestWaitMs, start });
      if (!this.releasing) void this.release();
    });
  }

  private async release(): Promise<void> {
    this.releasing = true;
    try {
      while (this.waiting.length > 0) {
        // I/O first: more of the burst's events, their acknowledgements, the answers already built.
        await nextTurn();
        const now = performance.now();
        const oldest = this.waiting[0]!;
        if ((this.inFlight === 0 && now - this.lastStartedAt >= this.quietMs) || now >= oldest.deadline) {
          for (const waiter of this.waiting.splice(0, this.perTurn)) waiter.start();
        } else await sleep(Math.min(this.quietMs, oldest.deadline - now));
      }
    } finally {
      this.releasing = false;
    }
  }
}
