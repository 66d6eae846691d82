import type { CheckInStatus } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { isUniqueViolation } from "./is-unique-violation.js";

export interface CheckInInput {
  partnershipId: number;
  roundId: number | null;
  personId: number;
  status: CheckInStatus;
  highlights: string;
  blockers: string;
  needs: string;
  readings: { metricId: number; value: number }[];
  /** Answers to the partnership's own questions (check-in-questions-repository.ts); none when left out. */
  answers?: CheckInAnswerInput[];
  source: string;
  at: Date;
}

export interface CheckInAnswerInput {
  questionId: number;
  numberValue: number | null;
  textValue: string | null;
}

export interface CheckInFormData {
  round: { id: number; period: string; status: string; closesAt: Date } | null;
  /** Every metric of the partnership still in use (not retired); `activeAt` is its latest reading, or its creation without one. */
  metrics: { id: number; name: string; unit: string; target: number; current: number | null; activeAt: Date }[];
  previous: { status: string; highlights: string; blockers: string; needs: string } | null;
}

export class CheckInsRepository {
  constructor(private readonly db: Database) {}

  /** The open round (if any), the metrics to ask about, and the person's answer to that round so far. */
  async loadFormData(partnershipId: number, personId: number): Promise<CheckInFormData> {
    const round = await this.db.round.findFirst({
      where: { partnershipId, status: "open" },
      orderBy: { opensAt: "desc" },
      select: { id: true, period: true, status: true, closesAt: true },
    });
    const [metrics, previous] = await Promise.all([
      this.db.metric.findMany({
        where: { partnershipId, retiredAt: null },
        orderBy: { id: "asc" },
        select: { id: true, name: true, unit: true, target: true, createdAt: true, readings: { orderBy: { recordedAt: "desc" }, take: 1, select: { value: true, recordedAt: true } } },
      }),
      round === null
        ? null
        : this.db.checkInResponse.findUnique({
            where: { roundId_personId: { roundId: round.id, personId } },
            select: { status: true, highlights: true, blockers: true, needs: true },
          }),
    ]);
    return {
      round,
      metrics: metrics.map((metric) => ({
        id: metric.id,
        name: metric.name,
        unit: metric.unit,
        target: metric.target,
        current: metric.readings[0]?.value ?? null,
        activeAt: metric.readings[0]?.recordedAt ?? metric.createdAt,
      })),
      previous,
    };
  }

  async findRound(roundId: number): Promise<{ id: number; partnershipId: number; period: string; status: string; closesAt: Date } | null> {
    return this.db.round.findUnique({ where: { id: roundId }, select: { id: true, partnershipId: true, period: true, status: true, closesAt: true } });
  }

  async metricIds(partnershipId: number): Promise<number[]> {
    const metrics = await this.db.metric.findMany({ where: { partnershipId, retiredAt: null }, select: { id: true } });
    return metrics.map((metric) => metric.id);
  }

  /**
   * Stores a check-in and its metric readings in one transaction, and marks the person's prompt for
   * the round answered. A second answer to the same round replaces the first.
   */
  async record(input: CheckInInput): Promise<{ responseId: number; replaced: boolean }> {
    try {
      return await this.write(input);
    } catch (error) {
      // Two first answers at once both read "none yet"; the second insert hits the unique key
      // (roundId, personId) after the first committed, and a PostgreSQL transaction cannot go on
      // after a failed statement. Run it again: it now finds the first and replaces it.
      if (!isUniqueViolation(error)) throw error;
      return this.write(input);
    }
  }

  private async write(input: CheckInInput): Promise<{ responseId: number; replaced: boolean }> {
    return this.db.$transaction(async (tx) => {
      const fields = { status: input.status, highlights: input.highlights, blockers: input.blockers, needs: input.needs, source: input.source, submittedAt: input.at };
      const existing =
        input.roundId === null
          ? null
          : await tx.checkInResponse.findUnique({ where: { roundId_personId: { roundId: input.roundId, personId: input.personId } } });
      const response =
        existing === null
          ? await tx.checkInResponse.create({ data: { partnershipId: input.partnershipId, roundId: input.roundId, personId: input.personId, ...fields } })
          : await tx.checkInResponse.update({ where: { id: existing.id }, data: fields });
      if (existing !== null) await tx.metricReading.deleteMany({ where: { responseId: existing.id } });
      // Answers to a question removed since stay: the new answer could not give them again.
      if (existing !== null) await tx.checkInAnswer.deleteMany({ where: { responseId: existing.id, question: { removedAt: null } } });
      const answers = input.answers ?? [];
      if (answers.length > 0) await tx.checkInAnswer.createMany({ data: answers.map((answer) => ({ ...answer, responseId: response.id })) });
      for (const reading of input.readings) {
        await tx.metricReading.create({
          data: { metricId: reading.metricId, value: reading.value, recordedAt: input.at, recordedById: input.personId, responseId: response.id, note: "check-in" },
        });
      }
      if (input.roundId !== null) {
        await tx.prompt.updateMany({ where: { roundId: input.roundId, personId: input.personId, answeredAt: null }, data: { answeredAt: input.at } });
      }
      await recordAudit(tx, {
        partnershipId: input.partnershipId,
        actorId: input.personId,
        action: existing === null ? "create" : "update",
        entity: "check-in",
        entityId: response.id,
        before: existing ?? undefined,
        after: { ...fields, readings: input.readings, answers },
      });
      return { responseId: response.id, replaced: existing !== null };
    });
  }
}
