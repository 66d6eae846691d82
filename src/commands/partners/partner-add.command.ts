import { labelOf, ORGANIZATION_KINDS, OrganizationKindSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const partnerAddCommand = defineCommand({
  name: "partner add",
  summary: "Add an organisation to a partnership, or change its role and commitments",
  arguments: {
    partnership: argument.partnership(),
    kind: argument.choice(OrganizationKindSchema, `what kind of organisation: ${ORGANIZATION_KINDS.join(", ")}`),
    organization: argument.text("the organisation's name; an organisation this workspace already knows is reused", { rest: true, schema: TextSchema.max(120, "keep the name under 120 characters") }),
    role: argument.text("its role in the partnership, such as host school or industry mentor", { required: false, schema: TextSchema.max(200, "keep the role under 200 characters") }),
    commitments: argument.text("what it commits to bring or do", { required: false, schema: TextSchema.max(1000, "keep the commitments under 1000 characters") }),
  },
  examples: ['/partner partner add robotics-tx business Ridgeline Engineering --role "industry mentor" --commitments "six mentors, robot kits"'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const workspace = { platform: partnership.platform, workspaceId: partnership.workspaceId };
    const result = await context.store.partners.add(
      { partnershipId: partnership.id, workspace, organizationName: args.organization, kind: args.kind, role: args.role, commitments: args.commitments },
      context.person.id,
    );
    const { organization } = result;
    if (result.outcome === "unchanged") {
      throw new UserError(
        "conflict",
        `${organization.name} is already a partner of ${partnership.handle}. To change its role or commitments, add --role "..." or --commitments "...".`,
      );
    }
    const heading = result.outcome === "added" ? `${organization.name} joined ${partnership.name}` : `Updated ${organization.name} in ${partnership.name}`;
    const message = new MessageBuilder(heading, "public").fields([
      { label: "Kind", value: labelOf(organization.kind) },
      ...(args.role !== undefined ? [{ label: "Role", value: args.role }] : []),
      ...(args.commitments !== undefined ? [{ label: "Commitments", value: args.commitments }] : []),
    ]);
    if (!organization.created && organization.kind !== args.kind) {
      message.context(`${organization.name} was already known here as a ${labelOf(organization.kind)}, so it stays one.`);
    }
    if (result.outcome === "added") message.context(`Next: name its liaison with /partner liaison add ${partnership.handle} "${organization.name}" @someone`);
    return message.build();
  },
});
