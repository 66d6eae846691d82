import { z } from "zod";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { CalendarDateSchema, HandleSchema, OptionalTextSchema } from "../argument-schemas.js";
import { defineCommand } from "../command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { addBlackoutPeriod } from "./add-blackout-period.js";

export const pauseCommand = defineCommand({
  name: "pause",
  summary: "Skip check-ins between two dates (a school holiday), or stop them until resume",
  arguments: [
    { name: "partnership", description: "the partnership's handle", kind: "partnership", required: true },
    { name: "from", description: "first day, YYYY-MM-DD (leave out to pause until resume)", kind: "date", required: false },
    { name: "to", description: "last day, YYYY-MM-DD", kind: "date", required: false },
    { name: "reason", description: "what it is, such as Winter break", kind: "text", required: false, rest: true },
  ],
  schema: z.object({ partnership: HandleSchema, from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional(), reason: OptionalTextSchema }),
  examples: ['/partner pause robotics-tx 2026-12-21 2027-01-04 "Winter break"', "/partner pause robotics-tx"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    if (args.from !== undefined) {
      if (args.to === undefined) throw new UserError("bad-arguments", `Give the last day too, such as /partner pause ${partnership.handle} ${args.from} ${args.from} "Testing day". Nothing was changed.`);
      return addBlackoutPeriod(context, partnership, args.from, args.to, args.reason);
    }
    if (partnership.status !== "active") throw new UserError("conflict", `${partnership.handle} is ${partnership.status}, so it gets no check-ins already.`);
    const changed = await context.store.schedules.setStatus({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), from: "active", to: "paused", nextRoundAt: null });
    if (!changed) throw new UserError("conflict", `${partnership.handle} changed just now; look at /partner status ${partnership.handle} and try again.`);
    return new MessageBuilder(`Check-ins for ${partnership.name} are paused`, "public")
      .text(`No prompts, reminders or digests until someone types /partner resume ${partnership.handle}. For a holiday, give its dates to skip just those weeks: /partner pause ${partnership.handle} <from> <to> <reason>.`)
      .build();
  },
});
