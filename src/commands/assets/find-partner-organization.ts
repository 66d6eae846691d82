import { UserError } from "../../errors.js";

export interface PartnerOrganization {
  partnerId: number;
  organization: string;
}

/** The partner whose organisation the user named: the exact name, or the one name that contains it. */
export function findPartnerOrganization(partners: readonly PartnerOrganization[], named: string, handle: string): PartnerOrganization {
  const wanted = named.trim().toLowerCase();
  const exact = partners.find((partner) => partner.organization.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const containing = partners.filter((partner) => partner.organization.toLowerCase().includes(wanted));
  if (containing.length === 1) return containing[0]!;
  if (partners.length === 0) {
    throw new UserError("not-found", `${handle} has no partners yet. Add one first with \`/partner partner add ${handle} <kind> "<organisation>"\`.`);
  }
  const names = (containing.length > 1 ? containing : partners).map((partner) => `"${partner.organization}"`).join(", ");
  const problem = containing.length > 1 ? `"${named}" could be more than one partner` : `"${named}" is not a partner of ${handle}`;
  throw new UserError("not-found", `${problem}. Name one of: ${names}.`);
}
