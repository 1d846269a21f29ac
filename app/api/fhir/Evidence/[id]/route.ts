import type { NextRequest } from "next/server";
import { fhirId } from "../../../../../lib/fhir/fhir-id";
import { toFhirEvidence } from "../../../../../lib/fhir/to-fhir";
import { slugSchema } from "../../../../../lib/schemas/evidence-file";
import { getClaim } from "../../../../../server/claims/get-claim";
import { withStore } from "../../../../../server/db";
import { FhirNotFoundError, fhirHandle, fhirJson } from "../../../../../server/fhir/fhir-response";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return fhirHandle(async () => {
    const { id } = await params;
    // A FHIR id is the claim id, or (for ids over 64 characters) its shortened form: find the claim it stands for.
    const claim = slugSchema.safeParse(id).success
      ? await withStore(async (store) => {
          const direct = await getClaim(store.prisma, id);
          if (direct || id.length < 64) return direct;
          const ids = await store.prisma.claim.findMany({ where: { id: { startsWith: id.slice(0, 55) } }, select: { id: true } });
          const match = ids.find((c) => fhirId(c.id) === id);
          return match ? getClaim(store.prisma, match.id) : null;
        })
      : null;
    if (!claim) throw new FhirNotFoundError(`No Evidence with id "${id}"`);
    return fhirJson(toFhirEvidence(claim, request.nextUrl.origin));
  });
}
