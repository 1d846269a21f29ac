import "server-only";
import type { SideEffectQuery } from "../../lib/schemas/compare-query";
import { buildSideEffectMatrix } from "../../lib/side-effects/build-side-effect-matrix";
import { getAllClaims } from "../claims/get-all-claims";
import { getDatasetInfo, withStore } from "../db";

export async function getSideEffectMatrix(query: SideEffectQuery) {
  return withStore(async (store) => {
    const where = {
      AND: [{ category: "adverse-effect" }, ...(query.subtype.length ? [{ subtypes: { hasSome: query.subtype } }] : [])],
    };
    const [claims, info] = await Promise.all([getAllClaims(store.prisma, where), getDatasetInfo(store)]);
    return { ...buildSideEffectMatrix(claims, query.route), datasetVersion: info?.version ?? null };
  });
}
