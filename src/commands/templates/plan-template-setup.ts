import { DateTime } from "luxon";
import type { PartnershipSetup } from "../../store/partnership-templates-repository.js";
import type { ProgramTemplate } from "./program-template.js";

/** The day `weeks` weeks after `start` (both YYYY-MM-DD: calendar days, so no time zone shifts them). */
export function weeksAfter(start: string, weeks: number): string {
  return DateTime.fromISO(start, { zone: "utc" }).plus({ weeks }).toISODate()!;
}

/** A template's metrics, milestones and questions for a partnership whose school year starts on `start`. */
export function planTemplateSetup(template: ProgramTemplate, start: string): PartnershipSetup {
  return {
    template: template.name,
    metrics: template.metrics.map(({ dueInWeeks, ...metric }) => ({ ...metric, direction: metric.target >= metric.baseline ? "increase" : "decrease", dueOn: weeksAfter(start, dueInWeeks) })),
    milestones: template.milestones.map((milestone) => ({ title: milestone.title, dueOn: weeksAfter(start, milestone.week) })),
    questions: template.questions.map((question) => ({ ...question, options: [...question.options] })),
  };
}
