import { parseRouteCompareQuery } from "../../../../lib/schemas/compare-query";
import { viewGet } from "../../../../server/api/view-get";
import { getRouteComparison } from "../../../../server/compare/get-route-comparison";
import { comparisonTable, headToHeadRows } from "../../../../server/export/view-tables";

export const dynamic = "force-dynamic";
export const GET = viewGet("compare-routes", parseRouteCompareQuery, getRouteComparison, (d, origin) =>
  comparisonTable("Compare routes", d, origin, headToHeadRows(d.headToHead, origin)),
);
