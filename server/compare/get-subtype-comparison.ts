import "server-only";
import { byVersion } from "../cache";
import { renderComparison, selectComparison, shownIds } from "../../lib/compare/build-comparison";
import { SUBTYPE_ROWS, subtypeColumns } from "../../lib/compare/subtype-rows";
import type { SubtypeCompareQuery } from "../../lib/schemas/compare-query";
import { getClaimsById, getRankedClaims } from "../claims/get-view-claims";

export async function getSubtypeComparison(query: SubtypeCompareQuery) {
  return byVersion("compare-subtypes", query, async () => {
    // Cells are chosen from the ranking fields of every matching claim; only the claims shown are loaded in full.
    const { claims, datasetVersion } = await getRankedClaims({ subtype: query.subtype, route: query.route });
    const selection = selectComparison(claims, subtypeColumns(query.subtype), SUBTYPE_ROWS);
    const full = await getClaimsById(shownIds(selection));
    return { ...renderComparison(selection, full, SUBTYPE_ROWS), datasetVersion };
  });
}
