import type { CharterRecord } from "../../store/charters-repository.js";
import type { PartnerRecord } from "../../store/partners-repository.js";

export interface RatificationSummary {
  ratified: { displayName: string; organizationName: string; ratifiedAt: Date }[];
  missing: { displayName: string; organizationName: string }[];
}

/** Which current liaisons have ratified this charter version and who is still missing. */
export function summarizeRatifications(charter: CharterRecord, partners: readonly PartnerRecord[]): RatificationSummary {
  const ratifiedAt = new Map(charter.ratifications.map((ratification) => [ratification.personId, ratification.ratifiedAt]));
  const summary: RatificationSummary = { ratified: [], missing: [] };
  for (const partner of partners) {
    for (const liaison of partner.liaisons) {
      const at = ratifiedAt.get(liaison.personId);
      if (at === undefined) summary.missing.push({ displayName: liaison.displayName, organizationName: partner.organizationName });
      else summary.ratified.push({ displayName: liaison.displayName, organizationName: partner.organizationName, ratifiedAt: at });
    }
  }
  return summary;
}
