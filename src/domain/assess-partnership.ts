import type { StatusSnapshot } from "../store/status-repository.js";
import { assessHealth, type HealthAssessment } from "./assess-health.js";
import { calendarDateIn, daysBetween } from "./calendar-date.js";
import { isBehindPace, isPastDue, metricProgress } from "./metric-progress.js";
import { latestCheckIns } from "./latest-check-ins.js";
import type { CheckInStatus } from "./vocabulary.js";

export interface PartnershipAssessment extends HealthAssessment {
  today: string;
  responseRate: number | null;
  metricProgress: number[];
  overdue: { title: string; dueOn: string; daysOverdue: number }[];
}

/** What the assessment reads: a status snapshot, or the same figures read in bulk for a portfolio. */
export interface PartnershipSignals {
  liaisonCount: number;
  metrics: Pick<StatusSnapshot["metrics"][number], "name" | "baseline" | "target" | "current" | "dueOn" | "createdAt">[];
  /** Open milestones; only those due before today count as overdue. */
  openMilestones: { title: string; dueOn: string }[];
  /** How many check-ins each recent round got, newest first. */
  recentRoundAnswers: number[];
  /** Each liaison's latest word (see latestCheckIns). */
  latestStatuses: CheckInStatus[];
}

/** Turns a status snapshot into health signals in the partnership's own time zone. */
export function assessPartnership(snapshot: StatusSnapshot, now: Date, timeZone: string): PartnershipAssessment {
  return assessSignals(
    {
      liaisonCount: snapshot.liaisonCount,
      metrics: snapshot.metrics,
      openMilestones: snapshot.openMilestones,
      recentRoundAnswers: snapshot.recentRounds.map((round) => round.responses.length),
      latestStatuses: latestCheckIns(snapshot)?.responses.map((response) => response.status) ?? [],
    },
    now,
    timeZone,
  );
}

/** The assessment of `assessPartnership` from its signals. */
export function assessSignals(signals: PartnershipSignals, now: Date, timeZone: string): PartnershipAssessment {
  const today = calendarDateIn(now, timeZone);
  const overdue = signals.openMilestones
    .filter((milestone) => milestone.dueOn < today)
    .map((milestone) => ({ ...milestone, daysOverdue: daysBetween(milestone.dueOn, today) }));
  const progress = signals.metrics.map((metric) => metricProgress(metric));
  const metrics = signals.metrics.map((metric, index) => {
    const figures = { ...metric, startedOn: calendarDateIn(metric.createdAt, timeZone) };
    return { name: metric.name, progress: progress[index]!, pastDue: isPastDue(figures, today), behindPace: isBehindPace(figures, today) };
  });
  const expected = signals.recentRoundAnswers.length * signals.liaisonCount;
  const answered = signals.recentRoundAnswers.reduce((sum, count) => sum + count, 0);
  const responseRate = expected === 0 ? null : Math.min(1, answered / expected);
  const assessment = assessHealth({ latestStatuses: signals.latestStatuses, overdueMilestones: overdue, metrics, responseRate });
  return { ...assessment, today, responseRate, metricProgress: progress, overdue };
}
