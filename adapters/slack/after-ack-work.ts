import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
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
  /** How long a running job pauses between two database queries, at most, while requests wait. */
  maxPauseMs?: number;
  /** Requests often come in bursts: a job starts once none has arrived or finished for this long. */
  quietMs?: number;
}

/**
 * The work after an ack (running the command, rendering, respond(), views.open). Slack wants every
 * request acknowledged within 3 s; this work shares the event loop with the acks, so it starts
 * when no request is waiting for its ack, or after `maxDeferMs` at most, and between its database
 * queries (see pauseForAcks) it lets waiting requests go first. A burst of requests is
 * acknowledged first and answered right after. Jobs never throw: a failure is logged with its label.
 */
export class AfterAckWork {
  private readonly queue: Job[] = [];
  private running = 0;
  private requestsInFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerDue = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly concurrency: number;
  private readonly maxDeferMs: number;
  private readonly maxPauseMs: number;
  private readonly quietMs: number;
  private lastRequestActivity = Number.NEGATIVE_INFINITY;
  private turns: Promise<void> = Promise.resolve();
  private readonly insideJob = new AsyncLocalStorage<true>();
  private quietWaiters: (() => void)[] = [];

  constructor(
    private readonly logger: Logger,
    options: AfterAckWorkOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 4;
    this.maxDeferMs = options.maxDeferMs ?? 250;
    this.maxPauseMs = options.maxPauseMs ?? 20;
    this.quietMs = options.quietMs ?? 5;
  }

  /**
   * Counts a request Slack signed (verified, so not yet acknowledged) until the returned function
   * is called, once it is answered. Only verified requests count: a forged request held open
   * would otherwise make every job wait.
   */
  acceptRequest(): () => void {
    this.requestsInFlight += 1;
    this.lastRequestActivity = performance.now();
    let answered = false;
    return () => {
      if (answered) return;
      answered = true;
      this.requestsInFlight -= 1;
      this.lastRequestActivity = performance.now();
      if (this.requestsInFlight === 0) for (const resolve of this.quietWaiters.splice(0)) resolve();
      this.pump();
    };
  }

  run(label: string, work: () => Promise<void>): void {
    this.queue.push({ label, work, queuedAt: performance.now() });
    this.pump();
  }

  /**
   * Called before each database query. Core work runs without giving the event loop a turn (the
   * SQLite driver is synchronous), so inside a job this yields one turn, and while requests wait
   * for their ack, up to `maxPauseMs` more. Work a request does before its own ack (a form
   * submission) is not a job and never pauses.
   */
  pauseForAcks(): Promise<void> {
    if (this.insideJob.getStore() !== true) return Promise.resolve();
    // One query per turn, across all jobs: queries started together (Promise.all) would otherwise run back to back.
    const turn = this.turns.then(() => this.waitTurn());
    this.turns = turn;
    return turn;
  }

  private async waitTurn(): Promise<void> {
    await nextTurn();
    if (this.requestsInFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.maxPauseMs);
      this.quietWaiters.push(() => (clearTimeout(timer), resolve()));
    });
  }

  /** Resolves once every queued job has finished (tests, shutdown). */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const now = performance.now();
      const waited = now - this.queue[0]!.queuedAt;
      const sinceRequest = now - this.lastRequestActivity;
      if ((this.requestsInFlight > 0 || sinceRequest < this.quietMs) && waited < this.maxDeferMs) {
        const until = this.requestsInFlight > 0 ? this.maxDeferMs - waited : Math.min(this.quietMs - sinceRequest, this.maxDeferMs - waited);
        this.wakeAt(now + until);
        return;
      }
      this.start(this.queue.shift()!);
    }
    if (this.running === 0 && this.queue.length === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Pumps again at `at`, or earlier if already due sooner. */
  private wakeAt(at: number): void {
    if (this.timer !== undefined && this.timerDue <= at) return;
    clearTimeout(this.timer);
    this.timerDue = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.max(0, at - performance.now()));
  }

  private start(job: Job): void {
    this.running += 1;
    void this.insideJob
      .run(true, job.work)
      .catch((error: unknown) => this.logger.error({ error: describeSlackError(error), job: job.label }, "slack work after ack failed"))
      .finally(() => {
        this.running -= 1;
        this.pump();
      });
  }
}
