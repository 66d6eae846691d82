import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { summarizeRatifications } from "./summarize-ratifications.js";

export const charterRatifyCommand = defineCommand({
  name: "charter ratify",
  summary: "Ratify the current charter version for your organisation (liaisons)",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner charter ratify robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const partners = await context.store.partners.list(partnership.id, workspace);
    const ownPartner = partners.find((partner) => partner.liaisons.some((liaison) => liaison.personId === context.person.id));
    if (ownPartner === undefined) {
      throw new UserError(
        "forbidden",
        `Only liaisons of ${partnership.handle}'s partner organisations ratify its charter, each for their organisation. A coordinator can add you: /partner liaison add ${partnership.handle} <organization> @you`,
      );
    }
    const charter = await context.store.charters.findCurrent(partnership.id);
    if (charter === null) throw new UserError("not-found", `${partnership.handle} has no charter to ratify yet. Write one: /partner charter set ${partnership.handle} <goal>`);
    const at = context.clock.now();
    const added = await context.store.charters.ratify(partnership.id, charter.id, context.person.id, at);
    const current = added ? { ...charter, ratifications: [...charter.ratifications, { personId: context.person.id, displayName: context.person.displayName, ratifiedAt: at }] } : charter;
    const { missing } = summarizeRatifications(current, partners);
    const heading = added
      ? `${context.person.displayName} ratified version ${charter.version} of ${partnership.name}'s charter`
      : `You had already ratified version ${charter.version} of ${partnership.name}'s charter`;
    return new MessageBuilder(heading, added ? "public" : "ephemeral")
      .text(`On behalf of ${ownPartner.organizationName}.`)
      .text(missing.length === 0 ? "Every liaison has ratified this version." : `Still to ratify: ${missing.map((each) => each.displayName).join(", ")}.`)
      .build();
  },
});
