import { NextResponse, type NextRequest } from "next/server";
import { parseClaimsQuery } from "../../../lib/schemas/claims-query";
import { EXPORT_KEYS, parseTableExport } from "../../../lib/schemas/export-query";
import { BadRequestError, handle } from "../../../server/api/errors";
import { getClaims } from "../../../server/claims/get-claims";
import { getDatasetInfo, withStore } from "../../../server/db";
import { exportClaims } from "../../../server/export/export-claims";
import { limitExport } from "../../../server/api/rate-limit";

export const dynamic = "force-dynamic";

// JSON by default; format=csv|xlsx exports every matching claim in the same order.
export function GET(request: NextRequest) {
  return handle(async () => {
    const params = request.nextUrl.searchParams;
    const parsed = parseClaimsQuery(params, EXPORT_KEYS);
    if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
    const exp = parseTableExport(params);
    if (!exp.ok) throw new BadRequestError(exp.message);
    if (exp.value.format) await limitExport(request);
    if (exp.value.format) return exportClaims(parsed.query, exp.value.columns, exp.value.format, exp.value.bom, params);
    return withStore(async (store) => {
      const [result, info] = await Promise.all([getClaims(store.prisma, parsed.query), getDatasetInfo(store)]);
      return NextResponse.json({ ...result, datasetVersion: info?.version ?? null });
    });
  });
}
