import "server-only";
import { byVersion } from "../cache";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { getDatasetInfo, withStore } from "../db";
import { getClaims } from "./get-claims";
import { getFacetCounts } from "./get-facet-counts";

export async function getExplorerData(query: ClaimsQuery) {
  return byVersion("explorer", query, async () => {
    return withStore(async (store) => {
      const [claims, facets, info] = await Promise.all([
        getClaims(store, query),
        getFacetCounts(store.prisma, query),
        getDatasetInfo(store),
      ]);
      return { claims, facets, datasetVersion: info?.version ?? null };
    });
  });
}
