import "server-only";
import { byVersion } from "../cache";
import { armById } from "../../lib/compare/arms";
import { buildComparison, headToHead } from "../../lib/compare/build-comparison";
import { ROUTE_ROWS, routeColumns } from "../../lib/compare/route-rows";
import type { RouteCompareQuery } from "../../lib/schemas/compare-query";
import { getViewClaims } from "../claims/get-view-claims";

export async function getRouteComparison(query: RouteCompareQuery) {
  return byVersion("compare-routes", query, async () => {
    const route = [...new Set(query.arm.map((id) => armById(id).route))];
    const { claims, datasetVersion } = await getViewClaims({ route, subtype: query.subtype });
    const columns = routeColumns(query.arm);
    return { ...buildComparison(claims, columns, ROUTE_ROWS), headToHead: headToHead(claims, columns), datasetVersion };
  });
}
