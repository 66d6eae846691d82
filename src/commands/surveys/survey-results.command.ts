import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { describeBeforeAfter } from "./describe-before-after.js";
import { getSurvey } from "./get-survey.js";
import { summarizeSurveyAnswers } from "./summarize-survey-answers.js";
import { SurveyIdSchema } from "./survey-id-schema.js";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export const surveyResultsCommand = defineCommand({
  name: "survey results",
  summary: "A survey's results: averages and distributions, choice counts, written answers (anonymous ones: liaisons and coordinators, once enough people answered)",
  arguments: { survey: argument.number("the survey's number, from survey create", { schema: SurveyIdSchema }) },
  examples: ["/partner survey results 3"],
  async handle(args, context) {
    const { survey, partnership } = await getSurvey(context, args.survey);
    if (survey.anonymous && !(await context.access.canChange(partnership))) {
      throw new UserError("forbidden", `The results of anonymous survey #${survey.id} are for ${partnership.handle}'s liaisons and coordinators. Ask one of them for a summary.`);
    }
    const data = await context.store.surveyResponses.load(survey.id);
    const status = survey.status === "draft" ? "not sent yet" : survey.status;
    const message = new MessageBuilder(`Survey #${survey.id} results: ${survey.title}`)
      .fields([
        { label: "Partnership", value: `${partnership.name} (${partnership.handle})` },
        { label: "Responses", value: `${data.responseCount} (${data.bySource.link} from links, ${data.bySource.chat} in chat)` },
        { label: "Status", value: survey.anonymous ? `${status}, anonymous` : status },
      ]);
    const links = await context.store.surveyLinks.list(survey.id);
    message.list(
      links.length === 0 ? undefined : "Links",
      links.map((link) => `Link ${link.id}${link.label === "" ? "" : ` (${link.label})`}: ${plural(link.answerCount, "answer")}${link.expected === null ? "" : ` of ${link.expected} expected`}${link.revokedAt === null ? "" : ", stopped"}`),
    );
    // Below the minimum, an average or a written answer could be one person's: show none of it.
    if (survey.anonymous && data.responseCount < survey.minResponses) {
      message.text(`Results stay hidden until at least ${survey.minResponses} people have answered, so nobody's answers can be picked out.`);
      await describeBeforeAfter(context, survey, message);
      return message
        .context(`Anonymous: answers are stored without names. See also /partner help survey create (--min-responses).`)
        .build();
    }
    for (const summary of summarizeSurveyAnswers(survey.questions, data, survey.anonymous)) {
      const { question } = summary;
      message.divider();
      const average = summary.average === null ? "" : `average ${summary.average.toFixed(1)}${question.kind === "scale" ? " of 5" : ""}, `;
      const about = summary.answerCount === 0 ? "no answers yet" : `${average}${plural(summary.answerCount, "answer")}`;
      message.text(`${question.position}. ${question.prompt} (${about})`);
      for (const bucket of summary.distribution) {
        message.progress(bucket.label, summary.answerCount === 0 ? 0 : bucket.count / summary.answerCount, plural(bucket.count, "answer"));
      }
      if (question.kind !== "text") continue;
      if (survey.anonymous && summary.texts.length > 0 && summary.texts.length < survey.minResponses) {
        message.text(`The written answers show once at least ${survey.minResponses} people have written one.`);
      } else {
        message.list(undefined, summary.texts, "No written answers yet.");
      }
    }
    if (survey.questions.length === 0) message.text(`No questions yet: /partner survey question ${survey.id} scale <question>.`);
    await describeBeforeAfter(context, survey, message);
    return message.build();
  },
});
