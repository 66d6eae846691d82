import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { Message } from "../../ui/reply.js";
import type { CommandContext } from "../command-context.js";
import { firstOccurrenceAfter } from "../../domain/schedule-occurrences.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeInstant } from "./describe-next-round.js";

/** Ends the blackout running today, so the next scheduled round goes out. */
async function endCurrentBlackout(context: CommandContext, partnership: PartnershipRecord): Promise<Message> {
  const today = calendarDateIn(context.clock.now(), partnership.timezone);
  const { blackouts } = await context.store.schedules.overview(partnership.id, today);
  const current = blackouts.find((blackout) => blackout.startsOn <= today);
  if (current === undefined) {
    throw new UserError("conflict", `Check-ins for ${partnership.handle} are running already. /partner schedule show ${partnership.handle} says when the next one is.`);
  }
  await context.store.schedules.removeBlackouts({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), startsOn: current.startsOn });
  return new MessageBuilder(`Check-ins for ${partnership.name} are back on`, "public")
    .text(`The blackout from ${current.startsOn} to ${current.endsOn}${current.reason ? ` (${current.reason})` : ""} is over early.`)
    .build();
}

export const resumeCommand = defineCommand({
  name: "resume",
  summary: "Start check-ins again: after a pause, or now, ending a blackout early",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner resume robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getChangeablePartnership(context, handle);
    if (partnership.status === "active") return endCurrentBlackout(context, partnership);
    if (partnership.status === "completed") throw new UserError("conflict", `${partnership.handle} is completed; it gets no more check-ins. A new school year: /partner renew ${partnership.handle}.`);
    if (partnership.status === "archived") throw new UserError("conflict", `${partnership.handle} is archived. /partner unarchive ${partnership.handle} brings it back first.`);
    const schedule = await context.store.schedules.get(partnership.id);
    const now = context.clock.now();
    // The next round is the first after now: weeks missed while paused are not caught up.
    const next = firstOccurrenceAfter(schedule, now);
    const changed = await context.store.schedules.setStatus({ partnershipId: partnership.id, actorId: context.person.id, at: now, from: partnership.status, to: "active", nextRoundAt: next.at });
    if (!changed) throw new UserError("conflict", `${partnership.handle} changed just now; look at /partner status ${partnership.handle} and try again.`);
    return new MessageBuilder(`Check-ins for ${partnership.name} are back on`, "public").text(`Next round: ${describeInstant(next.at, schedule.timezone)}.`).build();
  },
});
