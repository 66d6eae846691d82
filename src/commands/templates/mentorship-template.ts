import { number, type ProgramTemplate, SCHOOL_YEAR_WEEKS, scale, text } from "./program-template.js";

/** Professionals mentor students through projects and career questions (an engineering firm and a middle school). */
export const mentorshipTemplate: ProgramTemplate = {
  name: "mentorship",
  aliases: ["mentoring"],
  title: "Mentorship program",
  about: "professionals from a business or university mentor students through projects, answer their questions and give career advice",
  programModels: ["mentorship"],
  metrics: [
    { key: "students-mentored", name: "Students mentored", unit: "students", baseline: 0, target: 30, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "mentor-hours", name: "Mentor hours", unit: "hours", baseline: 0, target: 300, dueInWeeks: SCHOOL_YEAR_WEEKS },
    { key: "active-mentors", name: "Active mentors", unit: "mentors", baseline: 0, target: 10, dueInWeeks: 8 },
    { key: "stem-confidence", name: "Student STEM confidence (survey average)", unit: "points", baseline: 3, target: 4, dueInWeeks: SCHOOL_YEAR_WEEKS },
  ],
  milestones: [
    { title: "Mentors recruited and cleared to work with students", week: 3 },
    { title: "Mentor orientation and training", week: 4 },
    { title: "Students matched with mentors", week: 6 },
    { title: "First projects presented to mentors", week: 16 },
    { title: "Mid-year review with partners", week: 18 },
    { title: "Workplace visit or career day", week: 26 },
    { title: "End-of-year showcase: students present projects to partners", week: SCHOOL_YEAR_WEEKS },
  ],
  questions: [
    number("Mentoring sessions held since the last check-in"),
    scale("How engaged were students with their mentors?"),
    text("A mentor or student who needs support"),
  ],
};
