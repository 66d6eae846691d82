import { z } from "zod";
import { calendarDateIn } from "../../domain/calendar-date.js";
import { isValidTimeZone } from "../../domain/time-zone.js";
import { PartnershipStatusSchema, ProgramModelSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import type { PartnershipSetup } from "../../store/partnership-templates-repository.js";
import type { NewPartnership } from "../../store/partnerships-repository.js";
import { formatNumber } from "../../ui/format-number.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { HandleSchema, TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { describeQuestion } from "../questions/describe-question.js";
import { planTemplateSetup } from "../templates/plan-template-setup.js";
import type { ProgramTemplate } from "../templates/program-template.js";
import { getProgramTemplate } from "../templates/program-templates.js";

const ModelsSchema = z
  .string()
  .transform((value) => (value.trim() === "" ? [] : value.split(",").map((model) => model.trim().toLowerCase())))
  .pipe(z.array(ProgramModelSchema));

function handleTaken(handle: string): UserError {
  return new UserError("conflict", `The handle \`${handle}\` is taken here. Pick another, such as \`${handle}-2\`.`);
}

/** What a partnership made from a template starts with, and what to do next. */
function describeFromTemplate(input: NewPartnership, template: ProgramTemplate, setup: PartnershipSetup, start: string, today: string): MessageBuilder {
  const past = setup.milestones.filter((milestone) => milestone.dueOn < today).length;
  return new MessageBuilder(`Created ${input.name} (${input.handle})`, "public")
    .text(`From the ${template.name} template (${template.title}), its school year starting ${start}. Program models: ${input.programModels.join(", ")}.`)
    .list("Success metrics (suggested targets)", setup.metrics.map((metric) => `${metric.name}: target ${formatNumber(metric.target)}${metric.unit === "" ? "" : ` ${metric.unit}`} by ${metric.dueOn}`))
    .list("Milestones", setup.milestones.map((milestone) => `${milestone.dueOn}: ${milestone.title}`))
    .text(past === 0 ? "" : `${past === 1 ? "1 milestone falls" : `${past} milestones fall`} before today and count as overdue: mark the ones you reached with /partner milestone done ${input.handle} <number>.`)
    .list("Asked in every check-in, after the usual questions", setup.questions.map(describeQuestion))
    .text("Next: add partners and liaisons and agree a charter.")
    .list(undefined, [
      `/partner partner add ${input.handle} school "Lincoln Middle School" --role "host school"`,
      `/partner liaison add ${input.handle} "Lincoln Middle School" @someone`,
      `/partner charter set ${input.handle} "the problem you solve together"`,
      `/partner question list ${input.handle}`,
    ]);
}

export const newCommand = defineCommand({
  name: "new",
  summary: "Create a partnership, or one from a template (coordinators)",
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
    template: argument.text("a program template to start from (see templates)", { required: false }),
    starts: argument.date("the school year's first day, for --template (default today)", { required: false }),
  },
  examples: [
    '/partner new robotics-tx "Middle School Robotics Mentorship" --models mentorship,after-school --timezone America/Chicago',
    '/partner new pd-oh "Teacher PD with Buckeye Solar" --template professional-development --starts 2027-08-16 --timezone America/New_York',
  ],
  async handle(args, context) {
    await context.access.requireCoordinator("create partnerships");
    if (args.starts !== undefined && args.template === undefined) throw new UserError("bad-arguments", "--starts dates a template's milestones: add --template <name>, or leave --starts out.");
    const template = args.template === undefined ? undefined : getProgramTemplate(args.template);
    const programModels = [...new Set([...(template?.programModels ?? []), ...args.models])];
    const input = { platform: context.actor.platform, workspaceId: context.actor.workspaceId, handle: args.handle, name: args.name, status: args.status, programModels, timezone: args.timezone };
    const schedule = "Check-ins: weekly on Monday at 09:00 until you change it with /partner schedule set";
    if (template !== undefined) {
      const today = calendarDateIn(context.clock.now(), args.timezone);
      const start = args.starts ?? today;
      const setup = planTemplateSetup(template, start);
      if ((await context.store.partnershipTemplates.create(input, setup, context.person.id, context.clock.now())) === null) throw handleTaken(args.handle);
      return describeFromTemplate(input, template, setup, start, today).context(schedule).build();
    }
    if ((await context.store.partnerships.create(input, context.person.id)) === null) throw handleTaken(args.handle);
    return new MessageBuilder(`Created ${args.name} (${args.handle})`, "public")
      .text("Next: add partners and liaisons, agree a charter, and set success metrics.")
      .list(undefined, [
        `/partner partner add ${args.handle} school "Lincoln Middle School" --role "host school"`,
        `/partner liaison add ${args.handle} "Lincoln Middle School" @someone`,
        `/partner charter set ${args.handle} "the problem you solve together"`,
        `/partner metric add ${args.handle} enrollment "Club enrollment" 50 --baseline 20 --unit students`,
      ])
      .context(schedule)
      .build();
  },
});
