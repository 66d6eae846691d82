import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { Message } from "../../ui/reply.js";
import type { CommandContext } from "../command-context.js";
import { requireDayRange } from "./day-range.js";

/** Adds a blackout (rounds that would open on those days are skipped); shared by blackout add and pause. */
export async function addBlackoutPeriod(context: CommandContext, partnership: PartnershipRecord, from: string, to: string, reason: string | undefined): Promise<Message> {
  requireDayRange(from, to, "blackout");
  await context.store.schedules.addBlackout({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), startsOn: from, endsOn: to, reason: reason ?? "" });
  return new MessageBuilder(`No check-ins for ${partnership.name} from ${from} to ${to}`, "public")
    .text(`Rounds that would open on those days are skipped${reason ? ` (${reason})` : ""}. See them all: /partner schedule show ${partnership.handle}`)
    .build();
}
