import "server-only";
import { getDatasetInfo, withStore } from "../db";
import type { SqlFilters } from "./claims-sql";
import type { ClaimDto } from "./claim-dto";
import { claimsInBatches } from "./load-claims";

/**
 * Every claim a comparison view needs (through the explorer's filters), with the dataset version the view and
 * its exports show, strongest design level first. Loaded in id batches (keyset), so no statement carries more
 * than one batch of ids and a deep batch costs what the first one does.
 */
export async function getViewClaims(filters: SqlFilters) {
  return withStore(async (store) => {
    const info = await getDatasetInfo(store);
    const claims: ClaimDto[] = [];
    for await (const claim of claimsInBatches(store, filters, { key: "id", desc: false })) claims.push(claim);
    claims.sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { claims, datasetVersion: info?.version ?? null };
  });
}
