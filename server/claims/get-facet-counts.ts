import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { buildClaimsWhere } from "./build-claims-where";

export const FACETS = ["subtype", "route", "drug", "category", "level", "direction", "design"] as const;
export type Facet = (typeof FACETS)[number];

const COLUMN: Record<Facet, "subtypes" | "routes" | "drugs" | "category" | "level" | "direction" | "designs"> = {
  subtype: "subtypes",
  route: "routes",
  drug: "drugs",
  category: "category",
  level: "level",
  direction: "direction",
  design: "designs",
};

/**
 * For each facet, how many claims each value would match given all the *other* filters — the
 * number shown beside each checkbox. One narrow query per facet, counted here.
 */
export async function getFacetCounts(prisma: PrismaClient, query: ClaimsQuery): Promise<Record<Facet, Record<string, number>>> {
  const entries = await Promise.all(
    FACETS.map(async (facet) => {
      const column = COLUMN[facet];
      const where = buildClaimsWhere({ ...query, [facet]: [] });
      const rows = await prisma.claim.findMany({ where, select: { [column]: true } as Record<typeof column, true> });
      const counts: Record<string, number> = {};
      for (const row of rows as Record<string, unknown>[]) {
        const value = row[column];
        const values = Array.isArray(value) ? value : [value];
        for (const v of values) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
      }
      return [facet, counts] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Facet, Record<string, number>>;
}
