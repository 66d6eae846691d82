import type { Database } from "./create-database.js";

export interface SentPromptMessage {
  id: number;
  kind: string;
  workspaceId: string;
  /** The platform's own message id, as its adapter recorded it. */
  platformMessageId: string;
  /** The OutboundMessage that was sent, as JSON. */
  payload: string;
  answeredAt: Date;
}

/** Check-in prompts and reminders as they were sent, so an adapter can redraw the ones answered. */
export class PromptMessagesRepository {
  constructor(private readonly db: Database) {}

  /** Prompts and reminders on `platform` that the person answered since `since` (the check-in repository sets answeredAt). */
  async findAnswered(platform: string, personId: number, since: Date): Promise<SentPromptMessage[]> {
    const rows = await this.db.prompt.findMany({
      where: { platform, personId, kind: { in: ["checkin", "reminder"] }, platformMessageId: { not: null }, answeredAt: { gte: since } },
      orderBy: { id: "asc" },
      take: 20,
      select: { id: true, kind: true, workspaceId: true, platformMessageId: true, payload: true, answeredAt: true },
    });
    return rows.map((row) => ({ ...row, platformMessageId: row.platformMessageId!, answeredAt: row.answeredAt! }));
  }
}
