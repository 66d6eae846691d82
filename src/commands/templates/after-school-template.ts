import { choice, number, type ProgramTemplate, SCHOOL_YEAR_WEEKS, text } from "./program-template.js";

/** A robotics, coding or app club after school, with a company's equipment, mentors and competitions. */
export const afterSchoolTemplate: ProgramTemplate = {
  name: "after-school",
  aliases: ["robotics", "club", "robotics-club"],
  title: "Robotics or after-school club",
  about: "a school runs an after-school robotics or coding club; partners bring funding, equipment, mentors and the way to regional competitions",
  programModels: ["after-school", "mentorship"],
  metrics: [
    { key: "club-enrollment", name: "Club enrollment", unit: "students", baseline: 0, target: 40, dueInWeeks: 10 },
    { key: "attendance", name: "Average session attendance", unit: "%", baseline: 0, target: 80, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "competitions", name: "Competitions entered", unit: "competitions", baseline: 0, target: 3, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "projects-completed", name: "Student projects completed", unit: "projects", baseline: 0, target: 10, dueInWeeks: SCHOOL_YEAR_WEEKS },
  ],
  milestones: [
    { title: "Club recruitment drive and kickoff", week: 2 },
    { title: "Kits, laptops and space in place", week: 4 },
    { title: "Build season starts", week: 8 },
    { title: "First scrimmage or practice competition", week: 14 },
    { title: "Regional competition", week: 22 },
    { title: "Family showcase night", week: 34 },
  ],
  questions: [
    number("Students at club sessions this week"),
    choice("Equipment and kits", ["All working", "Some need repair", "Parts missing"]),
    text("Competition or showcase news"),
  ],
};
