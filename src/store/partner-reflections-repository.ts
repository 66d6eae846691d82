import type { Database } from "./create-database.js";

export interface ReflectionRecord {
  id: number;
  author: string;
  body: string;
  round: string | null;
  createdAt: Date;
  edited: boolean;
}

/** Reading the partner reflections that adapters store (deleted ones stay hidden). */
export class PartnerReflectionsRepository {
  constructor(private readonly db: Database) {}

  /** Newest first; only the round with this period ("YYYY-MM-DD") when given. */
  async list(partnershipId: number, options: { roundPeriod?: string; limit: number }): Promise<{ reflections: ReflectionRecord[]; total: number }> {
    const where = { partnershipId, deletedAt: null, ...(options.roundPeriod === undefined ? {} : { round: { period: options.roundPeriod } }) };
    const [rows, total] = await Promise.all([
      this.db.reflection.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: options.limit,
        select: { id: true, body: true, createdAt: true, editedAt: true, person: { select: { displayName: true } }, round: { select: { period: true } } },
      }),
      this.db.reflection.count({ where }),
    ]);
    return {
      total,
      reflections: rows.map((row) => ({
        id: row.id,
        author: row.person.displayName,
        body: row.body,
        round: row.round?.period ?? null,
        createdAt: row.createdAt,
        edited: row.editedAt !== null,
      })),
    };
  }

  /** The periods of the partnership's most recent rounds, newest first (to suggest a --round). */
  async recentRoundPeriods(partnershipId: number, take: number): Promise<string[]> {
    const rounds = await this.db.round.findMany({ where: { partnershipId }, orderBy: { opensAt: "desc" }, take, select: { period: true } });
    return rounds.map((round) => round.period);
  }
}
