import { parseOnsetQuery } from "../../../lib/schemas/compare-query";
import { jsonGet } from "../../../server/api/errors";
import { getOnsetSeries } from "../../../server/onset/get-onset-series";

export const dynamic = "force-dynamic";
export const GET = jsonGet((p) => parseOnsetQuery(p), getOnsetSeries);
