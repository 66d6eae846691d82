import { formatNumber } from "../format-number.js";

/** "45%" or "no rounds": a response rate for people to read. */
export function formatRate(rate: number | null): string {
  return rate === null ? "no rounds" : `${Math.round(rate * 100)}%`;
}

/** "31 students", or "no reading" for a metric without one. */
export function formatReading(value: number | null, unit: string): string {
  return value === null ? "no reading" : unit === "" ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}

/** "6 answers, average 3.5 of 5", "4 answers: All working 3, Parts missing 1", "2 answers": a question's figures in the report. */
export function describeReportQuestion(question: { kind: string; answers: number; average: number | null; choices: readonly { option: string; count: number }[] }): string {
  const count = `${question.answers} ${question.answers === 1 ? "answer" : "answers"}`;
  if (question.average !== null) return `${count}, average ${formatNumber(question.average)}${question.kind === "scale" ? " of 5" : ""}`;
  const picked = question.choices.filter((choice) => choice.count > 0);
  return picked.length === 0 ? count : `${count}: ${picked.map((choice) => `${choice.option} ${choice.count}`).join(", ")}`;
}

/** "Enrollment (retired 2026-11-02)": a metric's name in the report, marked when it is no longer in use. */
export function outcomeLabel(outcome: { metric: string; retiredOn: string | null }): string {
  return outcome.retiredOn === null ? outcome.metric : `${outcome.metric} (retired ${outcome.retiredOn})`;
}
