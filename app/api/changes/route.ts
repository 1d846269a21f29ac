import { NextResponse, type NextRequest } from "next/server";
import { parseChangesQuery } from "../../../lib/schemas/changes-query";
import { BadRequestError, handle } from "../../../server/api/errors";
import { getChanges } from "../../../server/changes/get-changes";

export const dynamic = "force-dynamic";

/** Added, changed and withdrawn claims per dataset release since a version or a date. */
export function GET(request: NextRequest) {
  return handle(async () => {
    const parsed = parseChangesQuery(request.nextUrl.searchParams);
    if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
    return NextResponse.json(await getChanges(parsed.query));
  });
}
