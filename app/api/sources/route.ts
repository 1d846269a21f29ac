import { NextResponse, type NextRequest } from "next/server";
import { parseClaimsQuery } from "../../../lib/schemas/claims-query";
import { parseCitationFormat } from "../../../lib/schemas/export-query";
import { BadRequestError, handle } from "../../../server/api/errors";
import { getDatasetInfo, withStore } from "../../../server/db";
import { exportCitations } from "../../../server/export/export-citations";
import { getSources } from "../../../server/sources/get-sources";
import { withHttpCache } from "../../../server/api/http-cache";
import { limitExport } from "../../../server/api/rate-limit";

export const dynamic = "force-dynamic";

// Takes the claims filters and returns the sources behind the matching claims;
// format=ris|bibtex|csl-json downloads them as citations.
export function GET(request: NextRequest) {
  return handle(async () => {
    const params = request.nextUrl.searchParams;
    const parsed = parseClaimsQuery(params, ["format", "v"]);
    if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
    const format = parseCitationFormat(params);
    if (!format.ok) throw new BadRequestError(format.message);
    return withHttpCache(request, async () => {
      if (format.value) await limitExport(request);
      if (format.value) return exportCitations(parsed.query, format.value, params);
      return withStore(async (store) => {
        const [result, info] = await Promise.all([getSources(store.prisma, parsed.query), getDatasetInfo(store)]);
        return NextResponse.json({ ...result, datasetVersion: info?.version ?? null });
      });
    });
  });
}
