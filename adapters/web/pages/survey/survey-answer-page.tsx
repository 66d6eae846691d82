import type { SurveyLinkPage } from "../../../../src/ports/survey-links.js";
import { SurveyLayout } from "./survey-layout.js";
import { SurveyQuestionField } from "./survey-question-field.js";
import type { SurveyLanguage, SurveyWords } from "./survey-words.js";

export interface SurveyAnswerPageProps {
  page: SurveyLinkPage;
  action: string;
  switchHref: string;
  formToken: string;
  language: SurveyLanguage;
  words: SurveyWords;
  values?: Record<string, string>;
  /** Per field id, the message to show beside it (and in the summary). */
  errors?: Record<string, string>;
  /** A message about the whole form (too fast, too many at once). */
  notice?: string;
}

/**
 * The whole survey on one page (GOV.UK's question pages, for a form filled in once): an error
 * summary that links to each field, the message beside the field, answers kept on a return.
 */
export function SurveyAnswerPage({ page, action, switchHref, formToken, language, words, values = {}, errors = {}, notice }: SurveyAnswerPageProps) {
  const problems = page.questions.filter((question) => errors[question.fieldId] !== undefined);
  const title = problems.length > 0 ? `${words.errorPrefix} ${page.title}` : page.title;
  return (
    <SurveyLayout title={title} language={language} words={words} switchHref={switchHref}>
      {problems.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
          <h2 id="error-summary-title">{words.errorSummary}</h2>
          <ul>
            {problems.map((question) => (
              <li>
                <a href={`#${question.fieldId}`}>{`${question.prompt}: ${errors[question.fieldId]}`}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice !== undefined && (
        <div class="notice" role="status">
          <p>{notice}</p>
        </div>
      )}
      <p class="survey-caption">{page.label === "" ? words.from(page.partnershipName) : `${words.from(page.partnershipName)} · ${page.label}`}</p>
      <h1>{page.title}</h1>
      <section class="privacy-notice" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{words.privacyHeading}</h2>
        {words.privacy.map((line) => (
          <p>{line}</p>
        ))}
      </section>
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_form" value={formToken} />
        <p>{words.requiredNote}</p>
        {page.questions.map((question) => (
          <SurveyQuestionField question={question} value={values[question.fieldId] ?? ""} error={errors[question.fieldId]} words={words} />
        ))}
        {/* A field people never see: simple bots fill in every input. */}
        <div class="survey-extra">
          <label for="website">Website</label>
          <input type="text" id="website" name="website" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit">{words.submit}</button>
      </form>
    </SurveyLayout>
  );
}
