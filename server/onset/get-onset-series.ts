import "server-only";
import { byVersion } from "../cache";
import { buildOnsetSeries } from "../../lib/onset/build-onset-series";
import type { OnsetQuery } from "../../lib/schemas/compare-query";
import { getViewClaims } from "../claims/get-view-claims";

export async function getOnsetSeries(query: OnsetQuery) {
  return byVersion("onset", query, async () => {
    const { claims, datasetVersion } = await getViewClaims({ category: ["onset", "durability", "suicidality"], subtype: query.subtype, route: query.route });
    const only = query.by === "route" ? query.route : query.subtype;
    return { by: query.by, ...buildOnsetSeries(claims, query.by, only), datasetVersion };
  });
}
