import { z } from "zod";
import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { hashSecret, newSecret } from "../../web/web-secrets.js";
import { CalendarDateSchema, TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getSurvey } from "./get-survey.js";
import { surveyLinkLimit } from "./links/survey-link-limit.js";
import { surveyLinkUrl } from "./links/survey-link-url.js";
import { SurveyIdSchema } from "./survey-id-schema.js";

const ExpectedSchema = z.string().trim().regex(/^\d{1,4}$/, "expected a whole number of people, such as 28").transform(Number).refine((count) => count >= 1 && count <= 5000, "expected a whole number from 1 to 5000");
const LinkNumberSchema = z.string().trim().regex(/^#?\d{1,9}$/, "use the link's number, such as 2").transform((value) => Number(value.replace("#", "")));

export const surveyLinkCommand = defineCommand({
  name: "survey link",
  summary: "Make a link anyone can answer a survey from, anonymously, without an account: one per class or group (liaisons, coordinators)",
  arguments: {
    survey: argument.number("the survey's number, from survey create", { schema: SurveyIdSchema }),
    label: argument.text("which group the link is for, such as \"Period 3\"", { required: false, schema: TextSchema.max(60, "keep the label under 60 characters") }),
    expected: argument.number("how many people should answer; the link refuses answers past three times this", { required: false, schema: ExpectedSchema }),
    closes: argument.date("the last day the link takes answers (YYYY-MM-DD)", { required: false }),
    revoke: argument.number("stop the link with this number from taking answers", { required: false, schema: LinkNumberSchema }),
  },
  examples: ['/partner survey link 3 --label "Period 3" --expected 28', "/partner survey link 3 --closes 2026-12-18", "/partner survey link 3 --revoke 2"],
  async handle(args, context) {
    const { survey, partnership } = await getSurvey(context, args.survey);
    await context.access.requireChange(partnership);
    const at = context.clock.now();
    if (args.revoke !== undefined) {
      const revoked = await context.store.surveyLinks.revoke({ surveyId: survey.id, linkId: args.revoke, partnershipId: partnership.id, actorId: context.person.id, at });
      if (!revoked) throw new UserError("not-found", `Survey #${survey.id} has no working link ${args.revoke}. Its links are listed by /partner survey results ${survey.id}.`);
      return new MessageBuilder(`Link ${args.revoke} of survey #${survey.id} stopped`).text("Anyone who opens it now reads that it no longer takes answers. The answers it took are kept.").build();
    }
    if (survey.status === "closed") throw new UserError("closed", `Survey #${survey.id} is closed, so a new link would take no answers.`);
    if (survey.questions.length === 0) throw new UserError("bad-arguments", `Survey #${survey.id} has no questions yet. Add one first: /partner survey question ${survey.id} scale <question>.`);
    if (args.closes !== undefined && args.closes < calendarDateIn(at, partnership.timezone)) throw new UserError("bad-arguments", `--closes ${args.closes} has passed: give today or a later day.`);
    const token = newSecret();
    const link = await context.store.surveyLinks.create({ surveyId: survey.id, partnershipId: partnership.id, tokenHash: hashSecret(token), label: args.label ?? "", expected: args.expected ?? null, closesOn: args.closes ?? null, actorId: context.person.id, at });
    await context.store.surveys.open(survey.id, at);
    const limit = surveyLinkLimit(link.expected);
    return new MessageBuilder(`Survey #${survey.id} link ${link.id}${link.label === "" ? "" : ` for ${link.label}`}`)
      .text(surveyLinkUrl(context.publicUrl, token))
      .text("Anyone holding this link can answer once per browser, on a phone, without an account. Answers from links are always anonymous: no name, account, address or browser details are stored.")
      .text(limit === null ? "" : `It takes up to ${limit} answers (three times the ${link.expected} expected), then refuses more and tells the liaisons.`)
      .text(link.closesOn === null ? "It works until the survey is closed." : `It takes answers until the end of ${link.closesOn}.`)
      .context(`The bot keeps only a fingerprint of the link: copy it now. Stop it with /partner survey link ${survey.id} --revoke ${link.id}; end the survey everywhere with /partner survey close ${survey.id}.`)
      .build();
  },
});
