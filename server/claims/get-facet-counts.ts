import "server-only";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { LIST_FILTERS, type ClaimsQuery, type ListFilter } from "../../lib/schemas/claims-query";
import { buildClaimsWhere } from "./build-claims-where";

type Facet = ListFilter;

const COLUMN: Record<Facet, "subtypes" | "routes" | "drugs" | "category" | "level" | "certainty" | "direction" | "designs" | "evidenceBase"> = {
  subtype: "subtypes",
  route: "routes",
  drug: "drugs",
  category: "category",
  level: "level",
  certainty: "certainty",
  direction: "direction",
  design: "designs",
  base: "evidenceBase",
};

/** A null certainty is counted as "not-assessed"; a null evidence base (not a mechanism claim) is not counted. */
const NULL_VALUE: Partial<Record<Facet, string>> = { certainty: "not-assessed" };

/**
 * For each facet, how many claims each value would match given all the *other* filters — the
 * number shown beside each checkbox. Facets whose "other filters" are the same share one narrow
 * query (with no filter, or one, that is one or two queries instead of seven); counted here.
 */
export async function getFacetCounts(prisma: PrismaClient, query: ClaimsQuery): Promise<Record<Facet, Record<string, number>>> {
  const groups = new Map<string, { where: Prisma.ClaimWhereInput; facets: Facet[] }>();
  for (const facet of LIST_FILTERS) {
    const where = buildClaimsWhere({ ...query, [facet]: [] });
    const key = JSON.stringify(where);
    const group = groups.get(key) ?? { where, facets: [] };
    group.facets.push(facet);
    groups.set(key, group);
  }
  const result = {} as Record<Facet, Record<string, number>>;
  await Promise.all(
    [...groups.values()].map(async ({ where, facets }) => {
      const select = Object.fromEntries(facets.map((f) => [COLUMN[f], true]));
      const rows = (await prisma.claim.findMany({ where, select })) as Record<string, unknown>[];
      for (const facet of facets) {
        const counts: Record<string, number> = {};
        for (const row of rows) {
          const value = row[COLUMN[facet]];
          for (const raw of Array.isArray(value) ? value : [value]) {
            const v = raw ?? NULL_VALUE[facet];
            if (v !== undefined && v !== null) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
          }
        }
        result[facet] = counts;
      }
    }),
  );
  return result;
}
