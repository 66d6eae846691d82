import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { collectFullGarbage, createBulkGarbageCollector } from "../../../src/scheduler/collect-bulk-garbage.js";

describe("a fan-out's bulk work", () => {
  it("collects once the heap has grown the allowance past what the last collection left, and not before", () => {
    let used = 100;
    const collections: number[] = [];
    const note = createBulkGarbageCollector({ growthBytes: 50, usedHeap: () => used, collect: () => collections.push(used) && (used = 120) });
    note();
    used = 149;
    note();
    expect(collections).toEqual([]);
    used = 150;
    note();
    expect(collections).toEqual([150]);
    // The next allowance counts from what the collection left (120), not from where it started.
    used = 169;
    note();
    expect(collections).toEqual([150]);
    used = 170;
    note();
    expect(collections).toEqual([150, 170]);
  });

  it("frees real garbage with its full collection", async () => {
    // A heap that reads as always past the allowance: every call collects.
    const note = createBulkGarbageCollector({ growthBytes: 0, usedHeap: () => Number.MAX_SAFE_INTEGER, collect: collectFullGarbage });
    let garbage: object | null = { rows: Array.from({ length: 1000 }, (_, index) => ({ index })) };
    const freed = new WeakRef(garbage);
    note();
    garbage = null;
    // A WeakRef keeps its target until the current turn ends.
    await nextTurn();
    note();
    expect(freed.deref()).toBeUndefined();
  });
});
