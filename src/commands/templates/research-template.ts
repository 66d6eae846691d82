import { choice, type ProgramTemplate, SCHOOL_YEAR_WEEKS, scale, text } from "./program-template.js";

/** Students work on real research problems with a university or a company (a university and a tech startup). */
export const researchTemplate: ProgramTemplate = {
  name: "research",
  aliases: ["research-partnership"],
  title: "Research partnership",
  about: "a university or company opens research projects to students, who work on real problems with its researchers and present what they found",
  programModels: ["research", "mentorship"],
  metrics: [
    { key: "student-researchers", name: "Students in research projects", unit: "students", baseline: 0, target: 12, dueInWeeks: 8 },
    { key: "research-projects", name: "Research projects under way", unit: "projects", baseline: 0, target: 4, dueInWeeks: 10 },
    { key: "researcher-hours", name: "Hours with researchers", unit: "hours", baseline: 0, target: 300, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "findings-presented", name: "Findings presented (posters, talks, papers)", unit: "presentations", baseline: 0, target: 4, dueInWeeks: SCHOOL_YEAR_WEEKS },
  ],
  milestones: [
    { title: "Research questions agreed with the partners", week: 3 },
    { title: "Students selected; lab safety and research ethics done", week: 6 },
    { title: "Data collection begins", week: 10 },
    { title: "Mid-year progress presentations", week: 18 },
    { title: "Results analysed", week: 28 },
    { title: "Student research symposium", week: 34 },
    { title: "Findings shared with the partner", week: SCHOOL_YEAR_WEEKS },
  ],
  questions: [
    choice("Where are the projects?", ["Planning", "Collecting data", "Analysing", "Writing up"]),
    scale("How much time did students get with researchers?"),
    text("Equipment, data or approvals you are waiting for"),
  ],
};
