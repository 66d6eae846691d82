import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { firstOccurrenceAfter, followingOccurrence, planDueOccurrence, type ScheduleRule } from "../../../src/domain/schedule-occurrences.js";

const weekly = (timezone: string, localTime = "09:00"): ScheduleRule => ({ weekday: 1, localTime, timezone, cadence: "weekly" });
const local = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd ccc HH:mm");

describe("schedule occurrences", () => {
  it("GIVEN Chicago's spring-forward weekend THEN Monday stays at 09:00 local, 167 hours after the last one", () => {
    const rule = weekly("America/Chicago");
    const before = firstOccurrenceAfter(rule, new Date("2027-03-08T00:00:00Z"));
    const after = followingOccurrence(rule, before);
    expect([local(before.at, rule.timezone), local(after.at, rule.timezone)]).toEqual(["2027-03-08 Mon 09:00", "2027-03-15 Mon 09:00"]);
    expect((after.at.getTime() - before.at.getTime()) / 3_600_000).toBe(167);
  });

  it("GIVEN Sydney's autumn change THEN Monday stays at 09:00 local, 169 hours after the last one", () => {
    const rule = weekly("Australia/Sydney");
    const before = firstOccurrenceAfter(rule, new Date("2027-03-28T00:00:00Z"));
    const after = followingOccurrence(rule, before);
    expect(local(after.at, rule.timezone)).toBe("2027-04-05 Mon 09:00");
    expect((after.at.getTime() - before.at.getTime()) / 3_600_000).toBe(169);
  });

  it("GIVEN a time that does not exist on the day clocks jump THEN it moves forward by the gap, once", () => {
    const rule: ScheduleRule = { weekday: 0, localTime: "02:30", timezone: "Europe/Berlin", cadence: "weekly" };
    const jump = firstOccurrenceAfter(rule, new Date("2027-03-27T00:00:00Z"));
    expect(local(jump.at, rule.timezone)).toBe("2027-03-28 Sun 03:30");
    expect(jump.period).toBe("2027-03-28");
    expect(local(followingOccurrence(rule, jump).at, rule.timezone)).toBe("2027-04-04 Sun 02:30");
  });

  it("GIVEN every two weeks THEN rounds are 14 days apart from the first one", () => {
    const rule: ScheduleRule = { weekday: 3, localTime: "16:00", timezone: "Europe/Berlin", cadence: "biweekly" };
    const first = firstOccurrenceAfter(rule, new Date("2027-01-01T00:00:00Z"));
    const second = followingOccurrence(rule, first);
    expect([first.period, second.period, followingOccurrence(rule, second).period]).toEqual(["2027-01-06", "2027-01-20", "2027-02-03"]);
  });

  it("GIVEN monthly THEN rounds fall on the first such weekday of each month", () => {
    const rule: ScheduleRule = { weekday: 1, localTime: "09:00", timezone: "America/Chicago", cadence: "monthly" };
    const periods = [firstOccurrenceAfter(rule, new Date("2027-01-10T00:00:00Z"))];
    for (let index = 0; index < 3; index++) periods.push(followingOccurrence(rule, periods.at(-1)!));
    expect(periods.map((occurrence) => occurrence.period)).toEqual(["2027-02-01", "2027-03-01", "2027-04-05", "2027-05-03"]);
  });

  it("GIVEN a cursor ten days old THEN only the latest missed occurrence is due", () => {
    const rule = weekly("America/Chicago");
    const plan = planDueOccurrence(rule, new Date("2027-01-11T15:00:00Z"), new Date("2027-01-21T12:00:00Z"));
    expect(plan.due?.period).toBe("2027-01-18");
    expect(plan.next.period).toBe("2027-01-25");
  });

  it("GIVEN a cursor in the future THEN nothing is due and it stays", () => {
    const cursor = new Date("2027-01-11T15:00:00Z");
    const plan = planDueOccurrence(weekly("America/Chicago"), cursor, new Date("2027-01-11T14:59:59Z"));
    expect(plan.due).toBeNull();
    expect(plan.next.at).toEqual(cursor);
  });
});
