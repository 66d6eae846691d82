/**
 * At most `limit` sends at once, started in the order they asked. A few lines instead of p-queue,
 * whose events and bookkeeping cost about 10 µs a task: 0.3 s of CPU in a 30,000-prompt fan-out.
 */
export class SendSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run(task: () => Promise<void>): Promise<void> {
    if (this.running < this.limit) this.running++;
    // A finished task hands its slot straight to the next in line.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      await task();
    } finally {
      const next = this.waiting.shift();
      if (next === undefined) this.running--;
      else next();
    }
  }
}
