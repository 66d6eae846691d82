import cron from "node-cron";
import type { Logger } from "../logging/create-logger.js";
import type { MetricsRecorder } from "../ports/metrics-recorder.js";
import type { Scheduler } from "./scheduler.js";

export interface RunningScheduler {
  stop(): Promise<void>;
}

/**
 * Ticks the scheduler on a cron expression (every minute by default) and once at start, so rounds
 * missed while the bot was down open right away. Between ticks the outbox is polled, so messages
 * that commands queue, retries and paced sends go out within seconds.
 */
export function startScheduler(scheduler: Scheduler, options: { cronExpression: string; pollMs: number; logger: Logger; metrics?: MetricsRecorder }): RunningScheduler {
  const { logger } = options;
  let ticking: Promise<unknown> = Promise.resolve();
  // `dueAt` is the minute cron matched: the lag says how late that minute's rounds went out.
  const tick = (dueAt: Date) => {
    ticking = scheduler
      .tick()
      .then(() => options.metrics?.observeTickLag((Date.now() - dueAt.getTime()) / 1000))
      .catch((error: unknown) => logger.error({ err: error }, "scheduler tick failed"));
    return ticking;
  };
  const task = cron.schedule(options.cronExpression, (context) => tick(context.date), { name: "check-in rounds", noOverlap: true });
  void tick(new Date());
  let stopped = false;
  let polling: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const poll = () => {
    polling = scheduler.dispatcher
      .drain()
      .catch((error: unknown) => logger.error({ err: error }, "outbox dispatch failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(poll, options.pollMs);
      });
  };
  timer = setTimeout(poll, options.pollMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await task.stop();
      // The scheduler's stop hands back unsent claims at once, then waits for the sends in flight.
      await Promise.all([scheduler.stop(), ticking, polling]);
    },
  };
}
