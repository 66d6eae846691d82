import type { CheckInStatus, Health } from "./vocabulary.js";

export interface HealthSignals {
  /** Statuses the liaisons gave in the most recent round (or recent check-ins without a round). */
  latestStatuses: CheckInStatus[];
  overdueMilestones: { title: string; daysOverdue: number }[];
  metrics: { name: string; progress: number; pastDue: boolean; behindPace: boolean }[];
  /** Share of expected check-ins answered over recent rounds; null before the first round. */
  responseRate: number | null;
}

export interface HealthAssessment {
  health: Health;
  reasons: string[];
}

const SEVERITY: Record<CheckInStatus, number> = { "on-track": 0, "at-risk": 1, "off-track": 2 };

/**
 * On track, at risk or off track, with the reasons a coordinator would check. The liaisons' own word
 * weighs most; overdue milestones, metrics missing their due date and silence push it down.
 */
export function assessHealth(signals: HealthSignals): HealthAssessment {
  const reasons: string[] = [];
  let worst = 0;
  const raise = (level: number, reason: string) => {
    worst = Math.max(worst, level);
    reasons.push(reason);
  };

  const statuses = signals.latestStatuses;
  if (statuses.length > 0) {
    const average = statuses.reduce((sum, status) => sum + SEVERITY[status], 0) / statuses.length;
    const atRisk = statuses.filter((status) => status === "at-risk").length;
    const offTrack = statuses.filter((status) => status === "off-track").length;
    if (average >= 1.5) raise(2, `${offTrack} of ${statuses.length} liaisons say off track`);
    else if (offTrack > 0) raise(1, `${offTrack} of ${statuses.length} liaisons say off track`);
    if (atRisk > 0 && average < 1.5) raise(1, `${atRisk} of ${statuses.length} liaisons say at risk`);
  }

  for (const milestone of signals.overdueMilestones) {
    raise(milestone.daysOverdue > 14 ? 2 : 1, `Milestone "${milestone.title}" is ${milestone.daysOverdue} day${milestone.daysOverdue === 1 ? "" : "s"} overdue`);
  }
  if (signals.overdueMilestones.length >= 2) worst = Math.max(worst, 2);

  for (const metric of signals.metrics) {
    if (metric.pastDue && metric.progress < 1) raise(2, `${metric.name} missed its due date at ${Math.round(metric.progress * 100)}% of target`);
    else if (metric.behindPace) raise(1, `${metric.name} is behind pace (${Math.round(metric.progress * 100)}% of target)`);
  }

  if (signals.responseRate !== null) {
    const percent = Math.round(signals.responseRate * 100);
    if (signals.responseRate < 0.4) raise(2, `Only ${percent}% of check-ins answered lately`);
    else if (signals.responseRate < 0.7) raise(1, `${percent}% of check-ins answered lately`);
  }

  const health: Health = worst === 2 ? "off-track" : worst === 1 ? "at-risk" : "on-track";
  return { health, reasons };
}
