import type { EnqueueInput } from "../store/outbox-repository.js";
import type { Audience, RoundPlan, ScheduledPartnership } from "../store/rounds-repository.js";
import { buildCheckInPrompt, buildReflectionThreadMessage } from "./build-scheduled-messages.js";
import { chooseDeliveryTarget, isWithin } from "../domain/choose-delivery-target.js";
import { planDueOccurrence, type DuePlan, type Occurrence } from "../domain/schedule-occurrences.js";

const HOUR = 3_600_000;

/**
 * The answer window. A round opened on time (or late, but before its reminder) keeps its scheduled
 * window; a catch-up round after an outage gets the full window from now, so people can answer.
 */
export function planRoundWindow(occurrence: Occurrence, schedule: Pick<ScheduledPartnership, "closeAfterHours" | "reminderBeforeHours">, now: Date) {
  const closeMs = schedule.closeAfterHours * HOUR;
  const remindBeforeMs = Math.min(schedule.reminderBeforeHours * HOUR, closeMs);
  const scheduledRemind = occurrence.at.getTime() + closeMs - remindBeforeMs;
  const from = now.getTime() > scheduledRemind ? now.getTime() : occurrence.at.getTime();
  return { opensAt: occurrence.at, remindAt: new Date(from + closeMs - remindBeforeMs), closesAt: new Date(from + closeMs) };
}

/** Builds the round's messages now (outside the transaction); only the round id is filled in later. */
function outboxFor(schedule: ScheduledPartnership, audience: Audience, period: string, closesAt: Date, now: Date): (roundId: number) => EnqueueInput[] {
  const { partnership } = audience;
  const prompts = audience.liaisons.flatMap((liaison) => {
    if (isWithin(period, audience.absences.filter((absence) => absence.personId === liaison.personId))) return [];
    const delivery = chooseDeliveryTarget(audience, liaison);
    if (delivery === null) return [];
    const message = buildCheckInPrompt(partnership, { period, closesAt, timezone: schedule.timezone, userId: delivery.userId, displayName: liaison.displayName });
    return [{ personId: liaison.personId, delivery, message }];
  });
  const threads = audience.links
    .filter((link) => link.purpose === "reflections")
    .map((link) => {
      const userIds = audience.liaisons.flatMap((liaison) =>
        liaison.identities.filter((identity) => identity.platform === link.platform && identity.workspaceId === link.workspaceId).map((identity) => identity.userId),
      );
      return { link, message: buildReflectionThreadMessage(partnership, { period, userIds }) };
    });
  return (roundId) => [
    ...prompts.map(({ personId, delivery, message }): EnqueueInput => ({
      dedupeKey: `checkin:${roundId}:${personId}:${delivery.platform}`,
      kind: "checkin",
      partnershipId: partnership.id,
      roundId,
      personId,
      platform: delivery.platform,
      workspaceId: delivery.workspaceId,
      target: delivery.target,
      message,
      at: now,
    })),
    ...threads.map(({ link, message }): EnqueueInput => ({
      dedupeKey: `reflection-thread:${roundId}:${link.platform}:${link.channelId}`,
      kind: "reflection-thread",
      partnershipId: partnership.id,
      roundId,
      platform: link.platform,
      workspaceId: link.workspaceId,
      target: `channel:${link.channelId}`,
      message,
      at: now,
    })),
  ];
}

/**
 * Occurrences for one tick. Most partnerships share a handful of schedules (Monday 09:00 in the
 * district's zone) and come due together; luxon's zone arithmetic is the slow part of planning, so
 * each distinct (rule, cursor) is computed once per tick.
 */
export class OccurrencePlanner {
  private readonly plans = new Map<string, DuePlan>();
  constructor(readonly now: Date) {}

  plan(schedule: ScheduledPartnership): DuePlan {
    const cursor = schedule.nextRoundAt ?? this.now;
    const key = `${schedule.weekday}|${schedule.localTime}|${schedule.timezone}|${schedule.cadence}|${cursor.getTime()}`;
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = planDueOccurrence(schedule, cursor, this.now);
      this.plans.set(key, plan);
    }
    return plan;
  }
}

/** What a due schedule does now: the round to open (none when its day is blacked out) and the next cursor. */
export function planRound(schedule: ScheduledPartnership, audience: Audience | undefined, now: Date, occurrences = new OccurrencePlanner(now)): RoundPlan {
  const { due, next } = occurrences.plan(schedule);
  const base = { scheduleId: schedule.scheduleId, partnershipId: schedule.partnershipId, nextRoundAt: next.at };
  if (due === null || audience === undefined || isWithin(due.period, audience.blackouts)) return { ...base, round: null };
  const window = planRoundWindow(due, schedule, now);
  return { ...base, round: { period: due.period, ...window, outbox: outboxFor(schedule, audience, due.period, window.closesAt, now) } };
}
