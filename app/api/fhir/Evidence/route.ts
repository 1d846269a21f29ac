import type { NextRequest } from "next/server";
import { fhirId } from "../../../../lib/fhir/fhir-id";
import { toFhirEvidence } from "../../../../lib/fhir/to-fhir";
import { parseClaimsQuery, serializeClaimsQuery } from "../../../../lib/schemas/claims-query";
import { getClaims } from "../../../../server/claims/get-claims";
import { withStore } from "../../../../server/db";
import { FhirBadRequestError, fhirHandle, fhirJson } from "../../../../server/fhir/fhir-response";

export const dynamic = "force-dynamic";

/** A searchset Bundle of Evidence for the explorer's filters: `total` equals /api/claims' total for the same query. */
export function GET(request: NextRequest) {
  return fhirHandle(async () => {
    const parsed = parseClaimsQuery(request.nextUrl.searchParams, ["v"]);
    if (!parsed.ok) throw new FhirBadRequestError(parsed.message);
    const origin = request.nextUrl.origin;
    const page = await withStore((store) => getClaims(store, parsed.query));
    const self = `${origin}/api/fhir/Evidence?${serializeClaimsQuery(parsed.query)}`;
    const link = [{ relation: "self", url: self }];
    if (page.page * page.pageSize < page.total) {
      link.push({ relation: "next", url: `${origin}/api/fhir/Evidence?${serializeClaimsQuery({ ...parsed.query, page: page.page + 1 })}` });
    }
    return fhirJson({
      resourceType: "Bundle",
      type: "searchset",
      total: page.total,
      link,
      entry: page.data.map((c) => ({ fullUrl: `${origin}/api/fhir/Evidence/${fhirId(c.id)}`, resource: toFhirEvidence(c, origin), search: { mode: "match" } })),
    });
  });
}
