import { createBulkWriter, type Row } from "./bulk-writer.js";

const WEEK = 7 * 86_400_000;
const WEEKS = 52;
const CHUNK = 250;
const STATUSES = ["on-track", "on-track", "at-risk", "off-track"];

function chunkRows(first: number, count: number, now: Date): Record<string, Row[]> {
  const ids = Array.from({ length: count }, (_, index) => first + index);
  const slots = ids.flatMap((id) => [0, 1, 2].map((slot) => ({ id, slot, key: (id - 1) * 3 + slot + 1 })));
  const createdAt = new Date(now.getTime() - WEEKS * WEEK);
  const rounds = ids.flatMap((id) =>
    Array.from({ length: WEEKS }, (_, week) => {
      const opensAt = new Date(now.getTime() - (WEEKS - week) * WEEK);
      return { id: (id - 1) * WEEKS + week + 1, partnershipId: id, period: opensAt.toISOString().slice(0, 10), opensAt, remindAt: new Date(opensAt.getTime() + 2 * 86_400_000), closesAt: new Date(opensAt.getTime() + 3 * 86_400_000), status: "closed", createdAt: opensAt };
    }),
  );
  return {
    Partnership: ids.map((id) => ({ id, platform: "console", workspaceId: "bench", handle: `partnership-${id}`, name: `Partnership ${id}`, status: "active", programModels: "mentorship", timezone: "America/Chicago", createdAt, updatedAt: createdAt })),
    Schedule: ids.map((id) => ({ partnershipId: id, weekday: 1, localTime: "09:00", timezone: "America/Chicago", cadence: "weekly", closeAfterHours: 72, reminderBeforeHours: 24, updatedAt: createdAt })),
    Organization: slots.map(({ id, slot, key }) => ({ id: key, platform: "console", workspaceId: "bench", name: `Org ${id}-${slot}`, kind: slot === 0 ? "school" : "business", createdAt })),
    Partner: slots.map(({ id, key }) => ({ id: key, partnershipId: id, organizationId: key, role: "partner", commitments: "", createdAt })),
    Person: slots.map(({ key }) => ({ id: key, displayName: `Liaison ${key}`, createdAt })),
    ChatIdentity: slots.map(({ key }) => ({ personId: key, platform: "console", workspaceId: "bench", userId: `liaison-${key}`, displayName: `Liaison ${key}`, isAdmin: false, updatedAt: createdAt })),
    Liaison: slots.map(({ key }) => ({ partnerId: key, personId: key, createdAt })),
    Metric: ids.flatMap((id) => [0, 1, 2, 3].map((m) => ({ id: (id - 1) * 4 + m + 1, partnershipId: id, key: `metric-${m}`, name: `Metric ${m}`, unit: "", baseline: 0, target: 100, direction: "increase", dueOn: "2027-06-30", createdAt }))),
    Round: rounds,
    CheckInResponse: rounds.flatMap((round) => [0, 1, 2].map((slot) => ({ partnershipId: round.partnershipId, roundId: round.id, personId: (round.partnershipId - 1) * 3 + slot + 1, status: STATUSES[(round.id + slot) % 4]!, highlights: "Good week", blockers: "", needs: "", source: "bench", submittedAt: new Date(round.opensAt.getTime() + 3_600_000) }))),
    MetricReading: rounds.flatMap((round) => [0, 1, 2, 3].map((m) => ({ metricId: (round.partnershipId - 1) * 4 + m + 1, value: ((round.id - 1) % WEEKS) * 1.5, note: "", recordedAt: round.opensAt }))),
    Milestone: ids.flatMap((id) => [
      { partnershipId: id, title: "Showcase", dueOn: "2026-10-01", createdAt },
      { partnershipId: id, title: "Competition", dueOn: "2027-03-01", createdAt },
    ]),
  };
}

/**
 * Seeds `count` partnerships in workspace console/bench, each with 3 partners, 3 liaisons, 4 metrics
 * and a year of weekly rounds (3 check-ins and 4 metric readings a week).
 */
export async function seedBulkPartnerships(url: string, count: number, now: Date): Promise<void> {
  const writer = createBulkWriter(url);
  for (let first = 1; first <= count; first += CHUNK) {
    for (const [table, rows] of Object.entries(chunkRows(first, Math.min(CHUNK, count - first + 1), now))) await writer.insert(table, rows);
  }
  await writer.finish(["Partnership", "Organization", "Partner", "Person", "Metric", "Round"]);
  await writer.close();
}
