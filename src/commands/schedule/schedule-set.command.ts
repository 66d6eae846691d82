import { describeSchedule } from "../../domain/describe-schedule.js";
import { CadenceSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { firstOccurrenceAfter } from "../../domain/schedule-occurrences.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeInstant } from "./describe-next-round.js";
import { hoursSchema, LocalTimeSchema, TimeZoneSchema, WEEKDAY_CHOICES, WeekdaySchema } from "./schedule-schemas.js";

export const scheduleSetCommand = defineCommand({
  name: "schedule set",
  summary: "Change when check-ins go out: weekday, local time, time zone, cadence, answer window",
  arguments: {
    partnership: argument.partnership(),
    day: argument.choice(WEEKDAY_CHOICES, "weekday the round opens", { required: false, schema: WeekdaySchema }),
    time: argument.time("local time it opens, HH:MM on a 24-hour clock", { required: false, schema: LocalTimeSchema }),
    timezone: argument.text("IANA time zone, such as America/Chicago", { required: false, schema: TimeZoneSchema }),
    cadence: argument.choice(CadenceSchema, "weekly, biweekly or monthly (the first such weekday of the month)", { required: false }),
    "close-after": argument.number("hours a round stays open (default 72)", { required: false, schema: hoursSchema(1, 336) }),
    "remind-before": argument.number("hours before closing to remind who has not answered (default 24; 0 for none)", { required: false, schema: hoursSchema(0, 335) }),
  },
  examples: ["/partner schedule set robotics-tx --day tuesday --time 15:30", "/partner schedule set solar-oh --timezone America/New_York --cadence biweekly"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const current = await context.store.schedules.get(partnership.id);
    const fields = {
      weekday: args.day ?? current.weekday,
      localTime: args.time ?? current.localTime,
      timezone: args.timezone ?? current.timezone,
      cadence: args.cadence ?? current.cadence,
      closeAfterHours: args["close-after"] ?? current.closeAfterHours,
      reminderBeforeHours: args["remind-before"] ?? current.reminderBeforeHours,
    };
    const changes = Object.values(args).filter((value) => value !== undefined).length - 1;
    if (changes === 0) {
      throw new UserError("bad-arguments", `Say what to change, for example: /partner schedule set ${partnership.handle} --day tuesday --time 15:30. Now: ${describeSchedule(current)}.`);
    }
    if (fields.reminderBeforeHours >= fields.closeAfterHours) {
      throw new UserError("bad-arguments", `The reminder (${fields.reminderBeforeHours} hours before closing) must come after the round opens: make --remind-before less than --close-after (${fields.closeAfterHours}). Nothing was changed.`);
    }
    const now = context.clock.now();
    const next = firstOccurrenceAfter(fields, now);
    await context.store.schedules.update({ partnershipId: partnership.id, actorId: context.person.id, at: now, fields, nextRoundAt: next.at });
    return new MessageBuilder(`Check-ins for ${partnership.name}: ${describeSchedule(fields)}`, "public")
      .fields([
        { label: "Next round", value: partnership.status === "active" ? describeInstant(next.at, fields.timezone) : `after /partner resume ${partnership.handle}` },
        { label: "Answer window", value: `${fields.closeAfterHours} hours, reminder ${fields.reminderBeforeHours} hours before it closes` },
      ])
      .build();
  },
});
