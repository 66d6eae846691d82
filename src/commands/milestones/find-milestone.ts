import { UserError } from "../../errors.js";
import type { MilestoneRecord } from "../../store/milestones-repository.js";

/**
 * The milestone a user named: its number in `milestone list` (milestones are numbered by due date),
 * its exact title, or the one title that contains the words.
 */
export function findMilestone(milestones: readonly MilestoneRecord[], reference: string, handle: string): MilestoneRecord {
  const wanted = reference.trim().replace(/^#/, "");
  if (/^\d+$/.test(wanted)) {
    const milestone = milestones[Number(wanted) - 1];
    if (milestone !== undefined) return milestone;
    throw new UserError("not-found", `${handle} has no milestone #${wanted}. Type /partner milestone list ${handle} to see the numbers.`);
  }
  const lower = wanted.toLowerCase();
  const exact = milestones.filter((milestone) => milestone.title.toLowerCase() === lower);
  const matches = exact.length > 0 ? exact : milestones.filter((milestone) => milestone.title.toLowerCase().includes(lower));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new UserError("not-found", `No milestone of ${handle} matches "${reference}". Type /partner milestone list ${handle} and use its number.`);
  }
  const candidates = matches.map((milestone) => `#${milestones.indexOf(milestone) + 1} ${milestone.title}`).join(", ");
  throw new UserError("bad-arguments", `"${reference}" matches more than one milestone: ${candidates}. Use its number.`);
}
