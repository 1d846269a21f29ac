import "server-only";
import { buildComparison } from "../../lib/compare/build-comparison";
import { SUBTYPE_ROWS, subtypeColumns } from "../../lib/compare/subtype-rows";
import type { SubtypeCompareQuery } from "../../lib/schemas/compare-query";
import { getAllClaims } from "../claims/get-all-claims";
import { getDatasetInfo, withStore } from "../db";

export async function getSubtypeComparison(query: SubtypeCompareQuery) {
  return withStore(async (store) => {
    const where = {
      AND: [{ subtypes: { hasSome: query.subtype } }, ...(query.route.length ? [{ routes: { hasSome: query.route } }] : [])],
    };
    const [claims, info] = await Promise.all([getAllClaims(store.prisma, where), getDatasetInfo(store)]);
    return { ...buildComparison(claims, subtypeColumns(query.subtype), SUBTYPE_ROWS), datasetVersion: info?.version ?? null };
  });
}
