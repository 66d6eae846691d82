import type { SurveyQuestionKind } from "../domain/vocabulary.js";

/** One question as the answer page shows it; `fieldId` is the form field's name. */
export interface SurveyLinkQuestion {
  fieldId: string;
  kind: SurveyQuestionKind;
  prompt: string;
  options: string[];
  required: boolean;
}

/** What a link's answer page shows: the survey, its partnership, the group's label, the questions. */
export interface SurveyLinkPage {
  surveyId: number;
  title: string;
  partnershipName: string;
  label: string;
  questions: SurveyLinkQuestion[];
}

/** Why a link takes no answer: never given out (or revoked), the survey or link closed, or it is full. */
export type SurveyLinkRefusal = "unknown" | "closed" | "full";

/** What was wrong with one answer; the adapter says it in the page's language. */
export type SurveyAnswerProblem = "missing" | "scale" | "number" | "choice" | "too-long";

export type SurveyLinkView = { kind: "open"; page: SurveyLinkPage } | { kind: "refused"; reason: SurveyLinkRefusal };

export type SurveyLinkOutcome =
  | { kind: "saved"; page: SurveyLinkPage }
  | { kind: "invalid"; page: SurveyLinkPage; problems: Record<string, SurveyAnswerProblem> }
  | { kind: "refused"; reason: SurveyLinkRefusal };

/**
 * Survey links as the web adapter sees them: a token opens a page and takes one anonymous answer.
 * The adapter passes no address, agent or name, so the core cannot store one.
 */
export interface SurveyLinks {
  /** The answer page of the link with this token, or why there is none. */
  openSurveyLink(token: string): Promise<SurveyLinkView>;
  /** Checks and stores one anonymous answer; committed before "saved" is returned. */
  answerSurveyLink(token: string, values: Record<string, string>): Promise<SurveyLinkOutcome>;
}
