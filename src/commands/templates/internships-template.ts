import { number, type ProgramTemplate, SCHOOL_YEAR_WEEKS, scale, text } from "./program-template.js";

/** High school internships and work experience at a company (a biotech's lab internships, tracked by confidence and college STEM enrollment). */
export const internshipsTemplate: ProgramTemplate = {
  name: "internships",
  aliases: ["internship", "work-experience"],
  title: "Internships and work experience",
  about: "a company offers students internships or work experience on site, with a supervisor each; the school recruits and prepares them",
  programModels: ["internships"],
  metrics: [
    { key: "placements-offered", name: "Placements offered", unit: "placements", baseline: 0, target: 15, dueInWeeks: 8 },
    { key: "placements-completed", name: "Placements completed", unit: "students", baseline: 0, target: 12, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "lab-confidence", name: "Interns' lab-technique confidence (survey average)", unit: "points", baseline: 3, target: 4, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "college-stem", name: "Interns enrolling in college STEM programs", unit: "students", baseline: 0, target: 8, dueInWeeks: SCHOOL_YEAR_WEEKS },
  ],
  milestones: [
    { title: "Placements and supervisors confirmed", week: 4 },
    { title: "Applications open to students", week: 6 },
    { title: "Interns selected and paperwork signed", week: 10 },
    { title: "Safety orientation and first day on site", week: 12 },
    { title: "Mid-placement review with supervisors", week: 20 },
    { title: "Final presentations to the host company", week: 30 },
    { title: "Exit survey and college enrollment follow-up", week: SCHOOL_YEAR_WEEKS },
  ],
  questions: [
    number("Interns on site this week"),
    scale("How well are supervisors and the school working together?"),
    text("An intern who needs support or a change of placement"),
  ],
};
