import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { OptionalTextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { addBlackoutPeriod } from "./add-blackout-period.js";

export const pauseCommand = defineCommand({
  name: "pause",
  summary: "Skip check-ins between two dates (a school holiday), or stop them until resume",
  arguments: {
    partnership: argument.partnership(),
    from: argument.date("first day, YYYY-MM-DD (leave out to pause until resume)", { required: false }),
    to: argument.date("last day, YYYY-MM-DD", { required: false }),
    reason: argument.text("what it is, such as Winter break", { required: false, rest: true, schema: OptionalTextSchema }),
  },
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
