import "server-only";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { LIST_FILTERS, type ClaimsQuery, type ListFilter } from "../../lib/schemas/claims-query";
import { claimsWhereSql } from "./claims-sql";

type Facet = ListFilter;

/** Each facet's column; array columns are unnested so a claim counts once under each of its values. */
const COLUMN: Record<Facet, { column: string; array: boolean }> = {
  subtype: { column: "subtypes", array: true },
  route: { column: "routes", array: true },
  drug: { column: "drugs", array: true },
  design: { column: "designs", array: true },
  category: { column: "category", array: false },
  level: { column: "level", array: false },
  certainty: { column: "certainty", array: false },
  direction: { column: "direction", array: false },
  base: { column: "evidence_base", array: false },
};

/** A null certainty is counted as "not-assessed"; a null evidence base (not a mechanism claim) is not counted. */
const NULL_VALUE: Partial<Record<Facet, string>> = { certainty: "not-assessed" };

function facetSql(facet: Facet, where: Prisma.Sql): Prisma.Sql {
  const { column, array } = COLUMN[facet];
  const col = Prisma.raw(`c."${column}"`);
  return array
    ? Prisma.sql`SELECT ${facet}::text AS facet, v::text AS value, count(*)::int AS n FROM "claim" c CROSS JOIN LATERAL unnest(${col}) AS v ${where} GROUP BY v`
    : Prisma.sql`SELECT ${facet}::text AS facet, ${col}::text AS value, count(*)::int AS n FROM "claim" c ${where} GROUP BY ${col}`;
}

/**
 * For each facet, how many claims each value would match given all the *other* filters — the number shown
 * beside each checkbox — counted in the database (GROUP BY, arrays unnested): one statement for all facets.
 */
export async function getFacetCounts(prisma: Pick<PrismaClient, "$queryRaw">, query: ClaimsQuery): Promise<Record<Facet, Record<string, number>>> {
  const parts = LIST_FILTERS.map((facet) => facetSql(facet, claimsWhereSql({ ...query, [facet]: [] })));
  const rows = await prisma.$queryRaw<{ facet: Facet; value: string | null; n: number }[]>`${Prisma.join(parts, " UNION ALL ")}`;
  const result = Object.fromEntries(LIST_FILTERS.map((f) => [f, {}])) as Record<Facet, Record<string, number>>;
  for (const { facet, value, n } of rows) {
    const v = value ?? NULL_VALUE[facet];
    if (v !== undefined) result[facet][v] = (result[facet][v] ?? 0) + n;
  }
  return result;
}
