import "server-only";
import { getDatasetInfo, withStore } from "../db";
import type { SqlFilters } from "./claims-sql";
import type { ClaimDto } from "./claim-dto";
import { byLevelThenId, claimsInBatches, claimsOfIds, loadRankedClaims } from "./load-claims";

/**
 * Every claim a view needs (through the explorer's filters), with the dataset version the view and its exports
 * show, strongest design level first. Loaded in id batches (keyset), so no statement carries more than one batch
 * of ids and a deep batch costs what the first one does.
 */
export async function getViewClaims(filters: SqlFilters) {
  return withStore(async (store) => {
    const info = await getDatasetInfo(store);
    const claims: ClaimDto[] = [];
    for await (const claim of claimsInBatches(store, filters, { key: "id", desc: false })) claims.push(claim);
    claims.sort(byLevelThenId);
    return { claims, datasetVersion: info?.version ?? null };
  });
}

/**
 * The ranking fields of every matching claim (what choosing a comparison cell reads), strongest design level
 * first — for views that show a few claims out of many. At 100,000 claims a route comparison's first load read
 * 78,000 full claims; these rows are a fraction of that work.
 */
export async function getRankedClaims(filters: SqlFilters) {
  return withStore(async (store) => {
    const info = await getDatasetInfo(store);
    return { claims: await loadRankedClaims(store, filters), datasetVersion: info?.version ?? null };
  });
}

/** The full claims for a set of ids (the few a view shows), by id. */
export async function getClaimsById(ids: string[]): Promise<Map<string, ClaimDto>> {
  return withStore(async (store) => {
    const out = new Map<string, ClaimDto>();
    for await (const claim of claimsOfIds(store, ids)) out.set(claim.id, claim);
    return out;
  });
}
