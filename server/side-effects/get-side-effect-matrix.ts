import "server-only";
import { byVersion } from "../cache";
import type { SideEffectQuery } from "../../lib/schemas/compare-query";
import { buildSideEffectMatrix } from "../../lib/side-effects/build-side-effect-matrix";
import { getViewClaims } from "../claims/get-view-claims";

export async function getSideEffectMatrix(query: SideEffectQuery) {
  return byVersion("side-effects", query, async () => {
    // Not filtered by route here: claims with no stated route belong in the matrix's own column.
    const { claims, datasetVersion } = await getViewClaims({ category: ["adverse-effect"], subtype: query.subtype });
    return { ...buildSideEffectMatrix(claims, query.route), datasetVersion };
  });
}
