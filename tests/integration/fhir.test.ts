import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toFhirCitation, toFhirEvidence } from "../../lib/fhir/to-fhir";
import { parseClaimsQuery } from "../../lib/schemas/claims-query";
import { getClaims } from "../../server/claims/get-claims";
import { importDataset } from "../../server/dataset/import-dataset";
import { readDataFiles } from "../../server/dataset/read-data-files";
import { fhirValidator } from "../support/fhir-schema";
import { createTestStore, STORE_KINDS } from "../support/test-stores";

// Every claim and source of the curated data as FHIR R5 Evidence and Citation, valid against the official schema.
describe.each(STORE_KINDS)("FHIR R5 on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestStore>>;
  beforeAll(async () => {
    ctx = await createTestStore(kind);
    await importDataset(ctx.store, await readDataFiles());
  });
  afterAll(async () => ctx?.dispose());

  it("maps every claim to an Evidence that the R5 schema accepts, with coded statistics, CIs and certainty", async () => {
    const validate = fhirValidator("Evidence");
    const parsed = parseClaimsQuery(new URLSearchParams("pageSize=100"));
    if (!parsed.ok) throw new Error(parsed.message);
    let checked = 0;
    for (let page = 1; ; page++) {
      const result = await getClaims(ctx.store, { ...parsed.query, page });
      for (const claim of result.data) {
        const evidence = toFhirEvidence(claim, "https://example.org");
        const r = validate(evidence);
        expect(r.errors, claim.id).toEqual([]);
        checked++;
      }
      if (page * 100 >= result.total) break;
    }
    expect(checked).toBeGreaterThan(400);
    const karma = await getClaims(ctx.store, { ...parsed.query, q: "jelovac-2025-karma-dep-2-madrs-null" });
    const e = toFhirEvidence(karma.data.find((c) => c.id === "jelovac-2025-karma-dep-2-madrs-null")!, "https://example.org") as unknown as {
      statistic: { statisticType: { coding: { code: string }[] }; quantity: { value: number }; attributeEstimate: { level: number; range: { low: { value: number }; high: { value: number } } }[] }[];
    };
    const md = e.statistic.find((s) => s.statisticType.coding?.[0]?.code === "0000457")!;
    expect(md.quantity.value).toBe(-3.16);
    expect(md.attributeEstimate[0]).toMatchObject({ level: 0.95, range: { low: { value: -8.54 }, high: { value: 2.22 } } });
  });

  it("maps every source to a Citation with PubMed and DOI identifiers that the R5 schema accepts", async () => {
    const validate = fhirValidator("Citation");
    const sources = await ctx.store.prisma.source.findMany();
    for (const s of sources) expect(validate(toFhirCitation(s, "https://example.org")).errors, s.id).toEqual([]);
    const anand = toFhirCitation(sources.find((s) => s.id === "anand-2023-elekt-d")!, "https://example.org") as unknown as { citedArtifact: { identifier: { system: string; value: string }[] } };
    expect(anand.citedArtifact.identifier).toEqual(
      expect.arrayContaining([
        { system: "https://pubmed.ncbi.nlm.nih.gov", value: "37224232" },
        { system: "https://doi.org", value: "10.1056/NEJMoa2302399" },
      ]),
    );
  });
});
