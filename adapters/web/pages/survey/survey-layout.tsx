import type { Child } from "hono/jsx";
import type { SurveyLanguage, SurveyWords } from "./survey-words.js";

export interface SurveyLayoutProps {
  title: string;
  language: SurveyLanguage;
  words: SurveyWords;
  /** The same page in the other language (a plain link: works without JavaScript). */
  switchHref?: string;
  children: Child;
}

/** The frame of a student's survey pages: no dashboard header (they have no account), no scripts. */
export function SurveyLayout({ title, language, words, switchHref, children }: SurveyLayoutProps) {
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <link rel="stylesheet" href="/assets/survey.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">{language === "es" ? "Ir al contenido" : "Skip to main content"}</a>
        {switchHref !== undefined && (
          <nav class="survey-language" aria-label={language === "es" ? "Idioma" : "Language"}>
            <a href={switchHref} lang={words.switchTo.language} hreflang={words.switchTo.language}>
              {words.switchTo.label}
            </a>
          </nav>
        )}
        <main id="main" class="survey-main">{children}</main>
      </body>
    </html>
  );
}
