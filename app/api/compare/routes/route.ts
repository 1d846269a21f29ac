import { parseRouteCompareQuery } from "../../../../lib/schemas/compare-query";
import { jsonGet } from "../../../../server/api/errors";
import { getRouteComparison } from "../../../../server/compare/get-route-comparison";

export const dynamic = "force-dynamic";
export const GET = jsonGet((p) => parseRouteCompareQuery(p), getRouteComparison);
