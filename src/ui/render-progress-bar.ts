/** A plain-text progress bar such as "▓▓▓▓▓▓░░░░ 60%", readable on every platform and in a terminal. */
export function renderProgressBar(ratio: number, width = 10): string {
  const clamped = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0;
  const filled = Math.round(clamped * width);
  return `${"▓".repeat(filled)}${"░".repeat(width - filled)} ${Math.round(clamped * 100)}%`;
}
