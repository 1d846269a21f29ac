import { parseSideEffectQuery } from "../../../lib/schemas/compare-query";
import { viewGet } from "../../../server/api/view-get";
import { sideEffectTable } from "../../../server/export/view-tables";
import { getSideEffectMatrix } from "../../../server/side-effects/get-side-effect-matrix";

export const dynamic = "force-dynamic";
export const GET = viewGet("side-effects", parseSideEffectQuery, getSideEffectMatrix, sideEffectTable);
