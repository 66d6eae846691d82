import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { describeQuestion } from "../questions/describe-question.js";
import { describeProgramModels, describeTemplateMetrics, describeTemplateMilestones } from "./describe-template.js";
import { getProgramTemplate, PROGRAM_TEMPLATES } from "./program-templates.js";
import { SCHOOL_YEAR_WEEKS } from "./program-template.js";

export const templatesCommand = defineCommand({
  name: "templates",
  occasional: true,
  summary: "Ready-made partnerships per program model: suggested metrics, milestones over a school year, check-in questions",
  arguments: {
    template: argument.text(`one template to see in full: ${PROGRAM_TEMPLATES.map((template) => template.name).join(", ")}`, { required: false }),
  },
  examples: ["/partner templates", "/partner templates mentorship"],
  async handle(args) {
    if (args.template !== undefined) {
      const template = getProgramTemplate(args.template);
      return new MessageBuilder(`Template ${template.name}: ${template.title}`)
        .text(`For a partnership where ${template.about}. Program models: ${describeProgramModels(template)}.`)
        .list("Success metrics (targets are suggestions; baselines start where you are)", describeTemplateMetrics(template))
        .list(`Milestones, in weeks from the start of the school year (${SCHOOL_YEAR_WEEKS} weeks)`, describeTemplateMilestones(template))
        .list("Check-in questions, after status, highlights, blockers, needs and the metrics", template.questions.map(describeQuestion))
        .context(`Use it: /partner new <handle> <name> --template ${template.name} [--starts YYYY-MM-DD]`)
        .build();
    }
    const message = new MessageBuilder("Partnership templates");
    for (const template of PROGRAM_TEMPLATES) {
      message
        .divider()
        .text(`${template.name}: ${template.title}. ${template.about[0]!.toUpperCase()}${template.about.slice(1)}.`)
        .context(`Metrics: ${template.metrics.map((metric) => metric.name).join(", ")}. ${template.milestones.length} milestones over ${SCHOOL_YEAR_WEEKS} weeks, ${template.questions.length} check-in questions.`);
    }
    return message.context("See one in full with /partner templates <name>; start from one with /partner new <handle> <name> --template <name>.").build();
  },
});
