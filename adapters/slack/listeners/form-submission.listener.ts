import type { App } from "@slack/bolt";
import { claimInboundDelivery, releaseInboundDelivery } from "../../../src/store/processed-deliveries-repository.js";
import { publishHome } from "../home/publish-home.js";
import { markPromptsAnswered } from "../mark-prompts-answered.js";
import { FORM_CALLBACK_ID } from "../render/render-form.js";
import { renderMessageView } from "../render/render-message-view.js";
import { mapFormErrors } from "../render/read-form-values.js";
import { sendMessage } from "../send-reply.js";
import { SLACK } from "../slack-platform-name.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { readViewSubmission } from "./read-view-submission.js";

/**
 * A submitted modal. The core validates before it stores anything, so this one is answered after
 * the work (within Slack's 3 s): invalid values come back as `response_action: "errors"` under
 * their inputs, a saved form becomes its confirmation. A submission Slack sends twice is saved once.
 */
export function registerFormSubmission(app: App, { bot, client, actors, work, logger }: ListenerDependencies): void {
  const { store, clock } = bot.dependencies;
  app.view(FORM_CALLBACK_ID, async ({ ack, body }) => {
    const read = readViewSubmission(body);
    if ("problem" in read) {
      logger.warn({ problem: read.problem }, "ignored a form submission with an unexpected shape");
      await ack();
      return;
    }
    const { teamId, userId, deliveryKey, inputBlockIds, metadata, values } = read.submission;
    const submittedAt = clock.now();
    if (!(await claimInboundDelivery(store.db, SLACK, deliveryKey, submittedAt))) {
      logger.info({ deliveryKey }, "skipped a form submission Slack sent again");
      await ack();
      return;
    }
    // The claim stands only for a submission that was saved; anything else may come again.
    const actor = await actors.resolve(teamId, userId).catch(async (error: unknown) => {
      await releaseInboundDelivery(store.db, SLACK, deliveryKey);
      throw error;
    });
    const reply = await bot.submitForm(metadata.formId, metadata.context, values, { actor, channelId: metadata.channelId });
    if (reply.kind === "form-errors") {
      await releaseInboundDelivery(store.db, SLACK, deliveryKey);
      await ack({ response_action: "errors", errors: mapFormErrors(reply.errors, inputBlockIds) });
      return;
    }
    // Refused (closed round, no permission) or failed: nothing was saved.
    if (reply.error !== undefined) await releaseInboundDelivery(store.db, SLACK, deliveryKey);
    const confirmation = renderMessageView(reply);
    await ack(confirmation === null ? undefined : { response_action: "update", view: confirmation });
    work.run("after form", async () => {
      if (confirmation === null) await sendMessage(reply, { client, userId, channelId: metadata.channelId, logger });
      if (reply.error !== undefined) return;
      const person = await store.people.resolveActor(actor);
      await markPromptsAnswered(client, store.db, logger, person.id, submittedAt);
      await publishHome(client, bot, actor);
    });
  });
}
