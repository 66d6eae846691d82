import { assessSignals, type PartnershipAssessment } from "../../domain/assess-partnership.js";
import { latestCheckIns } from "../../domain/latest-check-ins.js";
import type { CheckInStatus } from "../../domain/vocabulary.js";
import type { PortfolioEntry } from "../../store/portfolio-repository.js";
import type { CheckInSummary } from "../../store/status-repository.js";

type Responses = Map<number, { personId: number; status: CheckInStatus; submittedAt: Date }[]>;

/** The round whose answers are the latest word: the newest recent round with any. */
export function latestAnsweredRound(entry: PortfolioEntry): PortfolioEntry["recentRounds"][number] | undefined {
  return entry.recentRounds.find((round) => round.answered > 0);
}

/** Whether check-ins outside rounds change the latest word, so the round's own answers are needed. */
export function needsRoundResponses(entry: PortfolioEntry): boolean {
  const round = latestAnsweredRound(entry);
  return entry.looseResponses.some((response) => round === undefined || response.submittedAt > round.opensAt);
}

function summary(response: { personId: number; status: CheckInStatus; submittedAt: Date }): CheckInSummary {
  return { ...response, personName: "", highlights: "", blockers: "", needs: "" };
}

/**
 * The same assessment as `status`, from figures read in bulk: the latest word is the latest round's
 * statuses, merged per person with later check-ins outside rounds exactly as latestCheckIns does.
 */
export function assessPortfolioEntry(entry: PortfolioEntry, responses: Responses, now: Date): PartnershipAssessment {
  const round = latestAnsweredRound(entry);
  let latestStatuses: CheckInStatus[];
  if (needsRoundResponses(entry)) {
    const snapshot = {
      recentRounds: round === undefined ? [] : [{ period: round.period, status: "", opensAt: round.opensAt, responses: (responses.get(round.id) ?? []).map(summary) }],
      looseResponses: entry.looseResponses.map(summary),
    };
    latestStatuses = latestCheckIns(snapshot)?.responses.map((response) => response.status) ?? [];
  } else {
    latestStatuses = round === undefined ? [] : Object.entries(round.statuses).flatMap(([status, count]) => Array<CheckInStatus>(count).fill(status as CheckInStatus));
  }
  return assessSignals(
    { liaisonCount: entry.liaisonCount, metrics: entry.metrics, openMilestones: entry.openMilestones, recentRoundAnswers: entry.recentRounds.map((each) => each.answered), latestStatuses },
    now,
    entry.timezone,
  );
}
