// Payloads shaped like the ones Slack sends (fields as in Slack's reference payloads), with the
// response_url pointed at the fake Web API.

export interface SlackUserRef {
  teamId: string;
  userId: string;
}

export function slashCommandFields(who: SlackUserRef, text: string, responseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    token: "legacy-verification-token",
    team_id: who.teamId,
    team_domain: "district",
    channel_id: "C-GENERAL",
    channel_name: "general",
    user_id: who.userId,
    user_name: who.userId.toLowerCase(),
    command: "/partner",
    text,
    api_app_id: "A-PARTNER",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    ...extra,
  };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  /** A message in a channel or DM (has a response_url), or the App Home view (has none). */
  container: { type: "message"; channelId: string; messageTs: string } | { type: "view"; viewId: string };
  responseUrl?: string;
  triggerId?: string;
}

export function blockActionsPayload(who: SlackUserRef, click: ButtonClick): object {
  const inMessage = click.container.type === "message";
  return {
    type: "block_actions",
    user: { id: who.userId, username: who.userId.toLowerCase(), name: who.userId.toLowerCase(), team_id: who.teamId },
    api_app_id: "A-PARTNER",
    token: "legacy-verification-token",
    container:
      click.container.type === "message"
        ? { type: "message", message_ts: click.container.messageTs, channel_id: click.container.channelId, is_ephemeral: false }
        : { type: "view", view_id: click.container.viewId },
    trigger_id: click.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
    team: { id: who.teamId, domain: "district" },
    enterprise: null,
    is_enterprise_install: false,
    ...(click.container.type === "message" ? { channel: { id: click.container.channelId, name: "directmessage" } } : {}),
    ...(inMessage && click.responseUrl !== undefined ? { response_url: click.responseUrl } : {}),
    actions: [{ action_id: click.actionId, block_id: "b-actions", text: { type: "plain_text", text: "Start check-in", emoji: true }, value: click.value, type: "button", action_ts: "1700000001.000100" }],
  };
}

/** A view_submission for a modal the bot opened: `view` is what views.open received. */
export function viewSubmissionPayload(who: SlackUserRef, view: { callback_id: string; private_metadata: string; blocks: unknown[] }, values: Record<string, Record<string, unknown>>, viewId = "V-SUBMIT"): object {
  return {
    type: "view_submission",
    team: { id: who.teamId, domain: "district" },
    user: { id: who.userId, username: who.userId.toLowerCase(), name: who.userId.toLowerCase(), team_id: who.teamId },
    api_app_id: "A-PARTNER",
    token: "legacy-verification-token",
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: {
      id: viewId,
      team_id: who.teamId,
      type: "modal",
      blocks: view.blocks,
      private_metadata: view.private_metadata,
      callback_id: view.callback_id,
      state: { values },
      hash: "1700000002.abcdef",
      title: { type: "plain_text", text: "Form" },
      clear_on_close: false,
      notify_on_close: false,
      previous_view_id: null,
      root_view_id: viewId,
      app_id: "A-PARTNER",
      external_id: "",
      app_installed_team_id: who.teamId,
      bot_id: "BBOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** state.values entries for the inputs the bot renders: block id = field id, action id "value". */
export const typed = (value: string) => ({ value: { type: "plain_text_input", value } });
export const numbered = (value: string) => ({ value: { type: "number_input", value } });
export const selected = (value: string | null) => ({ value: { type: "static_select", selected_option: value === null ? null : { text: { type: "plain_text", text: value }, value } } });

/** A modal the person closed; Slack sends it only for a view opened with notify_on_close. */
export function viewClosedPayload(who: SlackUserRef, callbackId: string, viewId = "V-CLOSED"): object {
  const submitted = viewSubmissionPayload(who, { callback_id: callbackId, private_metadata: "", blocks: [] }, {}, viewId) as { view: Record<string, unknown> };
  return {
    type: "view_closed",
    team: { id: who.teamId, domain: "district" },
    user: { id: who.userId, username: who.userId.toLowerCase(), name: who.userId.toLowerCase(), team_id: who.teamId },
    api_app_id: "A-PARTNER",
    token: "legacy-verification-token",
    view: { ...submitted.view, notify_on_close: true },
    is_cleared: false,
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** The options an external_select asks for while the person types. */
export function blockSuggestionPayload(who: SlackUserRef, actionId: string, typedValue: string): object {
  return {
    type: "block_suggestion",
    user: { id: who.userId, username: who.userId.toLowerCase(), name: who.userId.toLowerCase(), team_id: who.teamId },
    container: { type: "view", view_id: "V-SELECT" },
    api_app_id: "A-PARTNER",
    token: "legacy-verification-token",
    action_id: actionId,
    block_id: "b-select",
    value: typedValue,
    team: { id: who.teamId, domain: "district" },
    enterprise: null,
    is_enterprise_install: false,
  };
}

/** A global shortcut (from the composer or search) or, with `message`, a message shortcut. */
export function shortcutPayload(who: SlackUserRef, callbackId: string, message?: { channelId: string; ts: string; responseUrl: string }): object {
  const base = {
    token: "legacy-verification-token",
    action_ts: "1700000004.000300",
    team: { id: who.teamId, domain: "district" },
    user: { id: who.userId, username: who.userId.toLowerCase(), team_id: who.teamId },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: callbackId,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  };
  if (message === undefined) return { type: "shortcut", ...base };
  return {
    type: "message_action",
    ...base,
    channel: { id: message.channelId, name: "general" },
    message_ts: message.ts,
    response_url: message.responseUrl,
    message: { type: "message", user: who.userId, ts: message.ts, text: "Robotics kits arrived" },
  };
}

export function appHomeOpenedEvent(who: SlackUserRef, eventId: string): object {
  return {
    token: "legacy-verification-token",
    team_id: who.teamId,
    api_app_id: "A-PARTNER",
    event: { type: "app_home_opened", user: who.userId, channel: `D-${who.userId}`, tab: "home", event_ts: "1700000003.000200" },
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000003,
    authorizations: [{ enterprise_id: null, team_id: who.teamId, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}
