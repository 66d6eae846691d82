import { getByName } from "../../domain/get-by-name.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { explainMissingPartner } from "./explain-missing-partner.js";
import { matchPersonReference } from "./match-person-reference.js";

export const liaisonRemoveCommand = defineCommand({
  name: "liaison remove",
  occasional: true,
  summary: "Stop a person being a partner organisation's liaison",
  arguments: {
    partnership: argument.partnership(),
    organization: argument.text("the partner organisation, in quotes if it has spaces, or a part of its name"),
    person: argument.user("the liaison: @mention them or give their name", { rest: true }),
  },
  examples: ['/partner liaison remove robotics-tx "Ridgeline Engineering" @sam'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const partners = await context.store.partners.list(partnership.id, workspace);
    const partner = getByName(partners, args.organization, (each) => each.organizationName, explainMissingPartner(partnership));
    const liaison = matchPersonReference(args.person, partner.liaisons, context.conventions);
    if (liaison === undefined) {
      const current = partner.liaisons.map((each) => each.displayName);
      const who = current.length > 0 ? `Its liaisons are ${current.join(", ")}.` : "It has no liaisons.";
      throw new UserError("not-found", `${args.person} is not a liaison of ${partner.organizationName} in ${partnership.handle}. ${who}`);
    }
    await context.store.partners.removeLiaison(partnership.id, liaison.liaisonId, context.person.id);
    const remaining = partner.liaisons.filter((each) => each.liaisonId !== liaison.liaisonId);
    return new MessageBuilder(`${liaison.displayName} is no longer a liaison of ${partner.organizationName}`, "public")
      .text(
        remaining.length > 0
          ? `${partner.organizationName} is still represented by ${remaining.map((each) => each.displayName).join(", ")}.`
          : `${partner.organizationName} has no liaison now. Name one with /partner liaison add ${partnership.handle} "${partner.organizationName}" @someone`,
      )
      .build();
  },
});
