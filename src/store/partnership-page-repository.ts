import type { SurveyQuestionKind } from "../domain/vocabulary.js";
import type { Database } from "./create-database.js";

// A year of weekly rounds; older rounds stay in reports and the CSV export.
const ROUNDS = 52;
const READINGS_PER_METRIC = 520;

export interface PartnershipPageData {
  charters: { version: number; sharedGoal: string; expectations: string; createdAt: Date; createdBy: string | null }[];
  metrics: { id: number; name: string; unit: string; baseline: number; target: number; direction: string; dueOn: string | null; retiredAt: Date | null; readings: { value: number; note: string; recordedAt: Date; recordedBy: string | null }[] }[];
  rounds: {
    id: number;
    period: string;
    status: string;
    opensAt: Date;
    responses: {
      personId: number;
      name: string;
      status: string;
      highlights: string;
      blockers: string;
      needs: string;
      submittedAt: Date;
      /** Answers to the partnership's own questions, in the order they are asked. */
      answers: { prompt: string; kind: SurveyQuestionKind; numberValue: number | null; textValue: string | null }[];
    }[];
    prompted: { personId: number; name: string }[];
  }[];
  surveys: { id: number; title: string; status: string; anonymous: boolean }[];
}

/** What the partnership page shows beyond what commands already read: every charter version, readings over time, rounds with answers. */
export class PartnershipPageRepository {
  constructor(private readonly db: Database) {}

  async load(partnershipId: number): Promise<PartnershipPageData> {
    const [charters, metrics, rounds, surveys] = await Promise.all([
      this.db.charter.findMany({ where: { partnershipId }, orderBy: { version: "desc" }, select: { version: true, sharedGoal: true, expectations: true, createdAt: true, createdById: true } }),
      this.db.metric.findMany({
        where: { partnershipId },
        orderBy: { id: "asc" },
        select: {
          id: true, name: true, unit: true, baseline: true, target: true, direction: true, dueOn: true, retiredAt: true,
          readings: { orderBy: [{ recordedAt: "desc" }, { id: "desc" }], take: READINGS_PER_METRIC, select: { value: true, note: true, recordedAt: true, recordedBy: { select: { displayName: true } } } },
        },
      }),
      this.db.round.findMany({
        where: { partnershipId },
        orderBy: { opensAt: "desc" },
        take: ROUNDS,
        select: {
          id: true, period: true, status: true, opensAt: true,
          responses: {
            orderBy: { submittedAt: "asc" },
            select: {
              personId: true, status: true, highlights: true, blockers: true, needs: true, submittedAt: true, person: { select: { displayName: true } },
              answers: { orderBy: { question: { position: "asc" } }, select: { numberValue: true, textValue: true, question: { select: { prompt: true, kind: true } } } },
            },
          },
          prompts: { where: { kind: "checkin" }, orderBy: { id: "asc" }, select: { personId: true, person: { select: { displayName: true } } } },
        },
      }),
      this.db.survey.findMany({ where: { partnershipId }, orderBy: { id: "desc" }, select: { id: true, title: true, status: true, anonymous: true } }),
    ]);
    const authorIds = [...new Set(charters.flatMap((charter) => (charter.createdById === null ? [] : [charter.createdById])))];
    const authors = new Map((await this.db.person.findMany({ where: { id: { in: authorIds } }, select: { id: true, displayName: true } })).map((person) => [person.id, person.displayName]));
    return {
      charters: charters.map(({ createdById, ...charter }) => ({ ...charter, createdBy: createdById === null ? null : (authors.get(createdById) ?? null) })),
      metrics: metrics.map((metric) => ({
        ...metric,
        readings: metric.readings.reverse().map((reading) => ({ value: reading.value, note: reading.note, recordedAt: reading.recordedAt, recordedBy: reading.recordedBy?.displayName ?? null })),
      })),
      rounds: rounds.map((round) => ({
        id: round.id,
        period: round.period,
        status: round.status,
        opensAt: round.opensAt,
        responses: round.responses.map(({ person, answers, ...response }) => ({
          ...response,
          name: person.displayName,
          answers: answers.map(({ question, ...answer }) => ({ ...answer, prompt: question.prompt, kind: question.kind as SurveyQuestionKind })),
        })),
        prompted: round.prompts.flatMap((prompt) => (prompt.personId === null ? [] : [{ personId: prompt.personId, name: prompt.person?.displayName ?? "" }])),
      })),
      surveys,
    };
  }
}
