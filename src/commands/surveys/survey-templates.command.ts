import { MessageBuilder } from "../../ui/message-builder.js";
import { defineCommand } from "../define-command.js";
import { SURVEY_TEMPLATES } from "./survey-templates.js";

export const surveyTemplatesCommand = defineCommand({
  name: "survey templates",
  summary: "List ready-made surveys to start from: student STEM confidence, partner satisfaction, educator feedback",
  arguments: {},
  examples: ["/partner survey templates"],
  async handle() {
    const message = new MessageBuilder("Survey templates");
    for (const template of SURVEY_TEMPLATES) {
      message.divider().text(`${template.name}: ${template.title}, for ${template.about}.`).list(undefined, template.questions.map((question) => question.prompt));
    }
    return message.context("Start one with /partner survey create <partnership> <title> --template <name>; its questions can be added to before it is sent.").build();
  },
});
