import { parseSideEffectQuery } from "../../../lib/schemas/compare-query";
import { jsonGet } from "../../../server/api/errors";
import { getSideEffectMatrix } from "../../../server/side-effects/get-side-effect-matrix";

export const dynamic = "force-dynamic";
export const GET = jsonGet((p) => parseSideEffectQuery(p), getSideEffectMatrix);
