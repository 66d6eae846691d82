import { labelOf } from "../../domain/vocabulary.js";
import { formatNumber } from "../../ui/format-number.js";
import type { ProgramTemplate, TemplateQuestion } from "./program-template.js";

const KIND_LABELS: Record<TemplateQuestion["kind"], string> = { scale: "1-5 scale", choice: "single choice", number: "number", text: "text" };

/** "Students mentored: 0 to 30 students by week 36" */
export function describeTemplateMetrics(template: ProgramTemplate): string[] {
  return template.metrics.map((metric) => `${metric.name} (${metric.key}): ${formatNumber(metric.baseline)} to ${formatNumber(metric.target)}${metric.unit === "" ? "" : ` ${metric.unit}`} by week ${metric.dueInWeeks}`);
}

export function describeTemplateMilestones(template: ProgramTemplate): string[] {
  return template.milestones.map((milestone) => `Week ${milestone.week}: ${milestone.title}`);
}

export function describeQuestion(question: Pick<TemplateQuestion, "kind" | "prompt" | "options">): string {
  return `${question.prompt} (${KIND_LABELS[question.kind]}${question.options.length > 0 ? `: ${question.options.join(", ")}` : ""})`;
}

export function describeProgramModels(template: ProgramTemplate): string {
  return template.programModels.map(labelOf).join(", ");
}
