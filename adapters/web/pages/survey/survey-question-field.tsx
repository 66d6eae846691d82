import type { SurveyLinkQuestion } from "../../../../src/ports/survey-links.js";
import type { SurveyWords } from "./survey-words.js";

export interface SurveyQuestionFieldProps {
  question: SurveyLinkQuestion;
  value: string;
  error?: string;
  words: SurveyWords;
}

function ErrorMessage({ id, error, words }: { id: string; error?: string; words: SurveyWords }) {
  if (error === undefined) return null;
  return (
    <p id={id} class="field-error">
      <span class="visually-hidden">{words.errorPrefix} </span>
      {error}
    </p>
  );
}

/** One question: radios in a fieldset for scale and choice, an input or a text area otherwise; the error beside it. */
export function SurveyQuestionField({ question, value, error, words }: SurveyQuestionFieldProps) {
  const id = question.fieldId;
  const errorId = `${id}-error`;
  const describedBy = error === undefined ? undefined : errorId;
  const group = error === undefined ? "field" : "field field-with-error";
  const label = question.required ? question.prompt : `${question.prompt} ${words.optional}`;
  if (question.kind === "scale" || question.kind === "choice") {
    const options = question.kind === "scale" ? ["1", "2", "3", "4", "5"] : question.options;
    return (
      <div class={group}>
        <fieldset aria-describedby={describedBy}>
          <legend>{label}</legend>
          {question.kind === "scale" && <p class="field-hint">{`1 = ${words.scaleLow}, 5 = ${words.scaleHigh}`}</p>}
          <ErrorMessage id={errorId} error={error} words={words} />
          <div class={question.kind === "scale" ? "radios radios-inline" : "radios"}>
            {options.map((option, index) => (
              <div class="radio">
                <input type="radio" id={index === 0 ? id : `${id}-${index + 1}`} name={id} value={option} checked={value === option} required={question.required} />
                <label for={index === 0 ? id : `${id}-${index + 1}`}>{option}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }
  return (
    <div class={group}>
      <label for={id} class="field-label">{label}</label>
      {question.kind === "number" && <p class="field-hint" id={`${id}-hint`}>{words.numberHint}</p>}
      <ErrorMessage id={errorId} error={error} words={words} />
      {question.kind === "number" ? (
        <input type="text" inputmode="decimal" id={id} name={id} value={value} maxlength={40} autocomplete="off" aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(" ")} aria-invalid={error === undefined ? undefined : "true"} />
      ) : (
        <textarea id={id} name={id} rows={5} maxlength={3000} aria-describedby={describedBy} aria-invalid={error === undefined ? undefined : "true"}>{value}</textarea>
      )}
    </div>
  );
}
