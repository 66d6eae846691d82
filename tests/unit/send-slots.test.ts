import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { SendSlots } from "../../src/scheduler/send-slots.js";

/** A task that runs until the test finishes it (or fails it), noting when it started. */
function controlledTask(started: string[], name: string) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    run: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(),
    fail: (error: Error) => fail(error),
  };
}

describe("send slots", () => {
  it("run at most their limit at once, the rest in the order they asked, and a failed task frees its slot", async () => {
    const slots = new SendSlots(2);
    const started: string[] = [];
    const tasks = ["a", "b", "c", "d", "e"].map((name) => controlledTask(started, name));
    const runs = tasks.map((task) => slots.run(task.run));
    runs.forEach((run) => run.catch(() => undefined));
    await nextTurn();
    expect(started).toEqual(["a", "b"]);

    tasks[1]!.fail(new Error("platform refused"));
    await expect(runs[1]).rejects.toThrow("platform refused");
    await nextTurn();
    expect(started).toEqual(["a", "b", "c"]);

    tasks[0]!.finish();
    await runs[0];
    await nextTurn();
    expect(started).toEqual(["a", "b", "c", "d"]);

    tasks[2]!.finish();
    tasks[3]!.finish();
    await Promise.all([runs[2], runs[3]]);
    await nextTurn();
    expect(started).toEqual(["a", "b", "c", "d", "e"]);
    tasks[4]!.finish();
    await runs[4];

    // Every slot is free again: two new tasks start at once.
    const later = [controlledTask(started, "f"), controlledTask(started, "g")];
    const laterRuns = later.map((task) => slots.run(task.run));
    await nextTurn();
    expect(started.slice(5)).toEqual(["f", "g"]);
    later.forEach((task) => task.finish());
    await Promise.all(laterRuns);
  });
});
