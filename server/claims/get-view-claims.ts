import "server-only";
import { getDatasetInfo, withStore } from "../db";
import { buildClaimsWhere, type ClaimFilters } from "./build-claims-where";
import { claimInclude, toClaimDto } from "./claim-dto";

/**
 * Every claim a comparison view needs (through the explorer's where-builder), with the dataset
 * version the view and its exports show.
 */
export async function getViewClaims(filters: ClaimFilters) {
  return withStore(async (store) => {
    const [rows, info] = await Promise.all([
      store.prisma.claim.findMany({ where: buildClaimsWhere(filters), orderBy: [{ level: "asc" }, { id: "asc" }], include: claimInclude }),
      getDatasetInfo(store),
    ]);
    return { claims: rows.map(toClaimDto), datasetVersion: info?.version ?? null };
  });
}
