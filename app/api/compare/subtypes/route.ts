import { parseSubtypeCompareQuery } from "../../../../lib/schemas/compare-query";
import { jsonGet } from "../../../../server/api/errors";
import { getSubtypeComparison } from "../../../../server/compare/get-subtype-comparison";

export const dynamic = "force-dynamic";
export const GET = jsonGet((p) => parseSubtypeCompareQuery(p), getSubtypeComparison);
