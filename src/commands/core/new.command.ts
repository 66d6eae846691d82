import { z } from "zod";
import { isValidTimeZone } from "../../domain/time-zone.js";
import { PARTNERSHIP_STATUSES, PartnershipStatusSchema, ProgramModelSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { HandleSchema, TextSchema } from "../argument-schemas.js";
import { defineCommand } from "../command.js";

const ModelsSchema = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? [] : value.split(",").map((model) => model.trim().toLowerCase())))
  .pipe(z.array(ProgramModelSchema));

export const newCommand = defineCommand({
  name: "new",
  summary: "Create a partnership (coordinators)",
  arguments: [
    { name: "handle", description: "a short unique name such as robotics-tx", kind: "text", required: true },
    { name: "name", description: "the partnership's full name", kind: "text", required: true, rest: true },
    { name: "models", description: "program models, comma-separated: mentorship, curriculum, internships, research, after-school, professional-development, funding", kind: "text", required: false },
    { name: "timezone", description: "IANA time zone for check-ins, such as America/Chicago", kind: "text", required: false },
    { name: "status", description: "proposed, active, paused or completed (default active)", kind: "choice", required: false, choices: PARTNERSHIP_STATUSES },
  ],
  schema: z.object({
    handle: HandleSchema,
    name: TextSchema.max(120, "keep the name under 120 characters"),
    models: ModelsSchema,
    timezone: z
      .string()
      .trim()
      .default("America/Chicago")
      .refine(isValidTimeZone, "not a time zone I know: use an IANA name such as America/Chicago or Europe/Berlin"),
    status: PartnershipStatusSchema.default("active"),
  }),
  examples: ['/partner new robotics-tx "Middle School Robotics Mentorship" --models mentorship,after-school --timezone America/Chicago'],
  async handle(args, context) {
    await context.access.requireCoordinator("create partnerships");
    const created = await context.store.partnerships.create(
      { platform: context.actor.platform, workspaceId: context.actor.workspaceId, handle: args.handle, name: args.name, status: args.status, programModels: args.models, timezone: args.timezone },
      context.person.id,
    );
    if (created === null) throw new UserError("conflict", `The handle \`${args.handle}\` is taken here. Pick another, such as \`${args.handle}-2\`.`);
    return new MessageBuilder(`Created ${args.name} (${args.handle})`, "public")
      .text("Next: add partners and liaisons, agree a charter, and set success metrics.")
      .list(undefined, [
        `/partner partner add ${args.handle} school "Lincoln Middle School" --role "host school"`,
        `/partner liaison add ${args.handle} "Lincoln Middle School" @someone`,
        `/partner charter set ${args.handle} "the problem you solve together"`,
        `/partner metric add ${args.handle} enrollment "Club enrollment" 50 --baseline 20 --unit students`,
      ])
      .context("Check-ins: weekly on Monday at 09:00 until you change it with /partner schedule set")
      .build();
  },
});
