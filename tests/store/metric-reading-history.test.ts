import { afterEach, describe, expect, it } from "vitest";
import { createStore } from "../../src/store/create-store.js";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/test-database.js";

// The charts of `status` show each metric's newest readings, oldest first: with more readings than
// asked for, and several at the same instant, the cut falls at exactly the asked-for count.
describe.each(DATABASE_KINDS)("a metric's reading history on %s", (kind) => {
  let database: TestDatabase;
  afterEach(async () => database.close());

  it("is the newest readings in time order, ties broken by the order they were recorded", async () => {
    database = await createTestDatabase(kind, "seeded");
    const { db } = database;
    const store = createStore(db, kind);
    const partnership = await db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    const metrics = await db.metric.findMany({ where: { partnershipId: partnership.id, retiredAt: null }, orderBy: { id: "asc" } });
    const person = await db.person.findFirstOrThrow();
    const start = Date.UTC(2030, 0, 1);
    // 30 readings at 10 instants (three each), newer than any seeded one.
    for (let i = 0; i < 30; i++) await store.metrics.record(partnership.id, metrics[0]!.id, { value: i, note: "" }, person.id, new Date(start + Math.floor(i / 3) * 86_400_000));

    const histories = (await store.status.load(partnership.id, undefined, { readingHistory: { metrics: 4, perMetric: 8 } })).readingHistories;
    // 8 newest: the last two of the 8th instant (values 22, 23), then instants 9 and 10.
    expect(histories[0]!.readings.map((reading) => reading.value)).toEqual([22, 23, 24, 25, 26, 27, 28, 29]);
    const all = (await store.status.load(partnership.id, undefined, { readingHistory: { metrics: 4, perMetric: 1000 } })).readingHistories;
    for (const [index, history] of all.entries()) {
      const readings = await db.metricReading.findMany({ where: { metric: { name: history.name, partnershipId: partnership.id } }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }] });
      expect(history.readings.map((reading) => reading.value), `metric ${index}`).toEqual(readings.map((reading) => reading.value));
    }
    expect(all[0]!.readings.length).toBeGreaterThan(30);
  });
});
