import { NextResponse, type NextRequest } from "next/server";
import { parseClaimsQuery } from "../../../lib/schemas/claims-query";
import { BadRequestError, handle } from "../../../server/api/errors";
import { getDatasetInfo, withStore } from "../../../server/db";
import { getSources } from "../../../server/sources/get-sources";

export const dynamic = "force-dynamic";

// Takes the claims filters and returns the sources behind the matching claims.
export function GET(request: NextRequest) {
  return handle(async () => {
    const parsed = parseClaimsQuery(request.nextUrl.searchParams);
    if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
    return withStore(async (store) => {
      const [result, info] = await Promise.all([getSources(store.prisma, parsed.query), getDatasetInfo(store)]);
      return NextResponse.json({ ...result, datasetVersion: info?.version ?? null });
    });
  });
}
