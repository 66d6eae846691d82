import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const blackoutRemoveCommand = defineCommand({
  name: "blackout remove",
  occasional: true,
  summary: "Remove a blackout, named by its first day",
  arguments: {
    partnership: argument.partnership(),
    from: argument.date("the blackout's first day, YYYY-MM-DD"),
  },
  examples: ["/partner blackout remove robotics-tx 2026-12-21"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const removed = await context.store.schedules.removeBlackouts({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), startsOn: args.from });
    if (removed === 0) throw new UserError("not-found", `No blackout of ${partnership.handle} starts on ${args.from}. /partner schedule show ${partnership.handle} lists them.`);
    return new MessageBuilder(`Removed the blackout from ${args.from}`, "public").text(`Check-ins for ${partnership.name} go out those weeks again.`).build();
  },
});
