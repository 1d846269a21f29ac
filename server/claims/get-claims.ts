import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { toClaimDto } from "./claim-dto";
import { claimIdPage, countClaims, loadClaims } from "./load-claims";

export async function getClaims(prisma: PrismaClient, query: ClaimsQuery) {
  const [ids, total] = await Promise.all([claimIdPage(prisma, query, query.sort, query.pageSize, (query.page - 1) * query.pageSize), countClaims(prisma, query)]);
  const rows = await loadClaims(prisma, ids);
  return { total, page: query.page, pageSize: query.pageSize, data: rows.map(toClaimDto) };
}
