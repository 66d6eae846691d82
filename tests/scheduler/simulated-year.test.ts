import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { addPartnership } from "./support/add-partnership.js";
import { createSchedulerFixture, type SchedulerFixture } from "./support/scheduler-fixture.js";

let fixture: SchedulerFixture;
afterEach(async () => fixture?.close());

const HOUR = 3_600_000;

const PLACES = [
  // Chicago: DST 14 March to 7 November; Berlin: 28 March to 31 October; Sydney: ends 4 April, starts 3 October.
  { handle: "chicago", timezone: "America/Chicago", blackouts: [{ startsOn: "2027-03-15", endsOn: "2027-03-19" }, { startsOn: "2027-06-07", endsOn: "2027-08-13" }, { startsOn: "2027-12-20", endsOn: "2028-01-01" }] },
  { handle: "berlin", timezone: "Europe/Berlin", blackouts: [{ startsOn: "2027-03-22", endsOn: "2027-04-02" }, { startsOn: "2027-07-01", endsOn: "2027-08-11" }] },
  { handle: "sydney", timezone: "Australia/Sydney", blackouts: [{ startsOn: "2026-12-18", endsOn: "2027-01-27" }, { startsOn: "2027-04-05", endsOn: "2027-04-16" }] },
];

/** The Mondays of 2027 outside the blackouts, counted on the calendar alone. */
function expectedPeriods(blackouts: { startsOn: string; endsOn: string }[]): string[] {
  const periods: string[] = [];
  for (let day = new Date(Date.UTC(2027, 0, 1)); day.getUTCFullYear() === 2027; day = new Date(day.getTime() + 24 * HOUR)) {
    const date = day.toISOString().slice(0, 10);
    if (day.getUTCDay() === 1 && !blackouts.some((blackout) => blackout.startsOn <= date && date <= blackout.endsOn)) periods.push(date);
  }
  return periods;
}

describe("a simulated year of weekly check-ins", () => {
  it("counts 52 Mondays in 2027", () => {
    expect(expectedPeriods([])).toHaveLength(52);
  });

  it("opens one round every Monday at 09:00 local time in Chicago, Berlin and Sydney, skipping blackouts, none shifted or doubled by daylight saving", async () => {
    fixture = await createSchedulerFixture({ now: new Date("2026-12-31T00:00:00Z") });
    const ids = new Map<string, number>();
    for (const place of PLACES) ids.set(place.handle, (await addPartnership(fixture.db, { ...place, liaisons: ["Ana", "Ben"] })).id);

    // A tick every 23 hours lands at every hour of the day over the year (a scheduler that was slow,
    // or down for a while) and never skips a whole 24-hour reminder window.
    while (fixture.clock.now() < new Date("2028-01-01T00:00:00Z")) {
      await fixture.scheduler.tick();
      fixture.clock.advance(23 * HOUR);
    }

    for (const place of PLACES) {
      const rounds = await fixture.db.round.findMany({ where: { partnershipId: ids.get(place.handle)! }, orderBy: { opensAt: "asc" } });
      const expected = expectedPeriods(place.blackouts);
      expect(rounds.map((round) => round.period), place.handle).toEqual(expected);
      for (const round of rounds) {
        const local = DateTime.fromJSDate(round.opensAt, { zone: place.timezone });
        expect(`${local.toISODate()} ${local.toFormat("ccc HH:mm")}`, place.handle).toBe(`${round.period} Mon 09:00`);
      }
    }
    const prompts = fixture.platform.ofKind("checkin");
    const totalRounds = PLACES.reduce((sum, place) => sum + expectedPeriods(place.blackouts).length, 0);
    expect(prompts).toHaveLength(totalRounds * 2);
    expect(new Set(prompts.map((prompt) => prompt.idempotencyKey)).size).toBe(prompts.length);
    expect(fixture.platform.ofKind("digest")).toHaveLength(totalRounds * 2);
    expect(fixture.platform.ofKind("reminder")).toHaveLength(totalRounds * 2);
  }, 120_000);
});

