import "server-only";
import { getDatasetInfo, withStore } from "../db";
import { buildClaimsWhere } from "../claims/build-claims-where";
import { claimInclude, toClaimDto } from "../claims/claim-dto";

/** Only the claims a synthesis can use (those with an outcome in the synthesis vocabulary), by subtype. */
export async function getSynthesisClaims(subtype: string[]) {
  return withStore(async (store) => {
    const where = { AND: [buildClaimsWhere({ subtype: subtype as never }), { outcomeKey: { not: null } }] };
    const [rows, info] = await Promise.all([store.prisma.claim.findMany({ where, orderBy: [{ id: "asc" }], include: claimInclude }), getDatasetInfo(store)]);
    return { claims: rows.map(toClaimDto), datasetVersion: info?.version ?? null };
  });
}
