import { NextResponse, type NextRequest } from "next/server";
import { withHttpCache } from "../../../../server/api/http-cache";
import { handle } from "../../../../server/api/errors";
import { getSynthesisOptions } from "../../../../server/synthesis/get-synthesis-options";

export const dynamic = "force-dynamic";

/** Every analysis the data supports with k ≥ 2; each `query` is the query string for /api/synthesis. */
export function GET(request: NextRequest) {
  return handle(() => withHttpCache(request, async () => NextResponse.json(await getSynthesisOptions())));
}
