import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { ClaimsQuery, ListFilter } from "../../lib/schemas/claims-query";

export type ClaimFilters = Partial<Pick<ClaimsQuery, ListFilter | "q" | "source">>;

/**
 * Turns filters into a Prisma where: OR within a parameter, AND across parameters. The explorer,
 * the comparison views and the exports all filter claims through this one function.
 */
export function buildClaimsWhere(query: ClaimFilters): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (query.subtype?.length) and.push({ subtypes: { hasSome: query.subtype } });
  if (query.route?.length) and.push({ routes: { hasSome: query.route } });
  if (query.drug?.length) and.push({ drugs: { hasSome: query.drug } });
  if (query.design?.length) and.push({ designs: { hasSome: query.design } });
  if (query.category?.length) and.push({ category: { in: query.category } });
  if (query.level?.length) and.push({ level: { in: query.level } });
  if (query.direction?.length) and.push({ direction: { in: query.direction } });
  if (query.base?.length) and.push({ evidenceBase: { in: query.base } });
  if (query.certainty?.length) {
    const rated = query.certainty.filter((c) => c !== "not-assessed");
    const or: Prisma.ClaimWhereInput[] = [];
    if (rated.length) or.push({ certainty: { in: rated } });
    if (rated.length < query.certainty.length) or.push({ certainty: null });
    and.push(or.length === 1 ? or[0] : { OR: or });
  }
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
    // Efficacy, suicidality and harms before background; within each, higher certainty and larger samples first.
    relevance: [{ relevanceRank: dir }, { certaintyRank: "desc" }, { sampleSize: { sort: "desc", nulls: "last" } }],
    level: [{ level: dir }, { category: "asc" }],
    // Highest certainty first (ascending = high to not assessed), then the larger sample.
    certainty: [{ certaintyRank: sort.desc ? "asc" : "desc" }, { sampleSize: { sort: "desc", nulls: "last" } }],
    year: [{ sortCitation: dir }],
    timepoint: [{ timepointHours: { sort: dir, nulls: "last" } }],
    category: [{ category: dir }, { level: "asc" }],
    citation: [{ sortCitation: dir }],
    id: [],
  };
  // The id last makes every order total, so pages never overlap or skip rows.
  return [...byKey[sort.key], { id: sort.key === "id" ? dir : "asc" }];
}

/** The sources cited by at least one claim matching the filters (all sources when there is no filter). */
export function buildSourcesWhere(filters: ClaimFilters): Prisma.SourceWhereInput {
  const claim = buildClaimsWhere(filters);
  return Object.keys(claim).length ? { claims: { some: { claim } } } : {};
}
