import type { NameMiss } from "../../domain/get-by-name.js";
import { UserError } from "../../errors.js";
import type { PartnerRecord } from "../../store/partners-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";

/** What liaison commands answer when the organisation typed names no one partner of the partnership. */
export function explainMissingPartner(partnership: PartnershipRecord): (miss: NameMiss<PartnerRecord>) => UserError {
  return ({ typed, ambiguous, suggestions }) => {
    if (suggestions.length === 0) {
      return new UserError("not-found", `${partnership.handle} has no partner organisations yet. Add one first: /partner partner add ${partnership.handle} <kind> <organization>`);
    }
    const names = suggestions.map((partner) => `"${partner.organizationName}"`);
    const problem = ambiguous.length > 0 ? `"${typed}" matches more than one partner of ${partnership.handle}` : `"${typed}" is not a partner of ${partnership.handle}`;
    return new UserError("not-found", `${problem}. Use one of: ${names.join(", ")} (in quotes), or add it with /partner partner add.`);
  };
}
