import { afterEach, describe, expect, it } from "vitest";
import { addPartnership } from "./support/add-partnership.js";
import { createSchedulerFixture, type SchedulerFixture } from "./support/scheduler-fixture.js";
import { formatDeliveryTarget } from "../../src/ports/delivery-target.js";

let fixture: SchedulerFixture;
afterEach(async () => fixture?.close());

const HOUR = 3_600_000;

describe("rounds missed while the bot was down", () => {
  it("sends one catch-up round after ten days down, not one per missed week, with a full window to answer", async () => {
    fixture = await createSchedulerFixture({ now: new Date("2027-01-06T18:00:00Z") });
    const { id } = await addPartnership(fixture.db, { handle: "robotics", liaisons: ["Ana", "Ben"] });
    await fixture.scheduler.tick();
    fixture.clock.set(new Date("2027-01-10T12:00:00Z"));
    await fixture.scheduler.tick();

    // Down from Sunday the 10th to Wednesday the 20th: Mondays the 11th and 18th were missed.
    const back = new Date("2027-01-20T20:00:00Z");
    fixture.clock.set(back);
    await fixture.scheduler.tick();
    await fixture.scheduler.tick();
    const rounds = await fixture.db.round.findMany({ where: { partnershipId: id } });
    expect(rounds.map((round) => round.period)).toEqual(["2027-01-18"]);
    expect(rounds[0]!.closesAt).toEqual(new Date(back.getTime() + 72 * HOUR));
    expect(fixture.platform.ofKind("checkin")).toHaveLength(2);

    fixture.clock.set(new Date("2027-01-25T15:00:00Z"));
    await fixture.scheduler.tick();
    const periods = (await fixture.db.round.findMany({ where: { partnershipId: id }, orderBy: { id: "asc" } })).map((round) => round.period);
    expect(periods).toEqual(["2027-01-18", "2027-01-25"]);
  });

  it("sends no catch-up round when the latest missed week is blacked out", async () => {
    fixture = await createSchedulerFixture({ now: new Date("2027-01-06T18:00:00Z") });
    const { id } = await addPartnership(fixture.db, { handle: "robotics", blackouts: [{ startsOn: "2027-01-16", endsOn: "2027-01-19" }] });
    await fixture.scheduler.tick();
    fixture.clock.set(new Date("2027-01-20T20:00:00Z"));
    await fixture.scheduler.tick();
    expect(await fixture.db.round.count({ where: { partnershipId: id } })).toBe(0);
    expect(fixture.platform.received).toHaveLength(0);
  });

  it("keeps the scheduled window for a round picked up a few hours late", async () => {
    fixture = await createSchedulerFixture({ now: new Date("2027-01-06T18:00:00Z") });
    const { id } = await addPartnership(fixture.db, { handle: "robotics" });
    await fixture.scheduler.tick();
    fixture.clock.set(new Date("2027-01-11T20:00:00Z"));
    await fixture.scheduler.tick();
    const round = await fixture.db.round.findFirstOrThrow({ where: { partnershipId: id } });
    expect([round.opensAt.toISOString(), round.closesAt.toISOString()]).toEqual(["2027-01-11T15:00:00.000Z", "2027-01-14T15:00:00.000Z"]);
  });

  it("opens nothing for a paused partnership", async () => {
    fixture = await createSchedulerFixture({ now: new Date("2027-01-06T18:00:00Z") });
    const { id } = await addPartnership(fixture.db, { handle: "robotics" });
    await fixture.scheduler.tick();
    await fixture.db.partnership.update({ where: { id }, data: { status: "paused" } });
    fixture.clock.set(new Date("2027-01-11T15:01:00Z"));
    await fixture.scheduler.tick();
    expect(await fixture.db.round.count({ where: { partnershipId: id } })).toBe(0);
  });

  it("skips the prompt of a liaison who is out of office that week, and only theirs", async () => {
    fixture = await createSchedulerFixture({ now: new Date("2027-01-06T18:00:00Z") });
    const { id, liaisonIds } = await addPartnership(fixture.db, { handle: "robotics", liaisons: ["Ana", "Ben"] });
    await fixture.db.absence.create({ data: { partnershipId: id, personId: liaisonIds[1]!, startsOn: "2027-01-09", endsOn: "2027-01-12" } });
    await fixture.scheduler.tick();
    fixture.clock.set(new Date("2027-01-11T15:01:00Z"));
    await fixture.scheduler.tick();
    expect(fixture.platform.ofKind("checkin").map((prompt) => formatDeliveryTarget(prompt.target))).toEqual(["user:ana"]);
  });
});
