import { afterEach, describe, expect, it } from "vitest";
import { formatDeliveryTarget } from "../../src/ports/delivery-target.js";
import { ROUNDS_PER_CHUNK } from "../../src/scheduler/open-due-rounds.js";
import { DATABASE_KINDS } from "../support/test-database.js";
import { addPartnership } from "./support/add-partnership.js";
import { createSchedulerFixture, type SchedulerFixture } from "./support/scheduler-fixture.js";

let fixture: SchedulerFixture;
afterEach(async () => fixture?.close());

const WEDNESDAY = new Date("2027-01-06T18:00:00Z");
const MONDAY_0900 = new Date("2027-01-11T15:00:30Z");
// One more than a chunk of rounds, so a tick opens them in two transactions.
const PARTNERSHIPS = ROUNDS_PER_CHUNK + 1;

describe.each(DATABASE_KINDS)("a tick that sends prompts as its chunks of rounds commit (%s)", (kind) => {
  it("sends the committed chunk's prompts when a later chunk fails, and the next tick sends the rest, each prompt once", async () => {
    fixture = await createSchedulerFixture({ kind, now: WEDNESDAY });
    for (let index = 0; index < PARTNERSHIPS; index++) {
      await addPartnership(fixture.db, { handle: `p${index}`, liaisons: [`L${index}`] });
    }
    await fixture.scheduler.tick();
    fixture.clock.set(MONDAY_0900);

    const rounds = fixture.store.rounds;
    const open = rounds.open.bind(rounds);
    let chunks = 0;
    rounds.open = async (...args) => {
      chunks++;
      if (chunks === 2) throw new Error("the database went away");
      return open(...args);
    };
    await expect(fixture.scheduler.tick()).rejects.toThrow("the database went away");
    // The first chunk committed; its drain finished before the tick gave up.
    const firstChunk = await fixture.db.round.count();
    expect(firstChunk).toBe(PARTNERSHIPS - 1);
    expect(fixture.platform.received).toHaveLength(firstChunk);
    expect(await fixture.db.prompt.count({ where: { status: "pending" } })).toBe(0);

    rounds.open = open;
    const report = await fixture.scheduler.tick();
    expect(report).toMatchObject({ opened: 1, handled: 1 });
    const keys = fixture.platform.received.map((delivery) => `${delivery.kind}:${formatDeliveryTarget(delivery.target)}`);
    expect(new Set(keys).size).toBe(PARTNERSHIPS);
    expect(await fixture.db.prompt.count({ where: { status: "sent" } })).toBe(PARTNERSHIPS);
  }, 120_000);
});
