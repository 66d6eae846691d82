// Slack and phones turn straight quotes into curly ones; accept both so "quoted text" stays one word.
const QUOTES: Record<string, string> = { '"': '"', "'": "'", "“": "”", "‘": "’", "«": "»" };

/** Splits a command line into words, keeping quoted phrases together. */
export function tokenizeCommandLine(line: string): string[] {
  const words: string[] = [];
  let current = "";
  let inWord = false;
  let closing: string | undefined;
  for (const character of line) {
    if (closing !== undefined) {
      if (character === closing || (closing === "”" && character === '"')) closing = undefined;
      else current += character;
      continue;
    }
    const close = QUOTES[character];
    if (close !== undefined && (!inWord || current === "")) {
      closing = close;
      inWord = true;
    } else if (/\s/.test(character)) {
      if (inWord) words.push(current);
      current = "";
      inWord = false;
    } else {
      current += character;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}
