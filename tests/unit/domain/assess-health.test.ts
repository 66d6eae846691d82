import { describe, expect, it } from "vitest";
import { assessHealth, type HealthSignals } from "../../../src/domain/assess-health.js";

const calm: HealthSignals = { latestStatuses: ["on-track", "on-track"], overdueMilestones: [], metrics: [], responseRate: 1 };

describe("assessHealth", () => {
  it("GIVEN liaisons on track and nothing overdue THEN on track with no reasons", () => {
    expect(assessHealth(calm)).toEqual({ health: "on-track", reasons: [] });
  });

  it("GIVEN one liaison at risk THEN at risk, saying how many", () => {
    const result = assessHealth({ ...calm, latestStatuses: ["on-track", "at-risk", "on-track"] });
    expect(result.health).toBe("at-risk");
    expect(result.reasons).toEqual(["1 of 3 liaisons say at risk"]);
  });

  it("GIVEN most liaisons off track THEN off track", () => {
    expect(assessHealth({ ...calm, latestStatuses: ["off-track", "off-track", "at-risk"] }).health).toBe("off-track");
  });

  it("GIVEN a milestone more than two weeks overdue THEN off track", () => {
    const result = assessHealth({ ...calm, overdueMilestones: [{ title: "Showcase", daysOverdue: 15 }] });
    expect(result.health).toBe("off-track");
    expect(result.reasons).toEqual(['Milestone "Showcase" is 15 days overdue']);
  });

  it("GIVEN a metric past its due date short of target THEN off track", () => {
    const result = assessHealth({ ...calm, metrics: [{ name: "Enrollment", progress: 0.5, pastDue: true, behindPace: true }] });
    expect(result.health).toBe("off-track");
    expect(result.reasons[0]).toContain("Enrollment missed its due date at 50% of target");
  });

  it("GIVEN check-ins going unanswered THEN at risk below 70% and off track below 40%", () => {
    expect(assessHealth({ ...calm, responseRate: 0.6 }).health).toBe("at-risk");
    expect(assessHealth({ ...calm, responseRate: 0.3 }).health).toBe("off-track");
  });

  it("GIVEN no rounds yet THEN the response rate does not count against it", () => {
    expect(assessHealth({ ...calm, latestStatuses: [], responseRate: null }).health).toBe("on-track");
  });
});
