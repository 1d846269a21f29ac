import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { buildClaimsOrderBy, buildClaimsWhere } from "./build-claims-where";
import { claimInclude, toClaimDto } from "./claim-dto";

export async function getClaims(prisma: PrismaClient, query: ClaimsQuery) {
  const where = buildClaimsWhere(query);
  const [rows, total] = await Promise.all([
    prisma.claim.findMany({
      where,
      orderBy: buildClaimsOrderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: claimInclude,
    }),
    prisma.claim.count({ where }),
  ]);
  return { total, page: query.page, pageSize: query.pageSize, data: rows.map(toClaimDto) };
}
