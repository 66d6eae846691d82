import type { SurveyAnswerProblem, SurveyLinkRefusal } from "../../../../src/ports/survey-links.js";

export type SurveyLanguage = "en" | "es";

/** The answer page's own words; the questions are the liaisons' and stay as they wrote them. */
export interface SurveyWords {
  languageName: string;
  switchTo: { language: SurveyLanguage; label: string };
  from: (partnership: string) => string;
  privacyHeading: string;
  privacy: string[];
  requiredNote: string;
  optional: string;
  scaleLow: string;
  scaleHigh: string;
  numberHint: string;
  submit: string;
  errorSummary: string;
  errorPrefix: string;
  problems: Record<SurveyAnswerProblem, string>;
  tooFast: string;
  tooMany: string;
  thanksTitle: string;
  thanks: string[];
  answeredTitle: string;
  answered: string[];
  refusedTitle: Record<SurveyLinkRefusal | "spam", string>;
  refused: Record<SurveyLinkRefusal | "spam", string>;
}

const ENGLISH: SurveyWords = {
  languageName: "English",
  switchTo: { language: "es", label: "Español" },
  from: (partnership) => `A survey from ${partnership}`,
  privacyHeading: "Your answers are anonymous",
  privacy: [
    "We do not store your name, your account, your internet address or details of your browser with your answers.",
    "Please do not write your name, or anyone else's, in your answers.",
    "This browser keeps a small note (a cookie) that it has answered, so each browser answers once. The cookie says nothing about who you are.",
  ],
  requiredNote: "Answer every question unless it says optional.",
  optional: "(optional)",
  scaleLow: "not at all",
  scaleHigh: "completely",
  numberHint: "A number, such as 12",
  submit: "Send answers",
  errorSummary: "There is a problem",
  errorPrefix: "Error:",
  problems: {
    missing: "Answer this question.",
    scale: "Choose a number from 1 to 5.",
    number: "Enter a number, such as 12 or 3.5.",
    choice: "Choose one of the options.",
    "too-long": "Keep your answer under 3000 characters.",
  },
  tooFast: "Your answers were sent very quickly, so they were not saved yet. Check them, then send them again.",
  tooMany: "Many answers are arriving at once, so yours was not saved yet. Wait a minute, then send it again: your answers are still here.",
  thanksTitle: "Thank you",
  thanks: ["Your answers are saved, without your name.", "You can close this page."],
  answeredTitle: "You have already answered this survey",
  answered: ["This browser has sent answers to this survey already, and each browser answers once.", "The bot knows this from a cookie in this browser, not from who you are."],
  refusedTitle: {
    unknown: "This survey link does not work",
    closed: "This survey has closed",
    full: "This survey link is not taking more answers",
    spam: "Your answers could not be saved",
  },
  refused: {
    unknown: "Check that you have the whole link, or ask the person who gave it to you for it again.",
    closed: "It no longer takes answers. Thank you for wanting to take part.",
    full: "It has had many more answers than its group has people. Ask the person who gave you the link for a new one.",
    spam: "The form was filled in a way a person would not. Open the link again and answer the questions.",
  },
};

const SPANISH: SurveyWords = {
  languageName: "Español",
  switchTo: { language: "en", label: "English" },
  from: (partnership) => `Una encuesta de ${partnership}`,
  privacyHeading: "Tus respuestas son anónimas",
  privacy: [
    "No guardamos tu nombre, tu cuenta, tu dirección de internet ni datos de tu navegador con tus respuestas.",
    "Por favor, no escribas tu nombre ni el de otra persona en tus respuestas.",
    "Este navegador guarda una pequeña nota (una cookie) de que ya respondió, para que cada navegador responda una vez. La cookie no dice nada de quién eres.",
  ],
  requiredNote: "Responde todas las preguntas, salvo las que dicen opcional.",
  optional: "(opcional)",
  scaleLow: "nada",
  scaleHigh: "totalmente",
  numberHint: "Un número, por ejemplo 12",
  submit: "Enviar respuestas",
  errorSummary: "Hay un problema",
  errorPrefix: "Error:",
  problems: {
    missing: "Responde esta pregunta.",
    scale: "Elige un número del 1 al 5.",
    number: "Escribe un número, por ejemplo 12 o 3,5.",
    choice: "Elige una de las opciones.",
    "too-long": "Escribe menos de 3000 caracteres.",
  },
  tooFast: "Tus respuestas se enviaron muy rápido, así que todavía no se guardaron. Revísalas y envíalas otra vez.",
  tooMany: "Están llegando muchas respuestas a la vez, así que la tuya todavía no se guardó. Espera un minuto y envíala otra vez: tus respuestas siguen aquí.",
  thanksTitle: "Gracias",
  thanks: ["Tus respuestas están guardadas, sin tu nombre.", "Puedes cerrar esta página."],
  answeredTitle: "Ya respondiste esta encuesta",
  answered: ["Este navegador ya envió respuestas a esta encuesta, y cada navegador responde una vez.", "El bot lo sabe por una cookie en este navegador, no por quién eres."],
  refusedTitle: {
    unknown: "Este enlace de encuesta no funciona",
    closed: "Esta encuesta está cerrada",
    full: "Este enlace ya no acepta más respuestas",
    spam: "No se pudieron guardar tus respuestas",
  },
  refused: {
    unknown: "Revisa que tienes el enlace completo, o pídeselo otra vez a quien te lo dio.",
    closed: "Ya no acepta respuestas. Gracias por querer participar.",
    full: "Ha recibido muchas más respuestas que personas tiene su grupo. Pide un enlace nuevo a quien te lo dio.",
    spam: "El formulario se llenó de una forma en que no lo haría una persona. Abre el enlace otra vez y responde las preguntas.",
  },
};

export const SURVEY_WORDS: Record<SurveyLanguage, SurveyWords> = { en: ENGLISH, es: SPANISH };

/** `?lang=` when given (the switch), else the browser's most preferred of English and Spanish. */
export function chooseSurveyLanguage(query: string | undefined, acceptLanguage: string | undefined): SurveyLanguage {
  if (query === "en" || query === "es") return query;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().toLowerCase().split(";");
      const q = Number(parameters.find((parameter) => parameter.trim().startsWith("q="))?.split("=")[1] ?? "1");
      return { language: tag.split("-")[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => (entry.language === "en" || entry.language === "es") && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.language as SurveyLanguage | undefined) ?? "en";
}
