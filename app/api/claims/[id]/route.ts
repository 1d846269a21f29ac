import { NextResponse } from "next/server";
import { slugSchema } from "../../../../lib/schemas/evidence-file";
import { BadRequestError, handle, NotFoundError } from "../../../../server/api/errors";
import { getClaim } from "../../../../server/claims/get-claim";
import { withStore } from "../../../../server/db";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    if (!slugSchema.safeParse(id).success) throw new BadRequestError(`"${id}" is not a claim id (lowercase letters, digits and hyphens)`);
    const claim = await withStore((store) => getClaim(store.prisma, id));
    if (!claim) throw new NotFoundError(`no claim with id "${id}"`);
    return NextResponse.json(claim);
  });
}
