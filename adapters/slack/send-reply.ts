import type { RespondFn, webApi } from "@slack/bolt";
import { APOLOGY } from "../../src/ui/fixed-answers.js";
import type { Logger } from "../../src/logging/create-logger.js";
import { textMessage } from "../../src/ui/message-builder.js";
import type { Message, Reply } from "../../src/ui/reply.js";
import { describeSlackError } from "./describe-slack-error.js";
import { escapeMrkdwn } from "./render/escape-mrkdwn.js";
import { renderForm } from "./render/render-form.js";
import { renderMessageView } from "./render/render-message-view.js";
import { renderMessage, type SlackMessagePart } from "./render/render-message.js";
import { SLACK_LIMITS } from "./render/slack-limits.js";
import { chartFilename, chartsOf, uploadCharts } from "./upload-charts.js";
import { filesOf, uploadFiles } from "./upload-files.js";

/** Where an answer can go: the request's response_url, a modal from its trigger_id, or a DM. */
export interface ReplyChannel {
  client: webApi.WebClient;
  userId: string;
  channelId?: string;
  respond?: RespondFn;
  /** Slack trigger_id: valid 3 s after the click or command, and once. */
  triggerId?: string;
  logger: Logger;
}

const EXPIRED_TRIGGER = "Slack closed the window for opening that form before it was ready. Please run the command or click the button again.";

async function openDirect(channel: ReplyChannel): Promise<string> {
  const opened = await channel.client.conversations.open({ users: channel.userId });
  const dm = opened.channel?.id;
  if (dm === undefined) throw new Error("conversations.open returned no channel");
  return dm;
}

async function sendDirect(channel: ReplyChannel, parts: SlackMessagePart[]): Promise<void> {
  const dm = await openDirect(channel);
  for (const part of parts) await channel.client.chat.postMessage({ channel: dm, text: part.text, blocks: part.blocks, unfurl_links: false });
}

/** Files and chart images go to the person's DM with the bot: private like an ephemeral reply, and the bot can always post there. */
async function sendFiles(message: Message, channel: ReplyChannel): Promise<void> {
  const files = filesOf(message);
  const charts = chartsOf(message);
  if (files.length === 0 && charts.length === 0) return;
  const dm = await openDirect(channel);
  try {
    await uploadFiles(channel.client, dm, files);
    await uploadCharts(channel.client, dm, charts);
  } catch (error) {
    const { slackError, message: reason } = describeSlackError(error);
    channel.logger.warn({ error: describeSlackError(error) }, "file upload failed");
    const names = escapeMrkdwn([...files.map((file) => file.filename), ...charts.map((chart, index) => chartFilename(chart, index))].join(", "));
    const text = `I could not attach ${names} (${escapeMrkdwn(slackError ?? reason)}). If this keeps happening, ask a workspace admin to check that the app has the files:write scope.`;
    await channel.client.chat.postMessage({ channel: dm, text });
  }
}

const FILES_IN_DIRECT_MESSAGES = "is in your direct messages with me.";

/** Sends a message where it belongs; a response_url takes five messages, the rest go to a DM with a note saying so. */
export async function sendMessage(message: Message, channel: ReplyChannel): Promise<void> {
  await sendMessageParts(message, channel);
  await sendFiles(message, channel);
}

async function sendMessageParts(message: Message, channel: ReplyChannel): Promise<void> {
  const parts = renderMessage(message, { fileDestination: FILES_IN_DIRECT_MESSAGES });
  const { respond } = channel;
  if (respond === undefined) {
    const view = parts.length === 1 && channel.triggerId !== undefined ? renderMessageView(message) : null;
    if (view !== null) await channel.client.views.open({ trigger_id: channel.triggerId!, view });
    else await sendDirect(channel, parts);
    return;
  }
  const responseType = message.visibility === "public" ? "in_channel" : "ephemeral";
  const fitting = parts.length <= SLACK_LIMITS.responseUrlUses ? parts : parts.slice(0, SLACK_LIMITS.responseUrlUses - 1);
  for (const part of fitting) await respond({ response_type: responseType, replace_original: false, text: part.text, blocks: part.blocks });
  if (fitting.length === parts.length) return;
  const rest = parts.slice(fitting.length);
  const note = `The rest of this answer (${rest.length} more messages) is in your direct messages with me.`;
  await respond({ response_type: "ephemeral", replace_original: false, text: note });
  await sendDirect(channel, rest);
}

/** A core reply in Slack: a form opens as a modal, a message goes through sendMessage. */
export async function sendReply(reply: Reply, channel: ReplyChannel): Promise<void> {
  if (reply.kind === "message") return sendMessage(reply, channel);
  if (channel.triggerId === undefined) return sendMessage(textMessage("That form can only open from a command or a button."), channel);
  let view;
  try {
    view = renderForm(reply, channel.channelId);
  } catch (error) {
    channel.logger.error({ error: describeSlackError(error), formId: reply.formId }, "form does not fit a Slack modal");
    return sendMessage({ ...textMessage(APOLOGY), error: "internal" }, channel);
  }
  try {
    await channel.client.views.open({ trigger_id: channel.triggerId, view });
  } catch (error) {
    const slackError = describeSlackError(error).slackError;
    if (slackError !== "expired_trigger_id" && slackError !== "invalid_trigger_id") throw error;
    channel.logger.warn({ formId: reply.formId, slackError }, "modal opened too late");
    await sendMessage({ ...textMessage(EXPIRED_TRIGGER), error: "expired" }, channel);
  }
}

/**
 * sendReply, and when Slack refuses the answer itself (a rendering it rejects, a failing
 * response_url), the fixed apology instead of silence, and a log line.
 */
export async function sendReplyOrApologize(reply: Reply, channel: ReplyChannel): Promise<void> {
  try {
    await sendReply(reply, channel);
  } catch (error) {
    channel.logger.error({ error: describeSlackError(error), userId: channel.userId }, "could not answer in Slack");
    const apology = { ...textMessage(APOLOGY), error: "internal" };
    await sendMessage(apology, { ...channel, triggerId: undefined }).catch((second: unknown) => {
      channel.logger.error({ error: describeSlackError(second) }, "could not send the apology either");
    });
  }
}
