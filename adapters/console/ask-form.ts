import type { Form, FormField } from "../../src/ui/reply.js";

/** Reads one line; undefined at end of input. */
export type ReadLine = (prompt: string) => Promise<string | undefined>;

function describeField(field: FormField): string {
  const optional = field.required ? "" : " (optional, Enter to skip)";
  if (field.kind === "choice" && field.options) {
    const options = field.options.map((option, index) => `${index + 1}) ${option.label}`).join("  ");
    return `${field.label}${optional}\n  ${options}\n> `;
  }
  if (field.kind === "scale") return `${field.label} (1-5)${optional}\n> `;
  const hint = field.placeholder ? ` [${field.placeholder}]` : "";
  return `${field.label}${hint}${optional}\n> `;
}

/** Asks a form question by question; undefined if input ends before the form is complete. */
export async function askForm(form: Form, readLine: ReadLine, write: (text: string) => void): Promise<Record<string, string> | undefined> {
  write(`== ${form.title} ==\n`);
  const values: Record<string, string> = {};
  for (const field of form.fields) {
    const answer = await readLine(describeField(field));
    if (answer === undefined) return undefined;
    const trimmed = answer.trim();
    const value = trimmed === "" && field.initial !== undefined ? field.initial : trimmed;
    if (value === "") continue;
    // A choice goes as typed (its number, value or label): the core decides which option it names.
    values[field.id] = value;
  }
  return values;
}
