import type { OutboundMessage } from "../ui/reply.js";
import type { Queryable } from "./transaction.js";

export type PromptKind = "checkin" | "reminder" | "digest" | "celebration" | "survey" | "reflection-thread";

export interface EnqueueInput {
  /** Unique per message: writing the same key twice sends once. */
  dedupeKey: string;
  kind: PromptKind;
  partnershipId: number | null;
  roundId?: number | null;
  personId?: number | null;
  platform: string;
  workspaceId: string;
  /** "channel:<id>" or "user:<id>", in the platform's own ids. */
  target: string;
  message: OutboundMessage;
}

/** Adds a message to the outbox unless one with the same dedupe key is there; true when added. */
export async function enqueueOutbound(db: Queryable, input: EnqueueInput): Promise<boolean> {
  const existing = await db.prompt.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  if (existing !== null) return false;
  try {
    await db.prompt.create({
      data: {
        dedupeKey: input.dedupeKey,
        kind: input.kind,
        partnershipId: input.partnershipId,
        roundId: input.roundId ?? null,
        personId: input.personId ?? null,
        platform: input.platform,
        workspaceId: input.workspaceId,
        target: input.target,
        payload: JSON.stringify(input.message),
      },
    });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false; // a concurrent writer won the unique key
    throw error;
  }
}
