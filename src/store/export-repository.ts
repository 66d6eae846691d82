import type { Database } from "./create-database.js";

export interface ExportData {
  readings: { recordedAt: Date; round: string | null; person: string | null; metric: string; unit: string; value: number; note: string }[];
  checkIns: { submittedAt: Date; round: string | null; person: string; status: string; highlights: string; blockers: string; needs: string }[];
  reflections: { createdAt: Date; round: string | null; person: string; body: string }[];
}

/** Everything `export` writes for one partnership, oldest first. The store holds no student personal data. */
export class ExportRepository {
  constructor(private readonly db: Database) {}

  async load(partnershipId: number): Promise<ExportData> {
    const [readings, checkIns, reflections] = await Promise.all([
      this.db.metricReading.findMany({
        where: { metric: { partnershipId } },
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        select: {
          recordedAt: true, value: true, note: true,
          metric: { select: { name: true, unit: true } },
          recordedBy: { select: { displayName: true } },
          response: { select: { round: { select: { period: true } } } },
        },
      }),
      this.db.checkInResponse.findMany({
        where: { partnershipId },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: { submittedAt: true, status: true, highlights: true, blockers: true, needs: true, person: { select: { displayName: true } }, round: { select: { period: true } } },
      }),
      this.db.reflection.findMany({
        where: { partnershipId, deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true, body: true, person: { select: { displayName: true } }, round: { select: { period: true } } },
      }),
    ]);
    return {
      readings: readings.map((reading) => ({
        recordedAt: reading.recordedAt,
        round: reading.response?.round?.period ?? null,
        person: reading.recordedBy?.displayName ?? null,
        metric: reading.metric.name,
        unit: reading.metric.unit,
        value: reading.value,
        note: reading.note,
      })),
      checkIns: checkIns.map((checkIn) => ({
        submittedAt: checkIn.submittedAt,
        round: checkIn.round?.period ?? null,
        person: checkIn.person.displayName,
        status: checkIn.status,
        highlights: checkIn.highlights,
        blockers: checkIn.blockers,
        needs: checkIn.needs,
      })),
      reflections: reflections.map((reflection) => ({ createdAt: reflection.createdAt, round: reflection.round?.period ?? null, person: reflection.person.displayName, body: reflection.body })),
    };
  }
}
