// C0 controls and DEL other than tab and newline. PostgreSQL refuses NUL in text (SQLite stores it),
// and the rest only garble chat and CSV, so free text from users never keeps them.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** The text without control characters; a carriage return (Windows or old Mac line ends) becomes a newline. */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS, "");
}

/** Each value of a record of user-given strings, stripped. */
export function stripControlCharactersOf(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [stripControlCharacters(key), typeof value === "string" ? stripControlCharacters(value) : value]));
}
