import type { Server } from "node:http";
import { performance } from "node:perf_hooks";
import type { Logger } from "../../src/logging/create-logger.js";
import { describeSlackError } from "./describe-slack-error.js";

interface Job {
  label: string;
  work: () => Promise<void>;
  queuedAt: number;
}

export interface AfterAckWorkOptions {
  /** Jobs running at once. */
  concurrency?: number;
  /**
   * While requests wait for their ack, queued jobs hold back at most this long. A trigger_id lives
   * 3 s from the click, so a job that opens a modal must start well within that.
   */
  maxDeferMs?: number;
}

/**
 * The work after an ack (running the command, rendering, respond(), views.open). Slack wants every
 * request acknowledged within 3 s; this work shares the event loop with the acks, so it starts
 * when no request is waiting for its ack, or after `maxDeferMs` at most, and a burst of requests
 * is acknowledged first. Jobs never throw: a failure is logged with its label.
 */
export class AfterAckWork {
  private readonly queue: Job[] = [];
  private running = 0;
  private requestsInFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private readonly concurrency: number;
  private readonly maxDeferMs: number;

  constructor(
    private readonly logger: Logger,
    options: AfterAckWorkOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 4;
    this.maxDeferMs = options.maxDeferMs ?? 250;
  }

  /** Counts the requests the server has not answered yet. */
  watch(server: Server): void {
    server.prependListener("request", (_request, response) => {
      this.requestsInFlight += 1;
      response.once("close", () => {
        this.requestsInFlight -= 1;
        this.pump();
      });
    });
  }

  run(label: string, work: () => Promise<void>): void {
    this.queue.push({ label, work, queuedAt: performance.now() });
    this.pump();
  }

  /** Resolves once every queued job has finished (tests, shutdown). */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const waited = performance.now() - this.queue[0]!.queuedAt;
      if (this.requestsInFlight > 0 && waited < this.maxDeferMs) {
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, this.maxDeferMs - waited);
        return;
      }
      this.start(this.queue.shift()!);
    }
    if (this.running === 0 && this.queue.length === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private start(job: Job): void {
    this.running += 1;
    void job
      .work()
      .catch((error: unknown) => this.logger.error({ error: describeSlackError(error), job: job.label }, "slack work after ack failed"))
      .finally(() => {
        this.running -= 1;
        this.pump();
      });
  }
}
