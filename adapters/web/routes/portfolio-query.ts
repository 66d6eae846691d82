import { z } from "zod";
import { ORGANIZATION_KINDS, ALL_PARTNERSHIP_STATUSES, PORTFOLIO_SORTS, PROGRAM_MODELS, type PortfolioQuery } from "../../../src/ports/dashboard.js";

// An empty select ("any") arrives as ""; anything not in a list is ignored rather than refused, so
// an old bookmark still opens the portfolio.
const optional = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

export const PortfolioQuerySchema = z.object({
  status: optional(ALL_PARTNERSHIP_STATUSES),
  health: optional(["on-track", "at-risk", "off-track"] as const),
  model: optional(PROGRAM_MODELS),
  kind: optional(ORGANIZATION_KINDS),
  mine: z.literal("1").optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
  sort: optional(PORTFOLIO_SORTS),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type PortfolioQueryParams = z.infer<typeof PortfolioQuerySchema>;

/** The page's GET parameters as the core's query. */
export function readPortfolioQuery(params: Record<string, string>): { params: PortfolioQueryParams; query: PortfolioQuery } {
  const parsed = PortfolioQuerySchema.parse(params);
  const search = parsed.q?.trim();
  return {
    params: parsed,
    query: {
      status: parsed.status,
      health: parsed.health,
      programModel: parsed.model,
      partnerKind: parsed.kind,
      mine: parsed.mine === "1",
      search: search === "" ? undefined : search,
      sort: parsed.sort,
      page: parsed.page,
    },
  };
}

/** The same parameters with some changed, as a query string ("?status=active&page=2"). */
export function portfolioHref(params: PortfolioQueryParams, changes: Partial<Record<keyof PortfolioQueryParams, string | undefined>>, path = "/"): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...changes })) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text === "" ? path : `${path}?${text}`;
}
