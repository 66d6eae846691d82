import { z } from "zod";
import { LinkPurposeSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { findLinkablePartnership } from "./find-linkable-partnership.js";

const ChannelIdSchema = z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,100}$/, "use the channel's id as /partner show lists it, such as C0123ABC");

export const unlinkCommand = defineCommand({
  name: "unlink",
  occasional: true,
  summary: "End a channel's link to a partnership, here or (with --channel) in another workspace (liaisons, home coordinators)",
  arguments: {
    partnership: argument.partnership(),
    purpose: argument.choice(LinkPurposeSchema, "updates or reflections: the link to end"),
    channel: argument.text("the linked channel's id, as /partner show lists it (default: this channel)", { required: false, schema: ChannelIdSchema }),
  },
  examples: ["/partner unlink robotics-tx updates", "/partner unlink robotics-tx updates --channel C0123ABC"],
  async handle(args, context) {
    const partnership = await findLinkablePartnership(context, args.partnership);
    const channelId = args.channel ?? context.channelId;
    if (channelId === undefined) {
      throw new UserError("bad-arguments", `Type this in the linked channel, or name it: /partner unlink ${partnership.handle} ${args.purpose} --channel <id> (/partner show ${partnership.handle} lists the links).`);
    }
    // From inside a channel, "this channel" is this workspace's; a named channel may be in any workspace.
    const workspace = args.channel === undefined ? { platform: context.actor.platform, workspaceId: context.actor.workspaceId } : undefined;
    const removed = await context.store.channelLinks.unlink({ partnershipId: partnership.id, channelId, purpose: args.purpose, ...(workspace ? { workspace } : {}), actorId: context.person.id });
    if (removed.length === 0) {
      throw new UserError("not-found", `${partnership.handle} has no ${args.purpose} link to ${args.channel === undefined ? "this channel" : `channel ${channelId}`}. /partner show ${partnership.handle} lists its links.`);
    }
    const foreign = removed.some((link) => link.platform !== partnership.platform || link.workspaceId !== partnership.workspaceId);
    return new MessageBuilder(`Unlinked from ${partnership.name}`)
      .text(`The ${args.purpose} link to ${args.channel === undefined ? "this channel" : `channel ${channelId}`} is ended: nothing more of ${partnership.handle} goes there.`)
      .text(foreign ? `A workspace other than ${partnership.handle}'s own sees it only while one of its channels is linked.` : "")
      .build();
  },
});
