import { z } from "zod";
import { isValidTimeZone } from "../../domain/time-zone.js";
import { PartnershipStatusSchema, ProgramModelSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { HandleSchema, TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";

const ModelsSchema = z
  .string()
  .transform((value) => (value.trim() === "" ? [] : value.split(",").map((model) => model.trim().toLowerCase())))
  .pipe(z.array(ProgramModelSchema));

export const newCommand = defineCommand({
  name: "new",
  summary: "Create a partnership (coordinators)",
  arguments: {
    handle: argument.text("a short unique name such as robotics-tx", { schema: HandleSchema }),
    name: argument.text("the partnership's full name", { rest: true, schema: TextSchema.max(120, "keep the name under 120 characters") }),
    models: argument.text("program models, comma-separated: mentorship, curriculum, internships, research, after-school, professional-development, funding", {
      default: [],
      schema: ModelsSchema,
    }),
    timezone: argument.text("IANA time zone for check-ins, such as America/Chicago", {
      default: "America/Chicago",
      schema: z.string().trim().refine(isValidTimeZone, "not a time zone I know: use an IANA name such as America/Chicago or Europe/Berlin"),
    }),
    status: argument.choice(PartnershipStatusSchema, "proposed, active, paused or completed (default active)", { default: "active" }),
  },
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
