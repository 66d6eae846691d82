import type { MilestoneRecord } from "../../store/milestones-repository.js";
import { getNumbered } from "../get-numbered.js";

/**
 * The milestone a user named: its number in `milestone list` (milestones are numbered by due date),
 * its exact title, or the one title that contains the words.
 */
export function getMilestone(milestones: readonly MilestoneRecord[], reference: string, handle: string): MilestoneRecord {
  return getNumbered(milestones, reference, (milestone) => milestone.title, { noun: "milestone", handle, list: `milestone list ${handle}` });
}
