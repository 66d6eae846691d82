import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { noteBulkWork } from "../../../src/scheduler/collect-bulk-garbage.js";

describe("a fan-out's bulk work", () => {
  it("frees its garbage with a full collection once 3,000 units of work have gone by", async () => {
    let garbage: object | null = { rows: Array.from({ length: 1000 }, (_, index) => ({ index })) };
    const freed = new WeakRef(garbage);
    garbage = null;
    // A WeakRef keeps its target until the current turn ends.
    await nextTurn();
    noteBulkWork(3000);
    expect(freed.deref()).toBeUndefined();
  });
});
