import { z } from "zod";
import { getByName } from "../../domain/get-by-name.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeChanges } from "../history/describe-audit-entry.js";
import { explainMissingPartner } from "./explain-missing-partner.js";

// Either may be emptied with "none"; an empty role shows as "no role set".
const cleared = (text: string) => (/^(none|-)$/i.test(text) ? "" : text);

export const partnerEditCommand = defineCommand({
  name: "partner edit",
  occasional: true,
  summary: "Change a partner organisation's role or commitments in a partnership",
  arguments: {
    partnership: argument.partnership(),
    organization: argument.text('the partner organisation, in quotes if it has spaces ("Lincoln Middle School") or a part of its name'),
    role: argument.text('its role, such as host school or industry mentor, or "none"', { required: false, schema: z.string().trim().max(200, "keep the role under 200 characters").transform(cleared) }),
    commitments: argument.text('what it commits to bring or do, or "none"', { required: false, schema: z.string().trim().max(1000, "keep the commitments under 1000 characters").transform(cleared) }),
  },
  refine(args, context) {
    if (args.role === undefined && args.commitments === undefined) {
      context.addIssue({ code: "custom", path: ["role"], message: 'say what to change: --role "..." or --commitments "..."' });
      return z.NEVER;
    }
    return args;
  },
  examples: ['/partner partner edit robotics-tx "Ridgeline Engineering" --role "industry mentor" --commitments "eight mentors, robot kits"'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const partners = await context.store.partners.list(partnership.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId });
    const partner = getByName(partners, args.organization, (each) => each.organizationName, explainMissingPartner(partnership));
    const result = await context.store.partners.update(partnership.id, partner.id, { role: args.role, commitments: args.commitments }, context.person.id);
    if (result === null) throw new UserError("conflict", `${partner.organizationName} already has that role and those commitments in ${partnership.handle}; nothing changed.`);
    const role = result.after.role ?? partner.role;
    const commitments = result.after.commitments ?? partner.commitments;
    return new MessageBuilder(`Updated ${partner.organizationName} in ${partnership.name}`, "public")
      .fields([
        { label: "Role", value: role || "no role set" },
        { label: "Commitments", value: commitments || "none set" },
      ])
      .context(`Changed ${describeChanges(result.before, result.after)}. Who changed what: /partner history ${partnership.handle}`)
      .build();
  },
});
