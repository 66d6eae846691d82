import { describe, expect, it } from "vitest";
import { describeAuditEntry, referencesOf } from "../../../src/commands/history/describe-audit-entry.js";
import type { AuditNames, AuditRecord } from "../../../src/store/audit-repository.js";

const names: AuditNames = {
  people: new Map([[7, "Maria Alvarez"], [8, "Dev Patel"]]),
  partners: new Map([[3, "Ridgeline Engineering"]]),
  metrics: new Map([[5, "Club enrollment"]]),
  milestones: new Map([[9, "Regional competition"]]),
  surveys: new Map([[4, "Lab skills"]]),
};

const entry = (entity: string, action: string, entityId: string | number, before: unknown, after: unknown): AuditRecord => ({ id: 1, entity, action, entityId: String(entityId), before, after, createdAt: new Date("2026-11-20T15:00:00Z"), actorId: 7 });

// Every action the store records today, with the payload its repository writes.
const CASES: [AuditRecord, string][] = [
  [entry("partnership", "create", 1, null, { handle: "robotics-tx", name: "Robotics" }), 'created the partnership "Robotics" (robotics-tx)'],
  [entry("partnership", "update", 1, { name: "Robotics", timezone: "America/Chicago" }, { name: "Robotics Club", timezone: "America/New_York" }), 'changed the partnership: name from "Robotics" to "Robotics Club", time zone from "America/Chicago" to "America/New_York"'],
  [entry("partnership", "rename", 1, { handle: "robotics-tx" }, { handle: "robotics-club", oldHandleWorksUntil: "2027-03-01T00:00:00Z" }), "renamed the handle from robotics-tx to robotics-club"],
  [entry("partnership", "archive", 1, { status: "completed" }, { status: "archived", roundsClosed: 1 }), "archived the partnership: no more check-ins"],
  [entry("partnership", "unarchive", 1, { status: "archived" }, { status: "completed" }), "brought the partnership back from the archive as completed"],
  [entry("term", "renew", 2, { term: "2026-27" }, { term: "2027-28", startsOn: "2027-08-01", metrics: [] }), "renewed the partnership for the term 2027-28 from 2027-08-01 (after 2026-27)"],
  [entry("template", "apply", "mentorship", null, { metrics: 4, milestones: 7, questions: 3 }), "set it up from the mentorship template: 4 metrics, 7 milestones, 3 check-in questions"],
  [entry("check-in-question", "update", 3, { position: 3 }, { position: 1 }), "moved a check-in question from position 3 to 1"],
  [entry("milestone", "delete", 9, { title: "Showcase", dueOn: "2027-05-01" }, null), 'deleted the milestone "Showcase"'],
  [entry("milestone", "reopen", 9, { doneAt: "2026-11-01T00:00:00Z" }, { doneAt: null }), 'reopened the milestone "Regional competition"'],
  [entry("need", "meet", 2, { resolvedAt: null }, { resolvedAt: "2026-11-20T15:00:00Z", metByAssetId: 4 }), "marked a need as met by an asset"],
  [entry("calendar", "import", 1, { removed: [] }, { added: 3, updated: 1, removed: 0, unchanged: 2, calendar: "x" }), "imported a school calendar: 3 blackouts added, 1 updated, 0 removed"],
  [entry("person", "person.erase", 8, null, { erased: true }), "erased a person at their request"],
  [entry("partnership-status", "update", 1, { status: "active" }, { status: "paused" }), "changed the status from active to paused"],
  [entry("organization", "create", 2, null, { name: "Acme", kind: "business" }), "added the organisation Acme (business) to this workspace"],
  [entry("partner", "create", 3, null, { organization: "Ridgeline Engineering", role: "mentor", commitments: "" }), "added the partner Ridgeline Engineering as mentor"],
  [entry("partner", "update", 3, { role: "mentor", commitments: "kits" }, { role: "lead mentor" }), 'changed Ridgeline Engineering: role from "mentor" to "lead mentor"'],
  [entry("partner", "delete", 3, { organization: "Ridgeline Engineering", liaisonPersonIds: [8] }, null), "removed the partner Ridgeline Engineering, and with it the liaison roles of Dev Patel"],
  [entry("liaison", "create", 11, null, { partnerId: 3, personId: 8 }), "named Dev Patel liaison of Ridgeline Engineering"],
  [entry("liaison", "delete", 11, { partnerId: 99, personId: 8 }, null), "removed Dev Patel as liaison of a partner since removed"],
  [entry("charter", "create", 2, null, { version: 2, sharedGoal: "Every student builds", expectations: "" }), 'wrote version 2 of the charter: "Every student builds"'],
  [entry("charter-ratification", "create", 2, null, { charterId: 2 }), "ratified the charter"],
  [entry("metric", "create", 5, null, { key: "enrollment", name: "Club enrollment", unit: "students", target: 35 }), "added the metric Club enrollment (enrollment), target 35 students"],
  [entry("metric", "update", 5, { key: "enrollment", name: "Club enrollment", target: 35, dueOn: null }, { key: "enrollment", target: 40, dueOn: "2027-06-01" }), 'changed the metric Club enrollment: target from 35 to 40, due date from none to "2027-06-01"'],
  [entry("metric", "retire", 5, { key: "enrollment", name: "Club enrollment", retiredAt: null }, { key: "enrollment", name: "Club enrollment", retiredAt: "2026-11-20T15:00:00Z" }), "retired the metric Club enrollment: check-ins stop asking for it"],
  [entry("metric", "restore", 5, { name: "Club enrollment" }, { name: "Club enrollment", retiredAt: null }), "put the metric Club enrollment back in use"],
  [entry("metric-reading", "create", 20, null, { metricId: 5, value: 31, note: "" }), "recorded 31 for Club enrollment"],
  [entry("metric-reading", "correct", 20, { metricId: 5, key: "enrollment", value: 310, recordedAt: "2026-11-16T15:00:00Z" }, { metricId: 5, key: "enrollment", value: 31 }), "corrected the reading of Club enrollment from 2026-11-16: 310 to 31"],
  [entry("metric-reading", "delete", 20, { metricId: 77, key: "gone", value: 4, recordedAt: "2026-11-16T15:00:00Z" }, null), "deleted the reading 4 of gone from 2026-11-16"],
  [entry("asset", "create", 1, null, { partnerId: 3, kind: "equipment", description: "Robot kits", quantity: 10 }), "added what Ridgeline Engineering brings: Robot kits"],
  [entry("need", "create", 1, null, { kind: "funding", description: "Bus" }), "added a need (funding): Bus"],
  [entry("milestone", "create", 9, null, { title: "Regional competition", dueOn: "2027-03-01" }), 'added the milestone "Regional competition", due 2027-03-01'],
  [entry("milestone", "complete", 9, { doneAt: null }, { doneAt: "2026-11-20T15:00:00Z" }), 'marked the milestone "Regional competition" done'],
  [entry("check-in", "create", 1, null, { status: "on-track" }), "sent a check-in (on track)"],
  [entry("check-in", "update", 1, { status: "on-track" }, { status: "at-risk" }), "changed their check-in (at risk)"],
  [entry("survey", "create", 4, null, { title: "Lab skills" }), 'created the survey "Lab skills"'],
  [entry("survey-question", "create", 1, null, { surveyId: 4, prompt: "How sure are you?" }), 'added a question to the survey "Lab skills": "How sure are you?"'],
  [entry("survey", "send", 4, null, { status: "open", invited: [7, 8], channels: [] }), 'sent the survey "Lab skills" to 2 people'],
  [entry("survey", "close", 4, null, { status: "closed" }), 'closed the survey "Lab skills"'],
  [entry("survey-response", "create", 4, null, { surveyId: 4, anonymous: true }), 'answered the survey "Lab skills" anonymously'],
  [entry("survey-link", "create", 1, null, { surveyId: 4, label: "Period 3" }), 'made a link (Period 3) for the survey "Lab skills"'],
  [entry("survey-link", "revoke", 1, null, { revokedAt: "2026-11-20T15:00:00Z" }), "stopped a survey link"],
  [entry("channel-link", "create", 1, null, { platform: "slack", workspaceId: "T1", channelId: "C1", purpose: "updates" }), "linked a slack channel for updates"],
  [entry("channel-link", "delete", 1, { platform: "discord", purpose: "reflections" }, null), "unlinked a discord channel (reflections)"],
  [entry("schedule", "update", 1, { weekday: 1, localTime: "09:00" }, { weekday: 1, localTime: "10:00" }), 'changed the check-in schedule: time from "09:00" to "10:00"'],
  [entry("blackout", "create", 1, null, { startsOn: "2027-03-15", endsOn: "2027-03-19", reason: "Spring break" }), "added a blackout from 2027-03-15 to 2027-03-19 (Spring break)"],
  [entry("blackout", "delete", 1, { startsOn: "2027-03-15", endsOn: "2027-03-19" }, null), "removed the blackout from 2027-03-15 to 2027-03-19"],
  [entry("blackout", "import", 1, null, { added: 3, updated: 1 }), "imported blackouts from a school calendar: 3 added, 1 updated"],
  [entry("absence", "create", 1, null, { personId: 7, startsOn: "2026-12-21", endsOn: "2027-01-03" }), "marked Maria Alvarez out of office from 2026-12-21 to 2027-01-03"],
  [entry("reflection", "create", 1, null, { body: "secret words" }), "posted a reflection"],
  [entry("reflection", "delete", 1, { body: "secret words" }, null), "deleted a reflection"],
];

describe("describeAuditEntry", () => {
  it.each(CASES.map(([audit, expected]) => [`${audit.entity} ${audit.action}`, audit, expected] as const))("GIVEN a %s entry THEN it reads in plain words", (_name, audit, expected) => {
    expect(describeAuditEntry(audit, names, "America/Chicago")).toBe(expected);
  });

  it("GIVEN an action it has no words for THEN it says the verb, the thing and the fields that changed", () => {
    expect(describeAuditEntry(entry("partnership", "merge", 1, { name: "Old" }, { name: "New" }), names, "UTC")).toBe('merge: a partnership (name from "Old" to "New")');
    expect(describeAuditEntry(entry("gadget", "delete", 1, "not an object", null), names, "UTC")).toBe("removed a gadget");
  });

  it("GIVEN entries THEN it collects the ids their descriptions need", () => {
    const references = referencesOf(CASES.map(([audit]) => audit));
    expect(references.people.sort()).toEqual([7, 8]);
    expect(references.partners.sort()).toEqual([3, 99]);
    expect(references.metrics.sort((a, b) => a - b)).toEqual([5, 77]);
    expect(references.milestones).toEqual([9]);
    expect(references.surveys).toEqual([4]);
  });
});
