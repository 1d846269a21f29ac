import { NextResponse, type NextRequest } from "next/server";
import { parseClaimsQuery } from "../../../lib/schemas/claims-query";
import { BadRequestError, handle } from "../../../server/api/errors";
import { getClaims } from "../../../server/claims/get-claims";
import { getDatasetInfo, withStore } from "../../../server/db";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return handle(async () => {
    const parsed = parseClaimsQuery(request.nextUrl.searchParams);
    if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
    return withStore(async (store) => {
      const [result, info] = await Promise.all([getClaims(store.prisma, parsed.query), getDatasetInfo(store)]);
      return NextResponse.json({ ...result, datasetVersion: info?.version ?? null });
    });
  });
}
