import type { Form } from "../../../src/ui/reply.js";

const simplify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * Typed answers to choice fields become the option's value when they name an option by its value
 * or label ("On track", "on track", "on-track"); anything else goes to the core as typed, which
 * says what is wrong with it.
 */
export function normalizeFormValues(form: Form | null, values: Record<string, string>): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const [id, raw] of Object.entries(values)) {
    const value = raw.trim();
    const field = form?.fields.find((candidate) => candidate.id === id);
    const option = field?.kind === "choice" ? field.options?.find((candidate) => simplify(candidate.value) === simplify(value) || simplify(candidate.label) === simplify(value)) : undefined;
    normalized[id] = option?.value ?? value;
  }
  return normalized;
}
