import { z } from "zod";

// The product's closed vocabularies, from the seed documents. Stored as strings (see prisma/models.prisma).

export const ORGANIZATION_KINDS = ["school", "district", "business", "nonprofit", "university", "community", "museum", "other"] as const;
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS, { message: `expected one of ${ORGANIZATION_KINDS.join(", ")}` });
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

/**
 * A partnership's lifecycle. Only "active" ones get check-ins ("paused" is what `pause` without
 * dates sets). A partnership starts in one of these (`new --status`) and moves between them (`edit`).
 */
export const PARTNERSHIP_STATUSES = ["proposed", "active", "paused", "completed"] as const;
export const PartnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES);
export type PartnershipStatus = z.infer<typeof PartnershipStatusSchema>;
/** `archive` puts one away: out of `list`, the portfolio and Home, no check-ins, its history kept. */
export const ARCHIVED = "archived";
/** Every status a partnership can have, for filters (`list --status archived`). */
export const ALL_PARTNERSHIP_STATUSES = [...PARTNERSHIP_STATUSES, ARCHIVED] as const;
export const AnyPartnershipStatusSchema = z.enum(ALL_PARTNERSHIP_STATUSES);

export const PROGRAM_MODELS = [
  "mentorship",
  "curriculum",
  "internships",
  "research",
  "after-school",
  "professional-development",
  "funding",
] as const;
export const ProgramModelSchema = z.enum(PROGRAM_MODELS, { message: `expected one of ${PROGRAM_MODELS.join(", ")}` });
export type ProgramModel = z.infer<typeof ProgramModelSchema>;

export const ASSET_KINDS = ["funding", "equipment", "mentors", "space", "expertise", "software", "other"] as const;
export const AssetKindSchema = z.enum(ASSET_KINDS, { message: `expected one of ${ASSET_KINDS.join(", ")}` });
export type AssetKind = z.infer<typeof AssetKindSchema>;

export const CHECK_IN_STATUSES = ["on-track", "at-risk", "off-track"] as const;
export const CheckInStatusSchema = z.enum(CHECK_IN_STATUSES, { message: `expected one of ${CHECK_IN_STATUSES.join(", ")}` });
export type CheckInStatus = z.infer<typeof CheckInStatusSchema>;

export const METRIC_DIRECTIONS = ["increase", "decrease"] as const;
export const MetricDirectionSchema = z.enum(METRIC_DIRECTIONS, { message: "expected increase or decrease" });
export type MetricDirection = z.infer<typeof MetricDirectionSchema>;

export const CADENCES = ["weekly", "biweekly", "monthly"] as const;
export const CadenceSchema = z.enum(CADENCES, { message: `expected one of ${CADENCES.join(", ")}` });
export type Cadence = z.infer<typeof CadenceSchema>;

export const LINK_PURPOSES = ["updates", "reflections"] as const;
export const LinkPurposeSchema = z.enum(LINK_PURPOSES, { message: `expected one of ${LINK_PURPOSES.join(", ")}` });
export type LinkPurpose = z.infer<typeof LinkPurposeSchema>;

export const SURVEY_QUESTION_KINDS = ["scale", "choice", "number", "text"] as const;
export const SurveyQuestionKindSchema = z.enum(SURVEY_QUESTION_KINDS);
export type SurveyQuestionKind = z.infer<typeof SurveyQuestionKindSchema>;

export const HEALTHS = ["on-track", "at-risk", "off-track"] as const;
export type Health = (typeof HEALTHS)[number];

export function labelOf(value: string): string {
  return value.replace(/-/g, " ");
}
