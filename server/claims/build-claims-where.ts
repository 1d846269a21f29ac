import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";

/** Turns a parsed query into a Prisma where: OR within a parameter, AND across parameters. */
export function buildClaimsWhere(query: Omit<ClaimsQuery, "sort" | "page" | "pageSize">): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (query.subtype.length) and.push({ subtypes: { hasSome: query.subtype } });
  if (query.route.length) and.push({ routes: { hasSome: query.route } });
  if (query.drug.length) and.push({ drugs: { hasSome: query.drug } });
  if (query.design.length) and.push({ designs: { hasSome: query.design } });
  if (query.category.length) and.push({ category: { in: query.category } });
  if (query.level.length) and.push({ level: { in: query.level } });
  if (query.direction.length) and.push({ direction: { in: query.direction } });
  if (query.source) and.push({ sources: { some: { sourceId: query.source } } });
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({
      OR: [
        { statement: contains },
        { outcome: contains },
        { comparator: contains },
        { aeLabel: contains },
        { doseAsStudied: contains },
        { sortCitation: contains },
        { id: contains },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

export function buildClaimsOrderBy(sort: ClaimsQuery["sort"]): Prisma.ClaimOrderByWithRelationInput[] {
  const dir = sort.desc ? "desc" : "asc";
  const byKey: Record<ClaimsQuery["sort"]["key"], Prisma.ClaimOrderByWithRelationInput[]> = {
    level: [{ level: dir }, { category: "asc" }],
    year: [{ sortCitation: dir }],
    timepoint: [{ timepointHours: { sort: dir, nulls: "last" } }],
    category: [{ category: dir }, { level: "asc" }],
    citation: [{ sortCitation: dir }],
    id: [],
  };
  // The id last makes every order total, so pages never overlap or skip rows.
  return [...byKey[sort.key], { id: sort.key === "id" ? dir : "asc" }];
}
