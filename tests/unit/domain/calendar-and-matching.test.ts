import { describe, expect, it } from "vitest";
import { calendarDateIn, daysBetween, parseCalendarDate } from "../../../src/domain/calendar-date.js";
import { closestMatches } from "../../../src/domain/closest-matches.js";
import { isValidTimeZone } from "../../../src/domain/time-zone.js";

describe("calendar dates", () => {
  it("accepts real days and refuses impossible ones", () => {
    expect(parseCalendarDate("2028-02-29")).toBe("2028-02-29");
    expect(parseCalendarDate("2027-02-29")).toBeNull();
    expect(parseCalendarDate("2026-13-01")).toBeNull();
    expect(parseCalendarDate("next monday")).toBeNull();
  });

  it("gives the day in the partnership's time zone, not the server's", () => {
    const instant = new Date("2026-11-23T03:00:00Z");
    expect(calendarDateIn(instant, "America/Chicago")).toBe("2026-11-22");
    expect(calendarDateIn(instant, "Australia/Sydney")).toBe("2026-11-23");
  });

  it("counts days across a daylight-saving change", () => {
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
  });
});

describe("closestMatches", () => {
  it("suggests the handle a typo was aiming at", () => {
    expect(closestMatches("robtics-tx", ["robotics-tx", "solar-oh", "appdev-ca"])).toEqual(["robotics-tx"]);
    expect(closestMatches("solar", ["robotics-tx", "solar-oh", "appdev-ca"])).toEqual(["solar-oh"]);
  });

  it("suggests nothing when nothing is close", () => {
    expect(closestMatches("zzzzzz", ["robotics-tx", "solar-oh"])).toEqual([]);
  });
});

describe("isValidTimeZone", () => {
  it("knows IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("; DROP TABLE")).toBe(false);
  });
});
