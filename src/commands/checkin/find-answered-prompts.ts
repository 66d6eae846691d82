import { z } from "zod";
import type { Logger } from "../../logging/create-logger.js";
import type { AnsweredPrompt } from "../../ports/inbound-events.js";
import type { Store } from "../../store/create-store.js";
import type { OutboundMessage } from "../../ui/reply.js";

// The outbox payload is our own JSON; this only checks it is still the shape adapters render.
const StoredOutboundSchema = z.object({
  message: z.looseObject({ kind: z.literal("message"), visibility: z.enum(["ephemeral", "public"]), heading: z.string().optional(), blocks: z.array(z.looseObject({ type: z.string() })) }),
  mentions: z.array(z.string()).default([]),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The person's prompts and reminders on `platform` answered since `since`, with the message each one carried. */
export async function findAnsweredPrompts(store: Store, logger: Logger, platform: string, personId: number, since: Date): Promise<AnsweredPrompt[]> {
  const answered: AnsweredPrompt[] = [];
  for (const prompt of await store.promptMessages.findAnswered(platform, personId, since)) {
    const stored = StoredOutboundSchema.safeParse(parseJson(prompt.payload));
    if (!stored.success) {
      logger.warn({ promptId: prompt.id }, "an answered prompt's stored message has an unexpected shape");
      continue;
    }
    answered.push({ promptId: prompt.id, platformMessageId: prompt.platformMessageId, answeredAt: prompt.answeredAt, message: stored.data as OutboundMessage });
  }
  return answered;
}
