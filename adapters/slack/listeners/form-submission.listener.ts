import type { App } from "@slack/bolt";
import { DUPLICATE_DELIVERY } from "../../../src/ports/core.js";
import { publishHome } from "../home/publish-home.js";
import { markPromptsAnswered } from "../mark-prompts-answered.js";
import { FORM_CALLBACK_ID } from "../render/render-form.js";
import { renderMessageView } from "../render/render-message-view.js";
import { mapFormErrors } from "../render/read-form-values.js";
import { sendMessage } from "../send-reply.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { readViewSubmission } from "./read-view-submission.js";

/**
 * A submitted modal. The core validates before it stores anything, so this one is answered after
 * the work (within Slack's 3 s): invalid values come back as `response_action: "errors"` under
 * their inputs, a saved form becomes its confirmation. A submission Slack sends twice is saved once.
 */
export function registerFormSubmission(app: App, { bot, actors, work, logger }: ListenerDependencies): void {
  app.view(FORM_CALLBACK_ID, async ({ ack, body, client }) => {
    const read = readViewSubmission(body);
    if ("problem" in read) {
      logger.warn({ problem: read.problem }, "ignored a form submission with an unexpected shape");
      await ack();
      return;
    }
    const { teamId, userId, deliveryKey, inputBlockIds, metadata, values } = read.submission;
    const submittedAt = bot.now();
    const actor = await actors.resolve(client, teamId, userId);
    // The core saves a submission Slack sends twice once: a repeat is answered without saving.
    const reply = await bot.submitForm(metadata.formId, metadata.context, values, { actor, channelId: metadata.channelId }, { deliveryKey });
    if (reply.kind === "message" && reply.error === DUPLICATE_DELIVERY) {
      logger.info({ deliveryKey }, "skipped a form submission Slack sent again");
      await ack();
      return;
    }
    if (reply.kind === "form-errors") {
      await ack({ response_action: "errors", errors: mapFormErrors(reply.errors, inputBlockIds) });
      return;
    }
    const confirmation = renderMessageView(reply);
    await ack(confirmation === null ? undefined : { response_action: "update", view: confirmation });
    work.run("after form", async () => {
      if (confirmation === null) await sendMessage(reply, { client, userId, channelId: metadata.channelId, logger });
      if (reply.error !== undefined) return;
      await markPromptsAnswered(client, bot, logger, actor, submittedAt);
      await publishHome(client, bot, actor);
    });
  });
}
