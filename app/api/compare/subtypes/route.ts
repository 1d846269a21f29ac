import { parseSubtypeCompareQuery } from "../../../../lib/schemas/compare-query";
import { viewGet } from "../../../../server/api/view-get";
import { getSubtypeComparison } from "../../../../server/compare/get-subtype-comparison";
import { comparisonTable } from "../../../../server/export/view-tables";

export const dynamic = "force-dynamic";
export const GET = viewGet("compare-subtypes", parseSubtypeCompareQuery, getSubtypeComparison, (d, origin) => comparisonTable("Compare subtypes", d, origin));
