import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import { claimInclude, toClaimDto } from "../claims/claim-dto";

export async function getSource(prisma: PrismaClient, id: string) {
  const source = await prisma.source.findUnique({ where: { id } });
  if (!source) return null;
  const claims = await prisma.claim.findMany({
    where: { sources: { some: { sourceId: id } } },
    orderBy: [{ category: "asc" }, { id: "asc" }],
    include: claimInclude,
  });
  return { ...source, claims: claims.map(toClaimDto) };
}
