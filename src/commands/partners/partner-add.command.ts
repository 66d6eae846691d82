import { z } from "zod";
import { labelOf, ORGANIZATION_KINDS, OrganizationKindSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { HandleSchema, TextSchema } from "../argument-schemas.js";
import { defineCommand } from "../command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const partnerAddCommand = defineCommand({
  name: "partner add",
  summary: "Add an organisation to a partnership, or change its role and commitments",
  arguments: [
    { name: "partnership", description: "the partnership's handle", kind: "partnership", required: true },
    { name: "kind", description: `what kind of organisation: ${ORGANIZATION_KINDS.join(", ")}`, kind: "choice", required: true, choices: ORGANIZATION_KINDS },
    { name: "organization", description: "the organisation's name; an organisation this workspace already knows is reused", kind: "text", required: true, rest: true },
    { name: "role", description: "its role in the partnership, such as host school or industry mentor", kind: "text", required: false },
    { name: "commitments", description: "what it commits to bring or do", kind: "text", required: false },
  ],
  schema: z.object({
    partnership: HandleSchema,
    kind: z.string().trim().toLowerCase().pipe(OrganizationKindSchema),
    organization: TextSchema.max(120, "keep the name under 120 characters"),
    role: TextSchema.max(200, "keep the role under 200 characters").optional(),
    commitments: TextSchema.max(1000, "keep the commitments under 1000 characters").optional(),
  }),
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
