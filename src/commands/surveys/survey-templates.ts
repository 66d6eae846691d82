import type { SurveyQuestionKind } from "../../domain/vocabulary.js";

export interface SurveyTemplate {
  name: string;
  title: string;
  /** Who answers it, and when. */
  about: string;
  anonymous: boolean;
  questions: { kind: SurveyQuestionKind; prompt: string; options: string[] }[];
}

const scale = (prompt: string) => ({ kind: "scale" as const, prompt, options: [] });
const text = (prompt: string) => ({ kind: "text" as const, prompt, options: [] });

/** Surveys drawn from the program models: students' STEM confidence, partners' term, educators' training. */
export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    name: "student-confidence",
    title: "Student STEM confidence",
    about: "students, anonymously, before and after a program (pair them with --after)",
    anonymous: true,
    questions: [
      scale("I feel confident using lab equipment and techniques."),
      scale("I can solve problems with a team."),
      scale("I am interested in a job in science, technology, engineering or math."),
      scale("I know someone who works in a STEM job I could ask for advice."),
      { kind: "choice", prompt: "Which part of the program helped you most?", options: ["Hands-on projects", "Mentors", "Visits to workplaces", "Something else"] },
      text("What is one thing you learned that surprised you?"),
    ],
  },
  {
    name: "partner-satisfaction",
    title: "Partner satisfaction, end of term",
    about: "each partner's liaison at the end of a term",
    anonymous: true,
    questions: [
      scale("The partnership is meeting the goals in our charter."),
      scale("My organization's contribution is used well."),
      scale("Communication between partners works well."),
      { kind: "choice", prompt: "Next term, my organization wants to:", options: ["Do more", "Keep the same", "Do less"] },
      text("What should the partnership change next term?"),
    ],
  },
  {
    name: "educator-pd",
    title: "Educator feedback on professional development",
    about: "teachers after a professional development session",
    anonymous: true,
    questions: [
      scale("The session was useful for my teaching."),
      scale("I am confident I can use what I learned in my classroom."),
      { kind: "number", prompt: "How many of your students will this reach this term?", options: [] },
      text("What support would help you use it?"),
    ],
  },
];

/** The template with this name, or undefined. */
export function findSurveyTemplate(name: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((template) => template.name === name.trim().toLowerCase());
}
