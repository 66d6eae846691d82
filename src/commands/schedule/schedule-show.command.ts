import { calendarDateIn } from "../../domain/calendar-date.js";
import { describeSchedule } from "../../domain/describe-schedule.js";
import { firstOccurrenceAfter } from "../../domain/schedule-occurrences.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { describeCalendarSource } from "./describe-calendar-source.js";
import { describeInstant } from "./describe-next-round.js";

const range = (item: { startsOn: string; endsOn: string }) => (item.startsOn === item.endsOn ? item.startsOn : `${item.startsOn} to ${item.endsOn}`);

export const scheduleShowCommand = defineCommand({
  name: "schedule show",
  summary: "When check-ins go out, the next round, blackouts and who is out of office",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner schedule show robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const now = context.clock.now();
    const { schedule, blackouts, absences, openRound } = await context.store.schedules.overview(partnership.id, calendarDateIn(now, partnership.timezone));
    const calendars = await context.store.calendarSources.list(partnership.id);
    const active = partnership.status === "active";
    const next = schedule.nextRoundAt !== null && schedule.nextRoundAt > now ? schedule.nextRoundAt : firstOccurrenceAfter(schedule, now).at;
    return new MessageBuilder(`Check-ins for ${partnership.name} (${partnership.handle})`)
      .fields([
        { label: "Schedule", value: describeSchedule(schedule) },
        { label: "Next round", value: active ? describeInstant(next, schedule.timezone) : `none while the partnership is ${partnership.status} (/partner resume ${partnership.handle})` },
        { label: "Answer window", value: `${schedule.closeAfterHours} hours, reminder ${schedule.reminderBeforeHours} hours before it closes` },
        { label: "Open round", value: openRound === null ? "none" : `week of ${openRound.period}, closes ${describeInstant(openRound.closesAt, schedule.timezone)}` },
      ])
      .list("Blackouts (no check-ins)", blackouts.map((blackout) => `${range(blackout)}${blackout.reason ? `: ${blackout.reason}` : ""}`), "None coming up.")
      .list(calendars.length === 0 ? undefined : "School calendars", calendars.map((calendar) => describeCalendarSource(calendar, schedule.timezone)))
      .list("Out of office", absences.map((absence) => `${absence.person}: ${range(absence)}`), "Nobody.")
      .context(`Change it: /partner schedule set ${partnership.handle} --day monday --time 09:00 --timezone ${schedule.timezone}`)
      .build();
  },
});
