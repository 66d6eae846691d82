import { choice, number, type ProgramTemplate, SCHOOL_YEAR_WEEKS, text } from "./program-template.js";

/** Schools and industry design units together that match what industry needs (a solar startup's hands-on units, a hybrid coding curriculum). */
export const curriculumTemplate: ProgramTemplate = {
  name: "curriculum",
  aliases: ["curriculum-co-creation", "co-creation"],
  title: "Curriculum co-creation",
  about: "teachers and industry experts design units together that blend theory with hands-on work and match what industry needs",
  programModels: ["curriculum", "professional-development"],
  metrics: [
    { key: "units-co-designed", name: "Units co-designed", unit: "units", baseline: 0, target: 4, dueInWeeks: 30 },
    { key: "teachers-trained", name: "Teachers trained on the new units", unit: "teachers", baseline: 0, target: 8, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "lessons-taught", name: "Lessons taught from the new units", unit: "lessons", baseline: 0, target: 40, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "students-reached", name: "Students reached by the new units", unit: "students", baseline: 0, target: 150, dueInWeeks: SCHOOL_YEAR_WEEKS },
  ],
  milestones: [
    { title: "Visioning workshop: the skills industry needs, mapped to standards", week: 2 },
    { title: "Unit outlines agreed by teachers and industry experts", week: 6 },
    { title: "First unit drafted and reviewed by industry experts", week: 10 },
    { title: "Teachers trained on the first unit", week: 12 },
    { title: "First unit piloted in class", week: 16 },
    { title: "Units revised from pilot feedback", week: 22 },
    { title: "All units ready for next school year", week: 34 },
  ],
  questions: [
    choice("Where is the current unit?", ["Designing", "Industry review", "Piloting in class", "Revising"]),
    number("Lessons taught from the new units this week"),
    text("Feedback from teachers or students on the units"),
  ],
};
