import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { ClaimsQuery, ListFilter } from "../../lib/schemas/claims-query";

// The claims filters as SQL, for the queries Prisma's query builder cannot express or cannot bound: word-aware
// ranked search on a tsvector (GIN index), facet counts grouped in the database, and id pages that are then
// loaded with their sources (so no statement carries more parameters than one page). Every value is a bound
// parameter; the list filters carry at most one parameter per vocabulary value. Table alias: c.

const TEXT_CONFIG = Prisma.sql`'english'::regconfig`;

/** The search text as a tsquery: words (stemmed, stop words dropped), "quoted phrases", OR and -exclusions. */
export const searchQuery = (q: string) => Prisma.sql`websearch_to_tsquery(${TEXT_CONFIG}, ${q})`;

/** Filters shared by the explorer, the comparison views and the exports: OR within a parameter, AND across. */
export type ClaimFilters = Partial<Pick<ClaimsQuery, ListFilter | "q" | "source">>;

const textArray = (values: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(values)}]::text[]`;

export function claimsWhereSql(query: SqlFilters): Prisma.Sql {
  const condition = claimsConditionSql(query);
  return condition ? Prisma.sql`WHERE ${condition}` : Prisma.empty;
}

/** Sources cited by at least one matching claim (alias s), or every source when there is no filter. */
export function sourcesWhereSql(query: SqlFilters): Prisma.Sql {
  const condition = claimsConditionSql(query);
  return condition
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM "claim_source" x JOIN "claim" c ON c."id" = x."claim_id" WHERE x."source_id" = s."id" AND ${condition})`
    : Prisma.empty;
}

/** The explorer's filters, plus: only claims the synthesis can pool (with an outcome key). */
export type SqlFilters = ClaimFilters & { withOutcome?: boolean };

function claimsConditionSql(query: SqlFilters): Prisma.Sql | null {
  const and: Prisma.Sql[] = [];
  if (query.withOutcome) and.push(Prisma.sql`c."outcome_key" IS NOT NULL`);
  if (query.subtype?.length) and.push(Prisma.sql`c."subtypes" && ${textArray(query.subtype)}`);
  if (query.route?.length) and.push(Prisma.sql`c."routes" && ${textArray(query.route)}`);
  if (query.drug?.length) and.push(Prisma.sql`c."drugs" && ${textArray(query.drug)}`);
  if (query.design?.length) and.push(Prisma.sql`c."designs" && ${textArray(query.design)}`);
  if (query.category?.length) and.push(Prisma.sql`c."category" IN (${Prisma.join(query.category)})`);
  if (query.level?.length) and.push(Prisma.sql`c."level" IN (${Prisma.join(query.level)})`);
  if (query.direction?.length) and.push(Prisma.sql`c."direction" IN (${Prisma.join(query.direction)})`);
  if (query.base?.length) and.push(Prisma.sql`c."evidence_base" IN (${Prisma.join(query.base)})`);
  if (query.certainty?.length) {
    const rated = query.certainty.filter((c) => c !== "not-assessed");
    const or: Prisma.Sql[] = [];
    if (rated.length) or.push(Prisma.sql`c."certainty" IN (${Prisma.join(rated)})`);
    if (rated.length < query.certainty.length) or.push(Prisma.sql`c."certainty" IS NULL`);
    and.push(Prisma.sql`(${Prisma.join(or, " OR ")})`);
  }
  if (query.source) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "claim_source" cs WHERE cs."claim_id" = c."id" AND cs."source_id" = ${query.source})`);
  if (query.q) and.push(Prisma.sql`c."search_vector" @@ ${searchQuery(query.q)}`);
  return and.length ? Prisma.join(and, " AND ") : null;
}

/** ORDER BY for a claims query: the same orders as the explorer's sort keys; a search ranks by match first under relevance. */
export function claimsOrderSql(sort: ClaimsQuery["sort"], q?: string): Prisma.Sql {
  const dir = Prisma.raw(sort.desc ? "DESC" : "ASC");
  const certaintyFirst = Prisma.raw(sort.desc ? "ASC" : "DESC");
  const byKey: Record<ClaimsQuery["sort"]["key"], Prisma.Sql[]> = {
    relevance: [
      ...(q && !sort.desc ? [Prisma.sql`ts_rank(c."search_vector", ${searchQuery(q)}) DESC`] : []),
      Prisma.sql`c."relevance_rank" ${dir}`,
      Prisma.sql`c."certainty_rank" DESC`,
      Prisma.sql`c."sample_size" DESC NULLS LAST`,
    ],
    level: [Prisma.sql`c."level" ${dir}`, Prisma.sql`c."category" ASC`],
    certainty: [Prisma.sql`c."certainty_rank" ${certaintyFirst}`, Prisma.sql`c."sample_size" DESC NULLS LAST`],
    year: [Prisma.sql`c."sort_citation" ${dir}`],
    timepoint: [Prisma.sql`c."timepoint_hours" ${dir} NULLS LAST`],
    category: [Prisma.sql`c."category" ${dir}`, Prisma.sql`c."level" ASC`],
    citation: [Prisma.sql`c."sort_citation" ${dir}`],
    id: [],
  };
  // The id last makes every order total, so pages never overlap or skip rows.
  return Prisma.sql`ORDER BY ${Prisma.join([...byKey[sort.key], Prisma.sql`c."id" ${sort.key === "id" ? dir : Prisma.raw("ASC")}`], ", ")}`;
}
