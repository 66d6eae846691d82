import type { App } from "@slack/bolt";
import { STALE_BUTTON } from "../../../src/ui/fixed-answers.js";
import { textMessage } from "../../../src/ui/message-builder.js";
import { FORM_CALLBACK_ID } from "../render/render-form.js";
import { sendReplyOrApologize } from "../send-reply.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { BlockActionsSchema } from "./payload-schemas.js";

// Everything except what the bot's own listeners take (Bolt runs every matching listener, and a
// second ack is an error): its buttons are "partner:<n>:<action>", its modals "partner-form".
const NOT_OUR_BUTTON = /^(?!partner:\d+:.+$)/;
const NOT_OUR_FORM = new RegExp(`^(?!${FORM_CALLBACK_ID}$)`);
const ANY = /^/;

/**
 * Interactions the bot does not (or no longer) handle: a button on a message from an older
 * release, a view it no longer knows, a modal closed with notify_on_close, a select's options,
 * a shortcut. Without a listener Bolt leaves them unacknowledged: Slack waits 3 s, shows the
 * person a warning, and Bolt answers 404 and logs an error. Each is acknowledged at once; a button
 * also says privately that it no longer does anything.
 */
export function registerUnknownInteractions(app: App, { work, logger }: ListenerDependencies): void {
  const noted = (kind: string, id: string) => logger.info({ kind, id: id.slice(0, 80) }, "acknowledged an interaction the bot does not handle");

  app.action({ type: "block_actions", action_id: NOT_OUR_BUTTON }, async ({ ack, body, action, respond, client }) => {
    await ack();
    noted("block_actions", "action_id" in action ? action.action_id : "");
    const parsed = BlockActionsSchema.safeParse(body);
    if (!parsed.success) return;
    const { user, channel, trigger_id: triggerId, response_url: responseUrl } = parsed.data;
    work.run("stale button", () =>
      sendReplyOrApologize(textMessage(STALE_BUTTON), { client, logger, userId: user.id, channelId: channel?.id, triggerId, respond: responseUrl === undefined ? undefined : respond }),
    );
  });
  for (const type of ["interactive_message", "dialog_submission"] as const) {
    app.action({ type, callback_id: ANY }, async ({ ack }) => {
      await ack();
      noted(type, "");
    });
  }
  // An empty ack closes the modal, as a successful submission does.
  app.view({ type: "view_submission", callback_id: NOT_OUR_FORM }, async ({ ack, body }) => {
    await ack();
    noted("view_submission", body.view.callback_id);
  });
  app.view({ type: "view_closed", callback_id: ANY }, async ({ ack, body }) => {
    await ack();
    noted("view_closed", body.view.callback_id);
  });
  app.options(ANY, async ({ ack }) => {
    await ack({ options: [] });
    noted("block_suggestion", "");
  });
  app.shortcut(ANY, async ({ ack, body }) => {
    await ack();
    noted(body.type, body.callback_id);
  });
}
