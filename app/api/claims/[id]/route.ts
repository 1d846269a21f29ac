import { NextResponse, type NextRequest } from "next/server";
import { withHttpCache } from "../../../../server/api/http-cache";
import { slugSchema } from "../../../../lib/schemas/evidence-file";
import { BadRequestError, handle, NotFoundError } from "../../../../server/api/errors";
import { getClaim } from "../../../../server/claims/get-claim";
import { withStore } from "../../../../server/db";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    if (!slugSchema.safeParse(id).success) throw new BadRequestError(`"${id}" is not a claim id (lowercase letters, digits and hyphens)`);
    return withHttpCache(request, async () => {
      const claim = await withStore((store) => getClaim(store.prisma, id));
      if (!claim) throw new NotFoundError(`no claim with id "${id}"`);
      return NextResponse.json(claim);
    });
  });
}
