import { number, type ProgramTemplate, SCHOOL_YEAR_WEEKS, scale, text } from "./program-template.js";

/** Workshops and training that industry or a nonprofit gives teachers, followed into their classrooms. */
export const professionalDevelopmentTemplate: ProgramTemplate = {
  name: "professional-development",
  aliases: ["pd", "teacher-pd", "teacher-training"],
  title: "Teacher professional development",
  about: "industry partners or a nonprofit run workshops and training for teachers, who bring current STEM practice into their classrooms",
  programModels: ["professional-development"],
  metrics: [
    { key: "teachers-trained", name: "Teachers trained", unit: "teachers", baseline: 0, target: 20, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "pd-hours", name: "Professional development hours delivered", unit: "hours", baseline: 0, target: 40, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "classroom-use", name: "Teachers using it in class", unit: "teachers", baseline: 0, target: 15, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "session-rating", name: "Session usefulness (educator survey average)", unit: "points", baseline: 3, target: 4.5, dueInWeeks: SCHOOL_YEAR_WEEKS },
  ],
  milestones: [
    { title: "Teachers' needs surveyed", week: 2 },
    { title: "Workshop series scheduled with the partners", week: 4 },
    { title: "First workshop", week: 6 },
    { title: "Classroom coaching visits", week: 14 },
    { title: "Mid-year feedback (survey template educator-pd)", week: 18 },
    { title: "Industry site visit for teachers", week: 24 },
    { title: "Final workshop: teachers share their lesson plans", week: 32 },
  ],
  questions: [
    number("Teachers who attended a session since the last check-in"),
    scale("How ready do teachers feel to use it in class?"),
    text("Topics teachers asked for"),
  ],
};
