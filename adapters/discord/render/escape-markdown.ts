/**
 * Makes the core's plain text show as typed in Discord: markdown characters are escaped, except
 * inside `code spans`, which the core uses for commands to type, and inside web addresses (a
 * backslash before the "_" of a sign-in link would break the link). (discord.js's escapeMarkdown takes
 * close to a second on a few thousand characters, too slow to answer an interaction.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]+`|https?:\/\/[^\s<>()]+)/)
    .map((part, index) => (index % 2 === 1 ? part : escapePlain(part)))
    .join("");
}

function escapePlain(text: string): string {
  return text
    .replace(/[\\*_~|[\]]/g, "\\$&")
    .replace(/^(\s*)([#>+-])(?=\s)/gm, "$1\\$2")
    .replace(/^(\s*\d+)\.(?=\s)/gm, "$1\\.");
}
