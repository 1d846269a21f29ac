import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseClaimsQuery, serializeClaimsQuery } from "../../lib/schemas/claims-query";
import { parseSideEffectQuery, parseRouteCompareQuery, parseOnsetQuery } from "../../lib/schemas/compare-query";
import { parseSummaryQuery } from "../../lib/schemas/summary-query";
import { parseSynthesisQuery, serializeSynthesisQuery } from "../../lib/schemas/synthesis-query";
import { CATEGORIES, DRUGS, OUTCOME_KEYS, ROUTES, SUBTYPES } from "../../lib/schemas/vocabulary";
import { neutraliseFormula } from "../../lib/export/neutralise-formula";
import { writeCsv } from "../../server/export/write-csv";
import { openStore } from "../../server/db/open-store";
import { runMigrations } from "../../server/db/run-migrations";
import { importDataset } from "../../server/dataset/import-dataset";
import { validFixtureFiles } from "../fixtures/evidence-files";

// Property-based tests (fast-check): random and hostile input never breaks a parser, a writer or an API route.

const KEYS = ["subtype", "route", "drug", "category", "level", "certainty", "direction", "design", "base", "q", "sort", "page", "pageSize", "source", "format", "arm", "outcome", "window", "measure", "tau2", "ci", "by", "prefer", "comparator", "cols", "bom", "v"];
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'; DROP TABLE claim; --", "<script>alert(1)</script>", "%00", "../../etc/passwd", "a,b,,c", " ", "NaN", "-1", "1e309", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
  fc.array(fc.constantFrom(...SUBTYPES, ...ROUTES, ...DRUGS, "x", ""), { maxLength: 4 }).map((a) => a.join(",")),
);
const params = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), hostile, { maxKeys: 6 });

describe("query parsers", () => {
  it("never throw: any query is either a parsed query or a message naming a parameter", () => {
    const parsers = [parseClaimsQuery, parseRouteCompareQuery, parseSideEffectQuery, parseOnsetQuery, parseSynthesisQuery, parseSummaryQuery];
    fc.assert(
      fc.property(params, (p) => {
        for (const parser of parsers) {
          const r = parser(new URLSearchParams(p));
          if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("serialise then parse is the identity on valid explorer queries", () => {
    const subset = <T,>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });
    fc.assert(
      fc.property(subset(SUBTYPES), subset(ROUTES), subset(CATEGORIES), fc.integer({ min: 1, max: 50 }), (subtype, route, category, page) => {
        const first = parseClaimsQuery(new URLSearchParams({ ...(subtype.length ? { subtype: subtype.join(",") } : {}), ...(route.length ? { route: route.join(",") } : {}), ...(category.length ? { category: category.join(",") } : {}), page: String(page) }));
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseClaimsQuery(serializeClaimsQuery(first.query));
        expect(again).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("serialise then parse is the identity on valid synthesis queries", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OUTCOME_KEYS), fc.uniqueArray(fc.constantFrom(...ROUTES), { maxLength: 2 }), fc.constantFrom("REML", "DL", "PM"), fc.constantFrom("HK", "wald"), (outcome, route, tau2, ci) => {
        const first = parseSynthesisQuery(new URLSearchParams({ outcome, tau2, ci, ...(route.length ? { route: route.join(",") } : {}) }));
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(parseSynthesisQuery(new URLSearchParams(serializeSynthesisQuery(first.query)))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the CSV writer", () => {
  it("round-trips any text, and no cell a spreadsheet would run as a formula survives unneutralised", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(hostile, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 10 }), async (rows) => {
        const body = await new Response(writeCsv({ name: "t", headers: ["a", "b"], rows }, { bom: false })).text();
        const parsed = parse(body, { columns: true }) as { a: string; b: string }[];
        expect(parsed.map((r) => [r.a, r.b])).toEqual(rows.map((r) => r.map(neutraliseFormula)));
        for (const r of parsed) for (const cell of [r.a, r.b]) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("API routes on a real store", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "fuzz-pglite-"));
    const store = await openStore({ PGLITE_DIR: path.join(dir, "db") });
    await runMigrations(store.sql);
    await importDataset(store, validFixtureFiles());
    await store.close();
    process.env.PGLITE_DIR = path.join(dir, "db");
    delete process.env.DATABASE_URL;
    process.env.EXPORT_RATE_LIMIT = "0";
  });
  afterAll(async () => {
    const { getStore } = await import("../../server/db");
    await (await getStore()).close();
    await rm(dir, { recursive: true, force: true });
  });

  it("FHIR: the Evidence searchset's total equals /api/claims' total; unknown filters and ids are OperationOutcomes", async () => {
    const { NextRequest } = await import("next/server");
    const claims = await import("../../app/api/claims/route");
    const evidence = await import("../../app/api/fhir/Evidence/route");
    const one = await import("../../app/api/fhir/Evidence/[id]/route");
    const citation = await import("../../app/api/fhir/Citation/[id]/route");
    const { fhirValidator } = await import("../support/fhir-schema");
    for (const qs of ["", "subtype=trd", "route=intranasal&pageSize=1"]) {
      const api = await (await claims.GET(new NextRequest(`http://localhost/api/claims?${qs}`))).json();
      const response = await evidence.GET(new NextRequest(`http://localhost/api/fhir/Evidence?${qs}`));
      expect(response.headers.get("content-type")).toContain("application/fhir+json");
      const bundle = await response.json();
      expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: api.total });
      expect(fhirValidator("Bundle")(bundle).errors).toEqual([]);
      expect(bundle.entry).toHaveLength(api.data.length);
    }
    const bad = await evidence.GET(new NextRequest("http://localhost/api/fhir/Evidence?route=rectal"));
    expect(bad.status).toBe(400);
    const outcome = await bad.json();
    expect(outcome).toMatchObject({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid" }] });
    expect(outcome.issue[0].diagnostics).toContain('unknown route "rectal"');
    expect(fhirValidator("OperationOutcome")(outcome).errors).toEqual([]);
    const found = await one.GET(new NextRequest("http://localhost/api/fhir/Evidence/alpha-2020-trial-response"), { params: Promise.resolve({ id: "alpha-2020-trial-response" }) });
    expect((await found.json()).id).toBe("alpha-2020-trial-response");
    const missing = await one.GET(new NextRequest("http://localhost/api/fhir/Evidence/nope"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
    const cited = await citation.GET(new NextRequest("http://localhost/api/fhir/Citation/alpha-2020-trial"), { params: Promise.resolve({ id: "alpha-2020-trial" }) });
    const c = await cited.json();
    expect(c.citedArtifact.identifier).toEqual(expect.arrayContaining([{ system: "https://pubmed.ncbi.nlm.nih.gov", value: "11111111" }, { system: "https://doi.org", value: "10.1000/alpha" }]));
  });

  it("random and hostile parameters never give a 5xx", async () => {
    const { NextRequest } = await import("next/server");
    const routes = await Promise.all([
      import("../../app/api/claims/route"),
      import("../../app/api/sources/route"),
      import("../../app/api/side-effects/route"),
      import("../../app/api/compare/routes/route"),
      import("../../app/api/onset/route"),
      import("../../app/api/synthesis/route"),
      import("../../app/api/summary/route"),
      import("../../app/api/fhir/Evidence/route"),
    ]);
    await fc.assert(
      fc.asyncProperty(params, fc.integer({ min: 0, max: routes.length - 1 }), async (p, i) => {
        const response = await routes[i].GET(new NextRequest(`http://localhost/api/x?${new URLSearchParams(p)}`));
        expect(response.status, JSON.stringify(p)).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
