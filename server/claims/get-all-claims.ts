import "server-only";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { claimInclude, toClaimDto } from "./claim-dto";

/** Every claim matching `where`, with sources, in a stable order (for comparisons and exports). */
export async function getAllClaims(prisma: PrismaClient, where: Prisma.ClaimWhereInput, orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ level: "asc" }, { id: "asc" }]) {
  const rows = await prisma.claim.findMany({ where, orderBy, include: claimInclude });
  return rows.map(toClaimDto);
}
