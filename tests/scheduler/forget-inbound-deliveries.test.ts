import { afterEach, describe, expect, it } from "vitest";
import { createSchedulerFixture, type SchedulerFixture } from "./support/scheduler-fixture.js";

let fixture: SchedulerFixture;
afterEach(async () => fixture?.close());

const HOUR = 3_600_000;

describe("remembered inbound deliveries", () => {
  it("are forgotten by the scheduler's tick after a day, even when no request ever comes in", async () => {
    fixture = await createSchedulerFixture({ now: new Date("2027-01-06T18:00:00Z") });
    const { store, clock, scheduler, db } = fixture;
    expect(await store.inboundDeliveries.claim("slack", "event:Ev-old", clock.now())).toBe(true);
    clock.advance(12 * HOUR);
    expect(await store.inboundDeliveries.claim("slack", "event:Ev-recent", clock.now())).toBe(true);

    clock.advance(11 * HOUR);
    await scheduler.tick();
    // Within the day Slack's retry is still recognised.
    expect(await store.inboundDeliveries.claim("slack", "event:Ev-old", clock.now())).toBe(false);

    clock.advance(2 * HOUR);
    await scheduler.tick();
    expect((await db.processedDelivery.findMany()).map((row) => row.key)).toEqual(["event:Ev-recent"]);
  });
});
