/** The answer page's additions to the one stylesheet: large touch targets, errors in red beside the field. */
export const SURVEY_STYLESHEET = `
.survey-main { max-width: 40rem; }
.survey-language { max-width: 40rem; margin: 0 auto; padding: 0.5rem 1rem 0; text-align: right; }
.survey-caption { color: #505a5f; margin-bottom: 0.25rem; }
.privacy-notice { border-left: 5px solid #1d70b8; background: #f3f8fc; padding: 0.25rem 1rem; margin: 0 0 1.5rem; }
.privacy-notice h2 { margin-top: 0.5rem; font-size: 1.15rem; }
.field { margin: 0 0 1.75rem; }
.field-with-error { border-left: 5px solid #d4351c; padding-left: 0.75rem; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend, .field-label { display: block; font-weight: 700; font-size: 1.1rem; margin: 0 0 0.4rem; }
.field-hint { color: #505a5f; margin: 0 0 0.4rem; }
.field-error { color: #d4351c; font-weight: 700; margin: 0 0 0.4rem; }
.radios { display: flex; flex-direction: column; gap: 0.5rem; }
.radios-inline { flex-direction: row; flex-wrap: wrap; }
.radio { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; }
.radio input { width: 1.75rem; height: 1.75rem; margin: 0; }
.radio label { padding: 0.25rem 0.75rem 0.25rem 0; cursor: pointer; }
textarea { font: inherit; width: 100%; padding: 0.4rem; border: 2px solid #0b0c0c; }
.field input[type="text"] { width: 100%; max-width: 12rem; }
.field-with-error input[type="text"], .field-with-error textarea { border-color: #d4351c; }
.error-summary { border: 5px solid #d4351c; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
.error-summary h2 { margin-top: 0; }
.error-summary a { color: #d4351c; font-weight: 700; }
textarea:focus-visible, .error-summary:focus { outline: 3px solid #fd0; outline-offset: 0; }
.survey-extra { display: none; }
`;
