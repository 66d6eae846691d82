import type { App } from "@slack/bolt";
import { claimInboundDelivery, releaseInboundDelivery } from "../../../src/store/processed-deliveries-repository.js";
import { publishHome } from "../home/publish-home.js";
import { markPromptsAnswered } from "../mark-prompts-answered.js";
import { FORM_CALLBACK_ID, FormMetadataSchema } from "../render/render-form.js";
import { renderMessageView } from "../render/render-message-view.js";
import { mapFormErrors, readFormValues, ViewStateValuesSchema } from "../render/read-form-values.js";
import { SLACK } from "../slack-platform-name.js";
import { sendMessage } from "../send-reply.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { firstIssue, ViewSubmissionSchema } from "./payload-schemas.js";

function parseMetadata(text: string) {
  try {
    return FormMetadataSchema.safeParse(JSON.parse(text));
  } catch {
    return FormMetadataSchema.safeParse(undefined);
  }
}

/**
 * A submitted modal. The core validates before it stores anything, so this one is answered after
 * the work (within Slack's 3 s): invalid values come back as `response_action: "errors"` under
 * their inputs, a saved form becomes its confirmation. A submission Slack sends twice is saved once.
 */
export function registerFormSubmission(app: App, { bot, client, actors, work, logger }: ListenerDependencies): void {
  const { store, clock } = bot.dependencies;
  app.view(FORM_CALLBACK_ID, async ({ ack, body }) => {
    const parsed = ViewSubmissionSchema.safeParse(body);
    const metadata = parsed.success ? parseMetadata(parsed.data.view.private_metadata) : undefined;
    const state = parsed.success ? ViewStateValuesSchema.safeParse(parsed.data.view.state.values) : undefined;
    const teamId = parsed.success ? (parsed.data.team?.id ?? parsed.data.user.team_id) : undefined;
    if (!parsed.success || !metadata?.success || !state?.success || teamId === undefined) {
      const problem = !parsed.success ? firstIssue(parsed.error) : metadata?.success === false ? `private_metadata: ${firstIssue(metadata.error)}` : state?.success === false ? firstIssue(state.error) : "team";
      logger.warn({ problem }, "ignored a form submission with an unexpected shape");
      await ack();
      return;
    }
    const { view, user } = parsed.data;
    const deliveryKey = `view:${view.id}:${view.hash}`;
    if (!(await claimInboundDelivery(store.db, SLACK, deliveryKey, clock.now()))) {
      logger.info({ viewId: view.id }, "skipped a form submission Slack sent again");
      await ack();
      return;
    }
    const submittedAt = clock.now();
    let result;
    try {
      const actor = await actors.resolve(teamId, user.id);
      result = { actor, reply: await bot.submitForm(metadata.data.formId, metadata.data.context, readFormValues(state.data), { actor, channelId: metadata.data.channelId }) };
    } catch (error) {
      await releaseInboundDelivery(store.db, SLACK, deliveryKey);
      throw error;
    }
    const { actor, reply } = result;
    const { channelId } = metadata.data;
    if (reply.kind === "form-errors") {
      await releaseInboundDelivery(store.db, SLACK, deliveryKey);
      const blockIds = view.blocks.filter((block) => block.type === "input" && block.block_id !== undefined).map((block) => block.block_id!);
      await ack({ response_action: "errors", errors: mapFormErrors(reply.errors, blockIds) });
      return;
    }
    const confirmation = renderMessageView(reply);
    if (confirmation !== null) await ack({ response_action: "update", view: confirmation });
    else await ack();
    work.run("after form", async () => {
      if (confirmation === null) await sendMessage(reply, { client, userId: user.id, channelId, logger });
      if (reply.error !== undefined) return;
      const person = await store.people.resolveActor(actor);
      await markPromptsAnswered(client, store.db, logger, person.id, submittedAt);
      await publishHome(client, bot, actor);
    });
  });
}
