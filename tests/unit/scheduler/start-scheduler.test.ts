import { pino } from "pino";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import type { Scheduler } from "../../../src/scheduler/scheduler.js";
import { startScheduler } from "../../../src/scheduler/start-scheduler.js";

const silentLogger = pino({ level: "silent" });

describe("the scheduler's trigger", () => {
  it("ticks once at start (catching up right away), polls the outbox between ticks, and stops cleanly", async () => {
    // Fake timers: vi.waitFor moves them on, and after stop() every pending one can be run at once.
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    const tick = vi.fn(async () => ({ opened: 0, reminded: 0, closed: 0, handled: 0 }));
    const drain = vi.fn(async () => 0);
    const stop = vi.fn(async () => 0);
    const scheduler = { tick, stop, dispatcher: { drain } } as unknown as Scheduler;
    const running = startScheduler(scheduler, { cronExpression: "0 0 1 1 *", pollMs: 1, logger: silentLogger });
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(drain.mock.calls.length).toBeGreaterThanOrEqual(2));
    await running.stop();
    // The scheduler's own stop hands back unsent claims (see outbox-dispatcher.ts).
    expect(stop).toHaveBeenCalledTimes(1);
    const drained = drain.mock.calls.length;
    // Stopped means no poll is left to fire: run every timer still pending, then count again.
    await vi.runAllTimersAsync();
    expect(drain.mock.calls.length).toBe(drained);
  });

  it("keeps running when a tick fails", async () => {
    const tick = vi.fn(async () => {
      throw new Error("database is down");
    });
    const drain = vi.fn(async () => {
      throw new Error("database is down");
    });
    const running = startScheduler({ tick, stop: async () => 0, dispatcher: { drain } } as unknown as Scheduler, { cronExpression: "0 0 1 1 *", pollMs: 1, logger: silentLogger });
    await vi.waitFor(() => expect(drain.mock.calls.length).toBeGreaterThanOrEqual(2));
    await running.stop();
  });
});
