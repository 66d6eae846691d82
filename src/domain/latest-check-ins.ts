import type { CheckInSummary, StatusSnapshot } from "../store/status-repository.js";

export interface LatestCheckIns {
  /** "2026-11-16" for a round, or "since the last round" for check-ins sent outside rounds. */
  label: string;
  responses: CheckInSummary[];
}

/**
 * Each liaison's latest word: the most recent round with answers, updated by check-ins sent since
 * that round opened outside any round (for example with /partner checkin after the round closed).
 */
export function latestCheckIns(snapshot: Pick<StatusSnapshot, "recentRounds" | "looseResponses">): LatestCheckIns | null {
  const round = snapshot.recentRounds.find((candidate) => candidate.responses.length > 0);
  const later = snapshot.looseResponses.filter((response) => round === undefined || response.submittedAt > round.opensAt);
  if (round === undefined && later.length === 0) return null;
  const byPerson = new Map<number, CheckInSummary>();
  for (const response of round?.responses ?? []) byPerson.set(response.personId, response);
  // looseResponses come newest first: the first one seen for a person wins.
  const seen = new Set<number>();
  for (const response of later) {
    if (seen.has(response.personId)) continue;
    seen.add(response.personId);
    byPerson.set(response.personId, response);
  }
  const label = later.length === 0 ? round!.period : round === undefined ? "outside rounds" : `${round.period} and since`;
  return { label, responses: [...byPerson.values()].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()) };
}
