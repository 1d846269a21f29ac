import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { buildSourcesWhere } from "../claims/build-claims-where";

/** The sources behind the claims that match a claims query, most recent first. */
export async function getSources(prisma: PrismaClient, query: ClaimsQuery) {
  const where = buildSourcesWhere(query);
  const [rows, total] = await Promise.all([
    prisma.source.findMany({
      where,
      orderBy: [{ year: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { _count: { select: { claims: true } } },
    }),
    prisma.source.count({ where }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    data: rows.map(({ _count, readAt: _readAt, ...s }) => ({ ...s, claimCount: _count.claims })),
  };
}
