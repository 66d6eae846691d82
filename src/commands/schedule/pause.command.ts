import { z } from "zod";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { HandleSchema } from "../argument-schemas.js";
import { defineCommand } from "../command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const pauseCommand = defineCommand({
  name: "pause",
  summary: "Stop check-ins for a partnership until it is resumed",
  arguments: [{ name: "partnership", description: "the partnership's handle", kind: "partnership", required: true }],
  schema: z.object({ partnership: HandleSchema }),
  examples: ["/partner pause robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getChangeablePartnership(context, handle);
    if (partnership.status !== "active") throw new UserError("conflict", `${partnership.handle} is ${partnership.status}, so it gets no check-ins already.`);
    const changed = await context.store.schedules.setStatus({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), from: "active", to: "paused", nextRoundAt: null });
    if (!changed) throw new UserError("conflict", `${partnership.handle} changed just now; look at /partner status ${partnership.handle} and try again.`);
    return new MessageBuilder(`Check-ins for ${partnership.name} are paused`, "public")
      .text(`No prompts, reminders or digests until someone types /partner resume ${partnership.handle}. For a holiday, a blackout skips just those weeks: /partner blackout add ${partnership.handle} <from> <to>.`)
      .build();
  },
});
