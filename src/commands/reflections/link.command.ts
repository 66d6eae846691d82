import { LinkPurposeSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { buildLinkNotices } from "./build-link-notices.js";
import { findLinkablePartnership } from "./find-linkable-partnership.js";

const PURPOSE_TEXT: Record<string, (handle: string) => string> = {
  updates: (handle) => `This channel gets ${handle}'s check-in prompts, digests, celebrations and survey invitations.`,
  reflections: (handle) => `This channel gets a reflection thread for each of ${handle}'s check-in rounds.`,
};

export const linkCommand = defineCommand({
  name: "link",
  summary: "Link this channel to a partnership for updates or reflections (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    purpose: argument.choice(LinkPurposeSchema, "updates (prompts, digests, celebrations) or reflections (reflection threads)"),
  },
  examples: ["/partner link robotics-tx updates"],
  async handle(args, context) {
    if (context.channelId === undefined) {
      throw new UserError("unsupported", "Type this command in the channel you want to link, not in a direct message.");
    }
    const partnership = await findLinkablePartnership(context, args.partnership);
    const { platform, workspaceId } = context.actor;
    const foreign = partnership.platform !== platform || partnership.workspaceId !== workspaceId;
    const at = context.clock.now();
    const link = { platform, workspaceId, channelId: context.channelId, purpose: args.purpose };
    const homeUpdates = foreign
      ? (await context.store.channelLinks.list(partnership.id, "updates")).filter((each) => each.platform === partnership.platform && each.workspaceId === partnership.workspaceId)
      : [];
    const linkedBy = foreign ? await context.store.people.nameIn(context.person.id, { platform: partnership.platform, workspaceId: partnership.workspaceId }) : context.person.displayName;
    const notices = buildLinkNotices(partnership, link, linkedBy, homeUpdates, at);
    const created = await context.store.channelLinks.link({ partnershipId: partnership.id, ...link, actorId: context.person.id, at }, notices);
    return new MessageBuilder(created ? `Linked to ${partnership.name}` : `Already linked to ${partnership.name}`, "public")
      .text(PURPOSE_TEXT[args.purpose]!(partnership.handle))
      .text(foreign && created ? `${partnership.handle} is now visible in this workspace: anyone here can read its status. Its own workspace is told, and its liaisons can end this with /partner unlink ${partnership.handle} ${args.purpose}.` : "")
      .build();
  },
});
