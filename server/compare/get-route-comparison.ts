import "server-only";
import { armById } from "../../lib/compare/arms";
import { buildComparison, headToHead } from "../../lib/compare/build-comparison";
import { ROUTE_ROWS, routeColumns } from "../../lib/compare/route-rows";
import type { RouteCompareQuery } from "../../lib/schemas/compare-query";
import { getAllClaims } from "../claims/get-all-claims";
import { getDatasetInfo, withStore } from "../db";

export async function getRouteComparison(query: RouteCompareQuery) {
  return withStore(async (store) => {
    const routes = [...new Set(query.arm.map((id) => armById(id).route))];
    const where = {
      AND: [{ routes: { hasSome: routes } }, ...(query.subtype.length ? [{ subtypes: { hasSome: query.subtype } }] : [])],
    };
    const [claims, info] = await Promise.all([getAllClaims(store.prisma, where), getDatasetInfo(store)]);
    const columns = routeColumns(query.arm);
    return {
      ...buildComparison(claims, columns, ROUTE_ROWS),
      headToHead: headToHead(claims, columns),
      datasetVersion: info?.version ?? null,
    };
  });
}
