import "server-only";
import { buildOnsetSeries } from "../../lib/onset/build-onset-series";
import type { OnsetQuery } from "../../lib/schemas/compare-query";
import { getAllClaims } from "../claims/get-all-claims";
import { getDatasetInfo, withStore } from "../db";

export async function getOnsetSeries(query: OnsetQuery) {
  return withStore(async (store) => {
    const where = {
      AND: [
        { category: { in: ["onset", "durability"] } },
        { timepointHours: { not: null } },
        ...(query.subtype.length ? [{ subtypes: { hasSome: query.subtype } }] : []),
        ...(query.route.length ? [{ routes: { hasSome: query.route } }] : []),
      ],
    };
    const [claims, info] = await Promise.all([getAllClaims(store.prisma, where), getDatasetInfo(store)]);
    const only = query.by === "route" ? query.route : query.subtype;
    return { by: query.by, ...buildOnsetSeries(claims, query.by, only), datasetVersion: info?.version ?? null };
  });
}
