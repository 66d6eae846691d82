import { describe, expect, it } from "vitest";
import { isBehindPace, metricProgress } from "../../../src/domain/metric-progress.js";

describe("metric progress", () => {
  it("measures the way from baseline to target", () => {
    expect(metricProgress({ baseline: 20, target: 50, current: 35 })).toBe(0.5);
  });

  it("works for a metric that should go down", () => {
    expect(metricProgress({ baseline: 30, target: 10, current: 15 })).toBe(0.75);
  });

  it("stays between 0 and 1 when a reading overshoots or goes backwards", () => {
    expect(metricProgress({ baseline: 0, target: 10, current: 14 })).toBe(1);
    expect(metricProgress({ baseline: 10, target: 20, current: 5 })).toBe(0);
  });

  it("counts a metric with no reading as no progress", () => {
    expect(metricProgress({ baseline: 0, target: 10, current: null })).toBe(0);
  });

  it("calls a metric behind pace only when it trails the straight line by more than a quarter", () => {
    const figures = { baseline: 0, target: 100, startedOn: "2026-01-01", dueOn: "2026-12-31" };
    expect(isBehindPace({ ...figures, current: 40 }, "2026-07-01")).toBe(false);
    expect(isBehindPace({ ...figures, current: 20 }, "2026-07-01")).toBe(true);
    expect(isBehindPace({ ...figures, dueOn: null, current: 0 }, "2026-07-01")).toBe(false);
  });
});
