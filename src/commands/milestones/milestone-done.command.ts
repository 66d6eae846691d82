import { UserError } from "../../errors.js";
import type { EnqueueInput } from "../../store/outbox-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { Message } from "../../ui/reply.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getMilestone } from "./get-milestone.js";

function buildCelebration(partnership: PartnershipRecord, title: string, doneBy: string): Message {
  return new MessageBuilder(`🎉 Milestone reached: ${title}`, "public")
    .text(`${partnership.name} just reached a milestone: ${title}. Thanks to everyone who made it happen!`)
    .context(`Marked done by ${doneBy} · /partner milestone list ${partnership.handle}`)
    .build();
}

export const milestoneDoneCommand = defineCommand({
  name: "milestone done",
  summary: "Mark a milestone done and celebrate it in the partnership's update channels (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    milestone: argument.text("its number in milestone list, or its title", { rest: true, schema: TextSchema.max(200, "use the milestone's number or title") }),
  },
  examples: ["/partner milestone done robotics-tx 2", '/partner milestone done robotics-tx "Prototype showcase"'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const milestone = getMilestone(await context.store.milestones.list(partnership.id), args.milestone, partnership.handle);
    if (milestone.doneAt !== null) {
      throw new UserError("conflict", `"${milestone.title}" was already marked done, so there is nothing to change.`);
    }
    const celebration = buildCelebration(partnership, milestone.title, context.person.displayName);
    const channels = await context.store.channelLinks.list(partnership.id, "updates");
    const at = context.clock.now();
    const celebrations: EnqueueInput[] = channels.map((channel) => ({
      dedupeKey: `celebration:${milestone.id}:${channel.platform}:${channel.channelId}`,
      kind: "celebration",
      partnershipId: partnership.id,
      platform: channel.platform,
      workspaceId: channel.workspaceId,
      target: `channel:${channel.channelId}`,
      message: { message: celebration, mentions: [] },
      at,
    }));
    const completed = await context.store.milestones.complete({ partnershipId: partnership.id, milestoneId: milestone.id, actorId: context.person.id, at, celebrations });
    if (!completed) throw new UserError("conflict", `"${milestone.title}" was marked done a moment ago by someone else.`);
    const shared = channels.length === 0 ? `No updates channel is linked yet: link one with /partner link ${partnership.handle} updates.` : `Shared in ${channels.length} updates channel${channels.length === 1 ? "" : "s"}.`;
    return { ...celebration, blocks: [...celebration.blocks, { type: "context", text: shared }] };
  },
});
