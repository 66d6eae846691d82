import { labelOf } from "../../domain/vocabulary.js";
import { formatNumber } from "../../ui/format-number.js";
import type { ProgramTemplate } from "./program-template.js";

/** "Students mentored: 0 to 30 students by week 36" */
export function describeTemplateMetrics(template: ProgramTemplate): string[] {
  return template.metrics.map((metric) => `${metric.name} (${metric.key}): ${formatNumber(metric.baseline)} to ${formatNumber(metric.target)}${metric.unit === "" ? "" : ` ${metric.unit}`} by week ${metric.dueInWeeks}`);
}

export function describeTemplateMilestones(template: ProgramTemplate): string[] {
  return template.milestones.map((milestone) => `Week ${milestone.week}: ${milestone.title}`);
}

export function describeProgramModels(template: ProgramTemplate): string {
  return template.programModels.map(labelOf).join(", ");
}
