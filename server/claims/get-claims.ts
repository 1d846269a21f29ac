import "server-only";
import type { Store } from "../db/open-store";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { toClaimDto } from "./claim-dto";
import { claimIdPage, countClaims, loadClaims } from "./load-claims";

export async function getClaims(store: Pick<Store, "prisma" | "sql">, query: ClaimsQuery) {
  const { prisma } = store;
  const [ids, total] = await Promise.all([claimIdPage(prisma, query, query.sort, query.pageSize, (query.page - 1) * query.pageSize), countClaims(prisma, query)]);
  const rows = await loadClaims(store, ids);
  return { total, page: query.page, pageSize: query.pageSize, data: rows.map(toClaimDto) };
}
