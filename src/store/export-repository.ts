import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import { personNameOf, selectPersonName } from "./person-name.js";

export interface ExportData {
  readings: { recordedAt: Date; round: string | null; person: string | null; metric: string; unit: string; value: number; note: string }[];
  checkIns: { submittedAt: Date; round: string | null; person: string; status: string; highlights: string; blockers: string; needs: string }[];
  reflections: { createdAt: Date; round: string | null; person: string; body: string }[];
}

/** Everything `export` writes for one partnership, oldest first. The store holds no student personal data. */
export class ExportRepository {
  constructor(private readonly db: Database) {}

  /** People are named as the exporting workspace knows them. */
  async load(partnershipId: number, viewer: Workspace): Promise<ExportData> {
    const name = { select: selectPersonName(viewer) };
    const [readings, checkIns, reflections] = await Promise.all([
      this.db.metricReading.findMany({
        where: { metric: { partnershipId } },
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        select: {
          recordedAt: true, value: true, note: true,
          metric: { select: { name: true, unit: true } },
          recordedBy: name,
          response: { select: { round: { select: { period: true } } } },
        },
      }),
      this.db.checkInResponse.findMany({
        where: { partnershipId },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: { submittedAt: true, status: true, highlights: true, blockers: true, needs: true, person: name, round: { select: { period: true } } },
      }),
      this.db.reflection.findMany({
        where: { partnershipId, deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true, body: true, person: name, round: { select: { period: true } } },
      }),
    ]);
    return {
      readings: readings.map((reading) => ({
        recordedAt: reading.recordedAt,
        round: reading.response?.round?.period ?? null,
        person: reading.recordedBy === null ? null : personNameOf(reading.recordedBy),
        metric: reading.metric.name,
        unit: reading.metric.unit,
        value: reading.value,
        note: reading.note,
      })),
      checkIns: checkIns.map((checkIn) => ({
        submittedAt: checkIn.submittedAt,
        round: checkIn.round?.period ?? null,
        person: personNameOf(checkIn.person),
        status: checkIn.status,
        highlights: checkIn.highlights,
        blockers: checkIn.blockers,
        needs: checkIn.needs,
      })),
      reflections: reflections.map((reflection) => ({ createdAt: reflection.createdAt, round: reflection.round?.period ?? null, person: personNameOf(reflection.person), body: reflection.body })),
    };
  }
}
