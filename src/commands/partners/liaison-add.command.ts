import { getByName } from "../../domain/get-by-name.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { explainMissingPartner } from "./explain-missing-partner.js";
import { resolvePersonReference } from "./resolve-person-reference.js";

export const liaisonAddCommand = defineCommand({
  name: "liaison add",
  summary: "Name a person as a partner organisation's liaison (they get check-ins and can change the partnership)",
  arguments: {
    partnership: argument.partnership(),
    organization: argument.text('the partner organisation, in quotes if it has spaces ("Lincoln Middle School") or a part of its name'),
    person: argument.user("the person: @mention them, or give the name of someone the bot knows", { rest: true }),
  },
  examples: ['/partner liaison add robotics-tx "Ridgeline Engineering" @dev'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const partners = await context.store.partners.list(partnership.id, workspace);
    const partner = getByName(partners, args.organization, (each) => each.organizationName, explainMissingPartner(partnership));
    const person = await resolvePersonReference(context, args.person);
    // A liaison speaks for one organisation; someone moving between them is removed first, on purpose.
    const elsewhere = partners.find((other) => other.id !== partner.id && other.liaisons.some((liaison) => liaison.personId === person.id));
    if (elsewhere !== undefined) {
      throw new UserError(
        "conflict",
        `${person.displayName} is already the liaison of ${elsewhere.organizationName} in ${partnership.handle}. A liaison speaks for one organisation: remove them there first with /partner liaison remove ${partnership.handle} "${elsewhere.organizationName}" ${args.person}`,
      );
    }
    const added = await context.store.partners.addLiaison(partnership.id, partner.id, person.id, context.person.id);
    if (!added) throw new UserError("conflict", `${person.displayName} is already a liaison of ${partner.organizationName} in ${partnership.handle}; nothing changed.`);
    const others = partner.liaisons.map((liaison) => liaison.displayName);
    return new MessageBuilder(`${person.displayName} is now a liaison of ${partner.organizationName}`, "public")
      .text(`${person.displayName} will get ${partnership.name}'s check-ins and can update it.`)
      .context(others.length > 0 ? `Other liaisons of ${partner.organizationName}: ${others.join(", ")}` : `Ask them to ratify the charter: /partner charter ratify ${partnership.handle}`)
      .build();
  },
});
