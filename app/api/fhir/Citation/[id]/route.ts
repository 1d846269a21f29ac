import type { NextRequest } from "next/server";
import { fhirId } from "../../../../../lib/fhir/fhir-id";
import { toFhirCitation } from "../../../../../lib/fhir/to-fhir";
import { slugSchema } from "../../../../../lib/schemas/evidence-file";
import { withStore } from "../../../../../server/db";
import { FhirNotFoundError, fhirHandle, fhirJson } from "../../../../../server/fhir/fhir-response";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return fhirHandle(async () => {
    const { id } = await params;
    const source = slugSchema.safeParse(id).success
      ? await withStore(async (store) => {
          const direct = await store.prisma.source.findUnique({ where: { id } });
          if (direct || id.length < 64) return direct;
          const rows = await store.prisma.source.findMany({ where: { id: { startsWith: id.slice(0, 55) } } });
          return rows.find((s) => fhirId(s.id) === id) ?? null;
        })
      : null;
    if (!source) throw new FhirNotFoundError(`No Citation with id "${id}"`);
    return fhirJson(toFhirCitation(source, request.nextUrl.origin));
  });
}
