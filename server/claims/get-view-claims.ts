import "server-only";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { getDatasetInfo, withStore } from "../db";
import type { SqlFilters } from "./claims-sql";
import type { ClaimDto } from "./claim-dto";
import { claimsInBatches } from "./load-claims";

/**
 * Every claim a comparison view needs (through the explorer's filters), with the dataset version the view and
 * its exports show. Loaded in batches, so no statement carries more than one batch of ids.
 */
export async function getViewClaims(filters: SqlFilters, sort: ClaimsQuery["sort"] = { key: "level", desc: false }) {
  return withStore(async (store) => {
    const info = await getDatasetInfo(store);
    const claims: ClaimDto[] = [];
    for await (const claim of claimsInBatches(store.prisma, filters, sort)) claims.push(claim);
    return { claims, datasetVersion: info?.version ?? null };
  });
}
