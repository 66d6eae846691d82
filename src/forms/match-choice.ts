export interface ChoiceOption {
  value: string;
  label: string;
}

const simplify = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The option an answer names: its value, its number in the list (1 for the first) or its label,
 * ignoring case, spaces and punctuation ("On track", "on-track", "1"); null when it names none.
 * Every adapter sends what the person typed or picked; the core decides here.
 */
export function matchChoice(options: readonly ChoiceOption[], answer: string): ChoiceOption | null {
  const trimmed = answer.trim();
  const wanted = simplify(trimmed);
  if (wanted === "") return null;
  const byValue = options.find((option) => simplify(option.value) === wanted);
  if (byValue !== undefined) return byValue;
  // A number names an option by position, unless an option is that number itself (matched above).
  if (/^\d{1,3}$/.test(trimmed)) {
    const index = Number(trimmed);
    if (index >= 1 && index <= options.length) return options[index - 1]!;
  }
  return options.find((option) => simplify(option.label) === wanted) ?? null;
}
