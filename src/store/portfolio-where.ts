import { Prisma } from "../generated/sqlite/client.js";
import type { Workspace } from "./partnerships-repository.js";

/** Which of a workspace's visible partnerships a portfolio shows; every part is optional. */
export interface PortfolioFilter {
  workspace: Workspace;
  status?: string;
  programModel?: string;
  partnerKind?: string;
  /** Only partnerships this person is a liaison of ("mine"). */
  liaisonPersonId?: number;
  /** Part of the handle or the name, ignoring case. */
  search?: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The filter as a condition on `Partnership p`: visible as in chat (the workspace's own, plus those
 * linked into it), then each filter given. LOWER(...) LIKE works the same on SQLite and PostgreSQL.
 */
export function portfolioWhere(filter: PortfolioFilter): Prisma.Sql {
  const { platform, workspaceId } = filter.workspace;
  const conditions = [
    Prisma.sql`((p."platform" = ${platform} AND p."workspaceId" = ${workspaceId})
      OR p."id" IN (SELECT l."partnershipId" FROM "ChannelLink" l WHERE l."platform" = ${platform} AND l."workspaceId" = ${workspaceId}))`,
  ];
  if (filter.status !== undefined) conditions.push(Prisma.sql`p."status" = ${filter.status}`);
  if (filter.programModel !== undefined) conditions.push(Prisma.sql`(',' || p."programModels" || ',') LIKE ${`%,${escapeLike(filter.programModel)},%`} ESCAPE '\\'`);
  if (filter.partnerKind !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Partner" pa JOIN "Organization" o ON o."id" = pa."organizationId" WHERE pa."partnershipId" = p."id" AND o."kind" = ${filter.partnerKind})`);
  }
  if (filter.liaisonPersonId !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Partner" pa JOIN "Liaison" li ON li."partnerId" = pa."id" WHERE pa."partnershipId" = p."id" AND li."personId" = ${filter.liaisonPersonId})`);
  }
  if (filter.search !== undefined && filter.search.trim() !== "") {
    const pattern = `%${escapeLike(filter.search.trim().toLowerCase())}%`;
    conditions.push(Prisma.sql`(LOWER(p."handle") LIKE ${pattern} ESCAPE '\\' OR LOWER(p."name") LIKE ${pattern} ESCAPE '\\')`);
  }
  return Prisma.join(conditions, " AND ");
}
