import type { Queryable } from "./transaction.js";

/**
 * Fails for good every pending outbox row for one workspace of a platform (the bot was removed
 * from it), with `reason` as the error that `status` puts in words. Rows a dispatcher holds under
 * a live lease are left to it: it finds no installation and fails them with the same reason.
 */
export async function failPendingForWorkspace(db: Queryable, input: { platform: string; workspaceId: string; reason: string; now: Date }): Promise<number> {
  const { platform, workspaceId, reason, now } = input;
  const result = await db.prompt.updateMany({
    where: { platform, workspaceId, status: "pending", OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
    data: { status: "failed", error: reason, claimedBy: null, claimedUntil: null },
  });
  return result.count;
}
