import { NextResponse, type NextRequest } from "next/server";
import { withHttpCache } from "../../../../server/api/http-cache";
import { slugSchema } from "../../../../lib/schemas/evidence-file";
import { BadRequestError, handle, NotFoundError } from "../../../../server/api/errors";
import { withStore } from "../../../../server/db";
import { getSource } from "../../../../server/sources/get-source";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    if (!slugSchema.safeParse(id).success) throw new BadRequestError(`"${id}" is not a source id (lowercase letters, digits and hyphens)`);
    return withHttpCache(request, async () => {
      const source = await withStore((store) => getSource(store.prisma, id));
      if (!source) throw new NotFoundError(`no source with id "${id}"`);
      const { readAt: _readAt, ...rest } = source;
      return NextResponse.json(rest);
    });
  });
}
