import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import { claimInclude, toClaimDto } from "./claim-dto";

export async function getClaim(prisma: PrismaClient, id: string) {
  const row = await prisma.claim.findUnique({ where: { id }, include: claimInclude });
  return row ? toClaimDto(row) : null;
}
