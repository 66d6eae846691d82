import type { CheckInStatus, SurveyQuestionKind } from "../domain/vocabulary.js";
import type { Database } from "./create-database.js";
import type { Audience } from "./rounds-repository.js";
import type { StatusRepository, StatusSnapshot } from "./status-repository.js";

export interface DigestData {
  round: { id: number; period: string; closesAt: Date };
  partnership: { id: number; handle: string; name: string; timezone: string };
  answers: { personId: number; name: string; status: CheckInStatus; highlights: string; blockers: string; needs: string }[];
  /** The partnership's own questions answered this round, in the order they are asked, each answer with who gave it. */
  questions: { prompt: string; kind: SurveyQuestionKind; answers: { name: string; numberValue: number | null; textValue: string | null }[] }[];
  /** Liaisons who were sent this round's check-in. */
  prompted: { personId: number; name: string }[];
  reflections: { author: string; body: string }[];
  /** Liaisons with no answer in any of the last `roundsConsidered` rounds (this one included). */
  silent: string[];
  roundsConsidered: number;
  snapshot: StatusSnapshot;
  audience: Pick<Audience, "partnership" | "liaisons" | "links">;
}

const SILENCE_ROUNDS = 3;

/** Everything a round's closing digest says, read when the round closes. */
export class DigestRepository {
  constructor(
    private readonly db: Database,
    private readonly status: StatusRepository,
  ) {}

  async load(roundId: number): Promise<DigestData | null> {
    const round = await this.db.round.findUnique({
      where: { id: roundId },
      select: {
        id: true,
        period: true,
        closesAt: true,
        opensAt: true,
        partnership: { select: { id: true, platform: true, workspaceId: true, handle: true, name: true, timezone: true, schedule: { select: { timezone: true } } } },
      },
    });
    if (round === null) return null;
    const partnershipId = round.partnership.id;
    const [answers, questionAnswers, prompts, reflections, recent, liaisons, links, snapshot] = await Promise.all([
      this.db.checkInResponse.findMany({ where: { roundId }, orderBy: { submittedAt: "asc" }, select: { personId: true, status: true, highlights: true, blockers: true, needs: true, person: { select: { displayName: true } } } }),
      this.db.checkInAnswer.findMany({
        where: { response: { roundId } },
        orderBy: [{ question: { position: "asc" } }, { questionId: "asc" }, { response: { submittedAt: "asc" } }],
        select: { numberValue: true, textValue: true, question: { select: { id: true, prompt: true, kind: true } }, response: { select: { person: { select: { displayName: true } } } } },
      }),
      this.db.prompt.findMany({ where: { roundId, kind: "checkin" }, orderBy: { id: "asc" }, select: { personId: true, person: { select: { displayName: true } } } }),
      this.db.reflection.findMany({ where: { roundId, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { body: true, person: { select: { displayName: true } } } }),
      this.db.round.findMany({
        where: { partnershipId, opensAt: { lte: round.opensAt } },
        orderBy: { opensAt: "desc" },
        take: SILENCE_ROUNDS,
        select: { responses: { select: { personId: true } } },
      }),
      this.db.liaison.findMany({
        where: { partner: { partnershipId } },
        orderBy: { id: "asc" },
        select: { person: { select: { id: true, displayName: true, identities: { orderBy: { id: "asc" }, select: { platform: true, workspaceId: true, userId: true } } } } },
      }),
      this.db.channelLink.findMany({ where: { partnershipId }, orderBy: { id: "asc" }, select: { platform: true, workspaceId: true, channelId: true, purpose: true } }),
      this.status.load(partnershipId),
    ]);
    const people = new Map(liaisons.map((liaison) => [liaison.person.id, liaison.person]));
    const answeredRecently = new Set(recent.flatMap((past) => past.responses.map((response) => response.personId)));
    const { schedule, ...partnership } = round.partnership;
    const questions = new Map<number, DigestData["questions"][number]>();
    for (const answer of questionAnswers) {
      const question = questions.get(answer.question.id) ?? { prompt: answer.question.prompt, kind: answer.question.kind as SurveyQuestionKind, answers: [] };
      question.answers.push({ name: answer.response.person.displayName, numberValue: answer.numberValue, textValue: answer.textValue });
      questions.set(answer.question.id, question);
    }
    return {
      round: { id: round.id, period: round.period, closesAt: round.closesAt },
      partnership: { id: partnership.id, handle: partnership.handle, name: partnership.name, timezone: schedule?.timezone ?? partnership.timezone },
      answers: answers.map((answer) => ({ personId: answer.personId, name: answer.person.displayName, status: answer.status as CheckInStatus, highlights: answer.highlights, blockers: answer.blockers, needs: answer.needs })),
      questions: [...questions.values()],
      prompted: prompts.flatMap((prompt) => (prompt.personId === null ? [] : [{ personId: prompt.personId, name: prompt.person?.displayName ?? "" }])),
      reflections: reflections.map((reflection) => ({ author: reflection.person.displayName, body: reflection.body })),
      silent: recent.length < SILENCE_ROUNDS ? [] : [...people.values()].filter((person) => !answeredRecently.has(person.id)).map((person) => person.displayName),
      roundsConsidered: recent.length,
      snapshot,
      audience: {
        partnership: { id: partnership.id, platform: partnership.platform, workspaceId: partnership.workspaceId, handle: partnership.handle, name: partnership.name },
        liaisons: [...people.values()].map((person) => ({ personId: person.id, displayName: person.displayName, identities: person.identities })),
        links,
      },
    };
  }
}
