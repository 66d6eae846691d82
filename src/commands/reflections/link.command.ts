import { LinkPurposeSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { CommandContext } from "../command-context.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";

const PURPOSE_TEXT: Record<string, (handle: string) => string> = {
  updates: (handle) => `This channel gets ${handle}'s check-in prompts, digests, celebrations and survey invitations.`,
  reflections: (handle) => `This channel gets a reflection thread for each of ${handle}'s check-in rounds.`,
};

/**
 * The partnership to link: one this workspace sees, or, from another workspace, one the caller is a
 * liaison of (linking is how a partnership reaches a second workspace). Coordinators of this
 * workspace cannot pull in partnerships they cannot see.
 */
async function findLinkable(context: CommandContext, handle: string): Promise<PartnershipRecord> {
  try {
    const partnership = await getPartnership(context, handle);
    await context.access.requireChange(partnership);
    return partnership;
  } catch (error) {
    if (!(error instanceof UserError) || error.code !== "not-found") throw error;
    const liaised = await context.store.channelLinks.findLiaisonPartnership(handle, context.person.id);
    if (liaised === null) throw error;
    return liaised;
  }
}

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
    const partnership = await findLinkable(context, args.partnership);
    const { platform, workspaceId } = context.actor;
    const created = await context.store.channelLinks.link({
      partnershipId: partnership.id, platform, workspaceId, channelId: context.channelId, purpose: args.purpose, actorId: context.person.id, at: context.clock.now(),
    });
    const foreign = partnership.platform !== platform || partnership.workspaceId !== workspaceId;
    return new MessageBuilder(created ? `Linked to ${partnership.name}` : `Already linked to ${partnership.name}`, "public")
      .text(PURPOSE_TEXT[args.purpose]!(partnership.handle))
      .text(foreign && created ? `${partnership.handle} is now visible in this workspace: anyone here can read its status.` : "")
      .build();
  },
});
