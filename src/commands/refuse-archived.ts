import { ARCHIVED } from "../domain/vocabulary.js";
import { UserError } from "../errors.js";
import type { PartnershipRecord } from "../store/partnerships-repository.js";

/** An archived partnership takes no check-ins or readings: say so, and how to bring it back. */
export function refuseArchived(partnership: PartnershipRecord, what: string): void {
  if (partnership.status !== ARCHIVED) return;
  throw new UserError("conflict", `${partnership.handle} is archived, so it takes no ${what}; nothing was saved. Bring it back first with /partner unarchive ${partnership.handle}.`);
}
