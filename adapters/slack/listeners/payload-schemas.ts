import { z } from "zod";
import { decodeSlackEntities } from "../decode-slack-entities.js";

// The fields the adapter reads from Slack's payloads; anything else in them is left alone.
const Id = z.string().min(1).max(64);

export const SlashCommandSchema = z.looseObject({
  team_id: Id,
  user_id: Id,
  channel_id: Id.optional(),
  // Escaped by Slack (&amp; &lt; &gt;); the core gets the text as typed.
  text: z.string().max(4000).default("").transform(decodeSlackEntities),
  trigger_id: z.string().optional(),
  response_url: z.url().optional(),
});

export const BlockActionsSchema = z.looseObject({
  team: z.looseObject({ id: Id }).nullish(),
  user: z.looseObject({ id: Id, team_id: Id.optional() }),
  trigger_id: z.string().optional(),
  channel: z.looseObject({ id: Id }).nullish(),
  response_url: z.url().optional(),
});

export const ButtonSchema = z.looseObject({ type: z.literal("button"), action_id: z.string(), value: z.string().default("") });

export const ViewSubmissionSchema = z.looseObject({
  team: z.looseObject({ id: Id }).nullish(),
  user: z.looseObject({ id: Id, team_id: Id.optional() }),
  view: z.looseObject({
    id: Id,
    hash: z.string().default(""),
    private_metadata: z.string().max(3000),
    blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional() })).default([]),
    state: z.looseObject({ values: z.unknown() }),
  }),
});

export const AppHomeOpenedSchema = z.looseObject({
  team_id: Id,
  event_id: Id,
  event: z.looseObject({ type: z.literal("app_home_opened"), user: Id, tab: z.string().optional() }),
});

/** The first problem, for a log line that says what was wrong without echoing the payload. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? "invalid" : `${issue.path.join(".") || "payload"}: ${issue.message}`;
}
