import "server-only";
import { byVersion } from "../cache";
import { buildComparison } from "../../lib/compare/build-comparison";
import { SUBTYPE_ROWS, subtypeColumns } from "../../lib/compare/subtype-rows";
import type { SubtypeCompareQuery } from "../../lib/schemas/compare-query";
import { getViewClaims } from "../claims/get-view-claims";

export async function getSubtypeComparison(query: SubtypeCompareQuery) {
  return byVersion("compare-subtypes", query, async () => {
    const { claims, datasetVersion } = await getViewClaims({ subtype: query.subtype, route: query.route });
    return { ...buildComparison(claims, subtypeColumns(query.subtype), SUBTYPE_ROWS), datasetVersion };
  });
}
