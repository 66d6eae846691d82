import { UserError } from "../../errors.js";
import { afterSchoolTemplate } from "./after-school-template.js";
import { curriculumTemplate } from "./curriculum-template.js";
import { internshipsTemplate } from "./internships-template.js";
import { mentorshipTemplate } from "./mentorship-template.js";
import { professionalDevelopmentTemplate } from "./professional-development-template.js";
import type { ProgramTemplate } from "./program-template.js";
import { researchTemplate } from "./research-template.js";

/** One template per program model, in the order `templates` lists them. */
export const PROGRAM_TEMPLATES: readonly ProgramTemplate[] = [mentorshipTemplate, afterSchoolTemplate, internshipsTemplate, curriculumTemplate, researchTemplate, professionalDevelopmentTemplate];

/** The template with this name or alias (case and spaces ignored), or undefined. */
export function findProgramTemplate(name: string): ProgramTemplate | undefined {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, "-");
  return PROGRAM_TEMPLATES.find((template) => template.name === wanted || template.aliases.includes(wanted));
}

/** The template with this name or alias; an unknown one says which exist. */
export function getProgramTemplate(name: string): ProgramTemplate {
  const template = findProgramTemplate(name);
  if (template !== undefined) return template;
  throw new UserError("not-found", `There is no template "${name.trim()}". Use one of: ${PROGRAM_TEMPLATES.map((known) => known.name).join(", ")} (see /partner templates).`);
}
