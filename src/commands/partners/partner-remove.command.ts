import { getByName } from "../../domain/get-by-name.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm, quoteArgument } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { explainMissingPartner } from "./explain-missing-partner.js";

export const partnerRemoveCommand = defineCommand({
  name: "partner remove",
  occasional: true,
  summary: "Remove a partner organisation from a partnership, with its liaisons' roles there and its assets",
  arguments: {
    partnership: argument.partnership(),
    organization: argument.text('the partner organisation, in quotes if it has spaces ("Lincoln Middle School") or a part of its name', { rest: true }),
    yes: argument.flag("remove it without asking first"),
  },
  examples: ['/partner partner remove robotics-tx "Ridgeline Engineering"', '/partner partner remove robotics-tx "Ridgeline Engineering" --yes'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const partners = await context.store.partners.list(partnership.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId });
    const partner = getByName(partners, args.organization, (each) => each.organizationName, explainMissingPartner(partnership));
    const assets = (await context.store.assets.loadMap(partnership.id)).partners.find((each) => each.partnerId === partner.id)?.assets ?? [];
    const liaisons = partner.liaisons.map((liaison) => liaison.displayName);
    const confirmation = askToConfirm(args.yes, {
      question: `Remove ${partner.organizationName} from ${partnership.handle}?`,
      goes: [
        `${partner.organizationName} as a partner of ${partnership.name}${partner.role ? ` (${partner.role})` : ""}${partner.commitments ? `, with its commitments: ${partner.commitments}` : ""}`,
        liaisons.length > 0
          ? `the liaison ${liaisons.length === 1 ? "role" : "roles"} of ${liaisons.join(", ")} here: no more check-ins for them from ${partnership.handle}, and they may no longer change it`
          : "no liaisons (it has none)",
        assets.length > 0 ? `${assets.length} ${assets.length === 1 ? "asset" : "assets"} in the asset map: ${assets.map((asset) => asset.description).join("; ")}` : "no assets (it lists none)",
      ],
      stays: `Check-ins, readings and reflections its liaisons gave stay, and so does ${partner.organizationName} as an organisation this workspace knows. The removal stays in /partner history ${partnership.handle}.`,
      line: `partner remove ${partnership.handle} ${quoteArgument(partner.organizationName)}`,
      verb: "Remove",
    });
    if (confirmation !== null) return confirmation;
    const removed = await context.store.partners.remove(partnership.id, partner.id, context.person.id);
    if (!removed) throw new UserError("not-found", `${partner.organizationName} is no longer a partner of ${partnership.handle}; nothing changed.`);
    const left = partners.length - 1;
    return new MessageBuilder(`${partner.organizationName} is no longer a partner of ${partnership.name}`, "public")
      .text(liaisons.length > 0 ? `${liaisons.join(", ")} ${liaisons.length === 1 ? "is" : "are"} no longer ${liaisons.length === 1 ? "a liaison" : "liaisons"} here.` : "")
      .context(left > 0 ? `${left} ${left === 1 ? "partner remains" : "partners remain"}: /partner show ${partnership.handle}` : `It has no partners now. Add one: /partner partner add ${partnership.handle} <kind> <organization>`)
      .build();
  },
});
