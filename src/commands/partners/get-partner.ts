import { UserError } from "../../errors.js";
import type { PartnerRecord } from "../../store/partners-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";

/**
 * The partner organisation a user names: the full name ignoring case, or a part of it that only one
 * partner's name contains ("Ridgeline" for "Ridgeline Engineering").
 */
export function getPartner(partners: readonly PartnerRecord[], name: string, partnership: PartnershipRecord): PartnerRecord {
  const wanted = name.trim().toLowerCase();
  const exact = partners.find((partner) => partner.organizationName.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const containing = partners.filter((partner) => partner.organizationName.toLowerCase().includes(wanted));
  if (containing.length === 1) return containing[0]!;
  const names = (containing.length > 1 ? containing : partners).map((partner) => `"${partner.organizationName}"`);
  if (names.length === 0) {
    throw new UserError("not-found", `${partnership.handle} has no partner organisations yet. Add one first: /partner partner add ${partnership.handle} <kind> <organization>`);
  }
  const problem = containing.length > 1 ? `"${name}" matches more than one partner of ${partnership.handle}` : `"${name}" is not a partner of ${partnership.handle}`;
  throw new UserError("not-found", `${problem}. Use one of: ${names.join(", ")} (in quotes), or add it with /partner partner add.`);
}
