import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { countSources, loadSourcesPage } from "../claims/load-claims";

/** The sources behind the claims that match a claims query, most recent first. */
export async function getSources(prisma: PrismaClient, query: ClaimsQuery) {
  const [ids, total] = await Promise.all([loadSourcesPage(prisma, query, "recent", query.pageSize, (query.page - 1) * query.pageSize), countSources(prisma, query)]);
  const rows = await prisma.source.findMany({ where: { id: { in: ids } }, include: { _count: { select: { claims: true } } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    data: ids
      .map((id) => byId.get(id)!)
      .map(({ _count, readAt: _readAt, ...s }) => ({ ...s, claimCount: _count.claims })),
  };
}
