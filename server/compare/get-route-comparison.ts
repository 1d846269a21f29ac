import "server-only";
import { byVersion } from "../cache";
import { armById } from "../../lib/compare/arms";
import { headToHead, renderComparison, selectComparison, shownIds } from "../../lib/compare/build-comparison";
import { ROUTE_ROWS, routeColumns } from "../../lib/compare/route-rows";
import type { RouteCompareQuery } from "../../lib/schemas/compare-query";
import { getClaimsById, getRankedClaims } from "../claims/get-view-claims";

export async function getRouteComparison(query: RouteCompareQuery) {
  return byVersion("compare-routes", query, async () => {
    const route = [...new Set(query.arm.map((id) => armById(id).route))];
    // Cells are chosen from the ranking fields of every matching claim; only the claims shown are loaded in full.
    const { claims, datasetVersion } = await getRankedClaims({ route, subtype: query.subtype });
    const columns = routeColumns(query.arm);
    const selection = selectComparison(claims, columns, ROUTE_ROWS);
    const full = await getClaimsById(shownIds(selection));
    return { ...renderComparison(selection, full, ROUTE_ROWS), headToHead: headToHead(claims, columns), datasetVersion };
  });
}
