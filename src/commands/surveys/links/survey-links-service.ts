import type { Clock } from "../../../clock.js";
import { calendarDateIn } from "../../../domain/calendar-date.js";
import type { Logger } from "../../../logging/create-logger.js";
import type { SurveyLinkOutcome, SurveyLinkPage, SurveyLinkRefusal, SurveyLinks, SurveyLinkView } from "../../../ports/survey-links.js";
import type { Store } from "../../../store/create-store.js";
import type { SurveyRecord } from "../../../store/surveys-repository.js";
import { hashSecret } from "../../../web/web-secrets.js";
import { questionFieldId } from "../build-survey-form.js";
import { notifyLinkOverflow } from "./notify-link-overflow.js";
import { readLinkAnswers } from "./read-link-answers.js";
import { surveyLinkLimit } from "./survey-link-limit.js";

type Opened =
  | { kind: "open"; page: SurveyLinkPage; survey: SurveyRecord; linkId: number; limit: number | null; today: string }
  | { kind: "refused"; reason: SurveyLinkRefusal; full?: { survey: SurveyRecord; linkId: number } };

// Tokens are 43 base64url characters; anything else is not worth a query.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
// A class answers in a burst: the link and its questions are read once per burst, not per answer.
// Only reads are kept, briefly; the answer's own conditional write re-checks closed and revoked.
const READ_CACHE_MS = 2_000;
const READ_CACHE_SIZE = 1_000;

type LinkRead = { link: NonNullable<Awaited<ReturnType<Store["surveyLinks"]["findByTokenHash"]>>>; survey: SurveyRecord | null };

async function openLink(store: Store, clock: Clock, token: string, read: (token: string) => Promise<LinkRead | null>): Promise<Opened> {
  if (!TOKEN.test(token)) return { kind: "refused", reason: "unknown" };
  const found = await read(token);
  if (found === null || found.survey === null) return { kind: "refused", reason: "unknown" };
  const { link, survey } = found;
  const today = calendarDateIn(clock.now(), link.partnership.timezone);
  if (survey.status !== "open" || link.revokedAt !== null || (link.closesOn !== null && today > link.closesOn)) return { kind: "refused", reason: "closed" };
  const limit = surveyLinkLimit(link.expected);
  if (limit !== null && link.answerCount >= limit) return { kind: "refused", reason: "full", full: { survey, linkId: link.id } };
  const page: SurveyLinkPage = {
    surveyId: survey.id,
    title: survey.title,
    partnershipName: link.partnership.name,
    label: link.label,
    questions: survey.questions.map((question) => ({ fieldId: questionFieldId(question.id), kind: question.kind, prompt: question.prompt, options: question.options, required: question.kind !== "text" })),
  };
  return { kind: "open", page, survey, linkId: link.id, limit, today };
}

/** The core's side of survey links: anonymous answers, counted on their link, refused once it is full. */
export function createSurveyLinks(store: Store, clock: Clock, logger: Logger): SurveyLinks {
  // Told once per link (the first refused answer); a failure to queue it must not turn the refusal into an error page.
  const tellLiaisons = (survey: SurveyRecord, linkId: number) =>
    notifyLinkOverflow(store, clock, survey, linkId).catch((error: unknown) => logger.warn({ err: error, surveyId: survey.id }, "could not tell the liaisons that a survey link is full"));
  const cache = new Map<string, { until: number; read: LinkRead | null }>();
  const read = async (token: string, fresh = false): Promise<LinkRead | null> => {
    const now = clock.now().getTime();
    const cached = cache.get(token);
    if (!fresh && cached !== undefined && cached.until > now && cached.read !== null) return cached.read;
    const link = await store.surveyLinks.findByTokenHash(hashSecret(token));
    const value = link === null ? null : { link, survey: await store.surveys.find(link.surveyId) };
    if (cache.size >= READ_CACHE_SIZE) cache.clear();
    cache.set(token, { until: now + READ_CACHE_MS, read: value });
    return value;
  };
  return {
    async openSurveyLink(token): Promise<SurveyLinkView> {
      // The page a student opens is read fresh: a closed survey says so at once.
      const opened = await openLink(store, clock, token, (candidate) => read(candidate, true));
      return opened.kind === "open" ? { kind: "open", page: opened.page } : { kind: "refused", reason: opened.reason };
    },
    async answerSurveyLink(token, values): Promise<SurveyLinkOutcome> {
      const opened = await openLink(store, clock, token, read);
      if (opened.kind !== "open") {
        if (opened.full !== undefined) await tellLiaisons(opened.full.survey, opened.full.linkId);
        return { kind: "refused", reason: opened.reason };
      }
      const { answers, problems } = readLinkAnswers(opened.survey, values);
      if (Object.keys(problems).length > 0) return { kind: "invalid", page: opened.page, problems };
      const saved = await store.surveyLinks.submit({ linkId: opened.linkId, surveyId: opened.survey.id, submittedOn: opened.today, answers, limit: opened.limit });
      if (saved === "saved") return { kind: "saved", page: opened.page };
      if (saved === "closed") return { kind: "refused", reason: "closed" };
      await tellLiaisons(opened.survey, opened.linkId);
      return { kind: "refused", reason: "full" };
    },
  };
}
