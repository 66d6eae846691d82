import { SurveyLayout } from "./survey-layout.js";
import type { SurveyLanguage, SurveyWords } from "./survey-words.js";

export interface SurveyNoticePageProps {
  title: string;
  lines: string[];
  language: SurveyLanguage;
  words: SurveyWords;
  switchHref?: string;
}

/** A survey page that only says something: thank you, already answered, closed, unknown, full. */
export function SurveyNoticePage({ title, lines, language, words, switchHref }: SurveyNoticePageProps) {
  return (
    <SurveyLayout title={title} language={language} words={words} switchHref={switchHref}>
      <h1>{title}</h1>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
    </SurveyLayout>
  );
}
