import type { StatusSnapshot } from "../store/status-repository.js";
import { assessHealth, type HealthAssessment } from "./assess-health.js";
import { calendarDateIn, daysBetween } from "./calendar-date.js";
import { isBehindPace, isPastDue, metricProgress } from "./metric-progress.js";
import { latestCheckIns } from "./latest-check-ins.js";

export interface PartnershipAssessment extends HealthAssessment {
  today: string;
  responseRate: number | null;
  metricProgress: number[];
  overdue: { title: string; dueOn: string; daysOverdue: number }[];
}

/** Turns a status snapshot into health signals in the partnership's own time zone. */
export function assessPartnership(snapshot: StatusSnapshot, now: Date, timeZone: string): PartnershipAssessment {
  const today = calendarDateIn(now, timeZone);
  const overdue = snapshot.openMilestones
    .filter((milestone) => milestone.dueOn < today)
    .map((milestone) => ({ ...milestone, daysOverdue: daysBetween(milestone.dueOn, today) }));
  const progress = snapshot.metrics.map((metric) => metricProgress(metric));
  const metrics = snapshot.metrics.map((metric, index) => {
    const figures = { ...metric, startedOn: calendarDateIn(metric.createdAt, timeZone) };
    return { name: metric.name, progress: progress[index]!, pastDue: isPastDue(figures, today), behindPace: isBehindPace(figures, today) };
  });
  const latestStatuses = latestCheckIns(snapshot)?.responses.map((response) => response.status) ?? [];
  const expected = snapshot.recentRounds.length * snapshot.liaisonCount;
  const answered = snapshot.recentRounds.reduce((sum, round) => sum + round.responses.length, 0);
  const responseRate = expected === 0 ? null : Math.min(1, answered / expected);
  const assessment = assessHealth({ latestStatuses, overdueMilestones: overdue, metrics, responseRate });
  return { ...assessment, today, responseRate, metricProgress: progress, overdue };
}
