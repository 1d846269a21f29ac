import "server-only";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";

import { claimInclude, toClaimDto, type ClaimDto, type ClaimWithSources } from "./claim-dto";
import { claimsOrderSql, claimsWhereSql, sourcesWhereSql, type SqlFilters as ClaimFilters } from "./claims-sql";

/** Claims loaded with their sources per statement: one page, or one batch of a view or an export. */
export const LOAD_BATCH = 500;

type Db = Pick<PrismaClient, "$queryRaw" | "claim" | "source">;

export async function countClaims(prisma: Db, filters: ClaimFilters): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "claim" c ${claimsWhereSql(filters)}`;
  return n;
}

/** The ids of one page of matching claims, in order (SQL: search, filters and order in the database). */
export async function claimIdPage(prisma: Db, filters: ClaimFilters, sort: ClaimsQuery["sort"], limit: number, offset: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "claim" c ${claimsWhereSql(filters)} ${claimsOrderSql(sort, filters.q)} LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => r.id);
}

/** Claims with their sources for at most LOAD_BATCH ids, in the order of the ids. */
export async function loadClaims(prisma: Db, ids: string[]): Promise<ClaimWithSources[]> {
  if (ids.length > LOAD_BATCH) throw new Error(`loadClaims: ${ids.length} ids, at most ${LOAD_BATCH} per statement`);
  if (ids.length === 0) return [];
  const rows = await prisma.claim.findMany({ where: { id: { in: ids } }, include: claimInclude });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ClaimWithSources => r !== undefined);
}

/**
 * Every matching claim in order, LOAD_BATCH at a time (views and exports): memory per batch, bounded parameters.
 * In id order the batches follow the id (keyset), so each costs the same however deep it is. In any other order
 * the ordered ids are read once (one column, a few MB at 100,000 claims) and the claims loaded a batch at a time;
 * paging with OFFSET would sort the whole match again for every batch.
 */
export async function* claimsInBatches(prisma: Db, filters: ClaimFilters, sort: ClaimsQuery["sort"]): AsyncGenerator<ClaimDto> {
  if (sort.key === "id" && !sort.desc) {
    let after: string | undefined;
    for (;;) {
      const ids = await claimIdsAfter(prisma, filters, after, LOAD_BATCH);
      for (const row of await loadClaims(prisma, ids)) yield toClaimDto(row);
      if (ids.length < LOAD_BATCH) return;
      after = ids[ids.length - 1];
    }
  }
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "claim" c ${claimsWhereSql(filters)} ${claimsOrderSql(sort, filters.q)}`;
  for (let i = 0; i < rows.length; i += LOAD_BATCH) {
    const ids = rows.slice(i, i + LOAD_BATCH).map((r) => r.id);
    for (const row of await loadClaims(prisma, ids)) yield toClaimDto(row);
  }
}

async function claimIdsAfter(prisma: Db, filters: ClaimFilters, after: string | undefined, limit: number): Promise<string[]> {
  const where = claimsWhereSql(filters);
  const next = after === undefined ? Prisma.empty : Prisma.sql`${where === Prisma.empty ? Prisma.sql`WHERE` : Prisma.sql`AND`} c."id" > ${after}`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "claim" c ${where} ${next} ORDER BY c."id" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** Sources behind the matching claims: their count, and one ordered page of them (at most LOAD_BATCH). */
export async function countSources(prisma: Db, filters: ClaimFilters): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "source" s ${sourcesWhereSql(filters)}`;
  return n;
}

export async function loadSourcesPage(prisma: Db, filters: ClaimFilters, order: "recent" | "author", limit: number, offset: number) {
  if (limit > LOAD_BATCH) throw new Error(`loadSourcesPage: at most ${LOAD_BATCH} per statement`);
  const orderBy = order === "recent" ? Prisma.sql`ORDER BY s."year" DESC, s."id" ASC` : Prisma.sql`ORDER BY s."first_author" ASC, s."year" ASC, s."id" ASC`;
  const ids = (await prisma.$queryRaw<{ id: string }[]>`SELECT s."id" FROM "source" s ${sourcesWhereSql(filters)} ${orderBy} LIMIT ${limit} OFFSET ${offset}`).map((r) => r.id);
  return ids;
}
