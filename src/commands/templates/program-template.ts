import type { ProgramModel, SurveyQuestionKind } from "../../domain/vocabulary.js";

/** A success metric a template suggests; its target is due `dueInWeeks` after the start. */
export interface TemplateMetric {
  key: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  dueInWeeks: number;
}

/** A check-in question a template suggests, asked after the standard ones. */
export interface TemplateQuestion {
  kind: SurveyQuestionKind;
  prompt: string;
  options: string[];
}

/**
 * A ready-made partnership for one program model from the seed documents: metrics with sensible
 * targets, milestones in weeks from the start across a school year (36 weeks), check-in questions.
 */
export interface ProgramTemplate {
  /** What `new --template` takes: the program model's own name. */
  name: ProgramModel;
  /** Other words people use for it: `--template robotics`. */
  aliases: readonly string[];
  title: string;
  /** Who does what, in a sentence. */
  about: string;
  programModels: readonly ProgramModel[];
  metrics: readonly TemplateMetric[];
  milestones: readonly { title: string; week: number }[];
  questions: readonly TemplateQuestion[];
}

/** The end of a school year, in weeks from its start: when a template's targets are due. */
export const SCHOOL_YEAR_WEEKS = 36;

export const scale = (prompt: string): TemplateQuestion => ({ kind: "scale", prompt, options: [] });
export const text = (prompt: string): TemplateQuestion => ({ kind: "text", prompt, options: [] });
export const number = (prompt: string): TemplateQuestion => ({ kind: "number", prompt, options: [] });
export const choice = (prompt: string, options: string[]): TemplateQuestion => ({ kind: "choice", prompt, options });
