import { NextResponse, type NextRequest } from "next/server";
import { parseClaimsQuery } from "../../../lib/schemas/claims-query";
import { EXPORT_KEYS, parseTableExport } from "../../../lib/schemas/export-query";
import { BadRequestError, handle } from "../../../server/api/errors";
import { getClaims } from "../../../server/claims/get-claims";
import { byVersion } from "../../../server/cache";
import { getDatasetInfo, withStore } from "../../../server/db";
import { exportClaims } from "../../../server/export/export-claims";
import { withHttpCache } from "../../../server/api/http-cache";
import { limitExport } from "../../../server/api/rate-limit";

export const dynamic = "force-dynamic";

// JSON by default; format=csv|xlsx exports every matching claim in the same order.
export function GET(request: NextRequest) {
  return handle(async () => {
    // A malformed request is answered 400 before anything touches the store.
    const params = request.nextUrl.searchParams;
    const parsed = parseClaimsQuery(params, EXPORT_KEYS);
    if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
    const exp = parseTableExport(params);
    if (!exp.ok) throw new BadRequestError(exp.message);
    return withHttpCache(request, async () => {
      if (exp.value.format) await limitExport(request);
      if (exp.value.format) return exportClaims(parsed.query, exp.value.columns, exp.value.format, exp.value.bom, params);
      const page = await byVersion("api-claims", parsed.query, () =>
        withStore(async (store) => {
          const [result, info] = await Promise.all([getClaims(store, parsed.query), getDatasetInfo(store)]);
          return { ...result, datasetVersion: info?.version ?? null };
        }),
      );
      return NextResponse.json(page);
    });
  });
}
